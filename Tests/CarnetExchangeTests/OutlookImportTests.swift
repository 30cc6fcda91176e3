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
}
