import XCTest
@testable import CarnetExchange

final class OutlookImportTests: XCTestCase {
    func testDesktopExportInWindows1252SaysSo() throws {
        let parsed = try Fixture.read(.outlook, "outlook-desktop-windows1252.csv")
        XCTAssertEqual(parsed.notices.count, 1)
        XCTAssertTrue(parsed.notices[0].contains("Windows-1252"))
    }

    func testDesktopExportFieldByField() throws {
        let parsed = try Fixture.read(.outlook, "outlook-desktop-windows1252.csv")
        let gaetan = try parsed.person("Gaëtan Lemaître")
        XCTAssertEqual(gaetan.line, 2)
        XCTAssertEqual(gaetan.givenName, "Gaëtan")
        XCTAssertEqual(gaetan.familyName, "Lemaître")
        XCTAssertEqual(gaetan.company, "Crédit Agricole")
        XCTAssertEqual(gaetan.role, "Chargé d’affaires", "Job Title is the role; Title is 'M.'")
        XCTAssertEqual(gaetan.emails, ["gaetan.lemaitre@example.fr"])
        XCTAssertEqual(gaetan.phones, ["+33 6 01 02 03 04", "+33 2 40 00 00 00"])
        XCTAssertEqual(gaetan.city, "Nantes")
        XCTAssertEqual(gaetan.country, "France")
        XCTAssertEqual(gaetan.birthday, .date(date(1985, 7, 14)))
        XCTAssertEqual(gaetan.circles, ["Club", "Anciens collègues"])
        XCTAssertEqual(gaetan.note, "Déjeuner “Œnologie” – budget 50 €.\nSuite au salon…")
        XCTAssertEqual(gaetan.urls, ["https://gaetan.example"])
    }

    func testEmptyDatesAndExchangeAddresses() throws {
        let parsed = try Fixture.read(.outlook, "outlook-desktop-windows1252.csv")
        let zoe = try parsed.person("Zoë Søndergaard")
        XCTAssertNil(zoe.birthday, "0/0/00 is Outlook's empty date")
        XCTAssertEqual(zoe.emails, ["zoe@initech.example"])
        XCTAssertEqual(zoe.warnings.count, 1)
        XCTAssertTrue(zoe.warnings[0].contains("Exchange"))
        XCTAssertEqual(zoe.city, "Lille")
        XCTAssertEqual(zoe.circles, ["Formation"])
        XCTAssertEqual(zoe.line, 4, "Gaëtan's two-line note moves the next record down")
        XCTAssertEqual(parsed.skipped.map(\.line), [5], "a company-only row has no name")
    }

    func testOutlookComExportWithBOMAndNoCategories() throws {
        let parsed = try Fixture.read(.outlook, "outlook-com.csv")
        XCTAssertEqual(parsed.notices, [])
        let ines = try parsed.person("Inès Haddad")
        XCTAssertEqual(ines.line, 2)
        XCTAssertEqual(ines.company, "Cabinet Haddad")
        XCTAssertEqual(ines.role, "Avocate")
        XCTAssertEqual(ines.emails, ["ines.haddad@example.com"])
        XCTAssertEqual(ines.phones, ["+33 6 77 88 99 00"])
        XCTAssertEqual(ines.city, "Marseille")
        XCTAssertEqual(ines.birthday, .date(date(1990, 3, 9)))
        XCTAssertEqual(ines.note, "Conseil juridique, à recontacter")
        XCTAssertEqual(ines.linkedIn, "https://www.linkedin.com/in/ines-haddad")
        XCTAssertEqual(ines.circles, [])
    }
    /// One order for the file's dates: `14/07/1985` tells that `03/04/1990` is the 3rd of
    /// April; a file whose dates all fit either way is read month first, as US Outlook writes.
    func testBirthdaysAreReadInTheOrderTheFileShows() throws {
        let header = "First Name,Last Name,E-mail Address,Birthday\r\n"
        let dayFirst = header + "Ann,Lee,a@x.fr,14/07/1985\r\nBo,Ng,b@x.fr,03/04/1990\r\n"
        let parsed = try ImportReader.parse(.outlook, bytes: Array(dayFirst.utf8), file: "o.csv")
        XCTAssertEqual(try parsed.person("Ann Lee").birthday, .date(PartialDate(year: 1985, month: 7, day: 14)!))
        XCTAssertEqual(try parsed.person("Bo Ng").birthday, .date(PartialDate(year: 1990, month: 4, day: 3)!))
        XCTAssertTrue(parsed.notices.contains { $0.contains("day first") }, "\(parsed.notices)")
        let us = header + "Ann,Lee,a@x.fr,7/14/1985\r\nBo,Ng,b@x.fr,3/4/1990\r\n"
        let american = try ImportReader.parse(.outlook, bytes: Array(us.utf8), file: "o.csv")
        XCTAssertEqual(try american.person("Bo Ng").birthday, .date(PartialDate(year: 1990, month: 3, day: 4)!))
        XCTAssertEqual(ExportDates.dayFirst(["3/4/1990", "5/6/1980"]), nil)
        XCTAssertEqual(ExportDates.dayFirst(["13/4/1990", "4/13/1980"]), nil, "they disagree")
        XCTAssertEqual(ExportDates.dayFirst(["1985/07/14", "32/1/1990"]), nil, "a year first, a day that cannot be")
    }
    func testAnotherFileIsNotAnOutlookExport() throws {
        let error = try XCTUnwrap(Fixture.error(.outlook, "linkedin-connections-2024.csv"))
        XCTAssertTrue(error.description.contains("not an Outlook CSV export"), error.description)
    }
}
