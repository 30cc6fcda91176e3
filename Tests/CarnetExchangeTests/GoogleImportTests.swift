import XCTest
@testable import CarnetExchange

final class GoogleImportTests: XCTestCase {
    func testCurrentExportFieldByField() throws {
        let parsed = try Fixture.read(.google, "google-contacts.csv")
        let elodie = try parsed.person("Élodie Marie Lefèvre")
        XCTAssertEqual(elodie.line, 2)
        XCTAssertEqual(elodie.givenName, "Élodie")
        XCTAssertEqual(elodie.familyName, "Lefèvre")
        XCTAssertEqual(elodie.company, "Société Générale")
        XCTAssertEqual(elodie.role, "Responsable RH")
        XCTAssertEqual(elodie.birthday, .date(date(1985, 7, 14)))
        XCTAssertEqual(elodie.note, "Rencontrée au salon VivaTech.\nAime le trail.")
        XCTAssertEqual(elodie.circles, ["Anciens collègues"], "system labels (* myContacts, * starred) are not circles")
        XCTAssertEqual(elodie.emails, ["elodie.lefevre@example.fr", "elodie@perso.example", "elo@autre.example"])
        XCTAssertEqual(elodie.phones, ["+33 6 12 34 56 78"])
        XCTAssertEqual(elodie.city, "Paris")
        XCTAssertEqual(elodie.country, "France")
        XCTAssertEqual(elodie.linkedIn, "https://www.linkedin.com/in/elodie-lefevre")
        XCTAssertEqual(elodie.urls, ["https://elodie.example"])
    }

    func testMultiLineNoteMovesLineNumbersOfLaterRows() throws {
        let karim = try Fixture.read(.google, "google-contacts.csv").person("Karim Benali")
        XCTAssertEqual(karim.line, 6, "the note and the formatted address above span four lines")
        XCTAssertEqual(karim.birthday, .date(date(nil, 3, 21)))
        XCTAssertEqual(karim.circles, ["Club"], "'Imported on …' labels are Google's, not the user's")
        XCTAssertEqual(karim.phones, ["+33 7 00 00 00 01", "+33 1 00 00 00 02"])
        XCTAssertEqual(karim.emails, ["karim@example.com"])
    }

    func testNamelessRowIsSkipped() throws {
        let parsed = try Fixture.read(.google, "google-contacts.csv")
        XCTAssertEqual(parsed.people.count, 2)
        XCTAssertEqual(parsed.skipped, [SkippedRecord(file: Fixture.path("google-contacts.csv"), line: 7, reason: "no name")])
    }

    func testLegacyExportInUTF16() throws {
        let parsed = try Fixture.read(.google, "google-contacts-legacy-utf16.csv")
        XCTAssertEqual(parsed.people.count, 2)
        let francois = try parsed.person("François Mercier")
        XCTAssertEqual(francois.line, 2)
        XCTAssertEqual(francois.givenName, "François")
        XCTAssertEqual(francois.familyName, "Mercier")
        XCTAssertEqual(francois.company, "Vinci")
        XCTAssertEqual(francois.role, "Directeur financier")
        XCTAssertEqual(francois.emails, ["francois.mercier@example.com"])
        XCTAssertEqual(francois.phones, ["+33 6 55 44 33 22"])
        XCTAssertEqual(francois.city, "Bordeaux")
        XCTAssertEqual(francois.country, "France")
        XCTAssertEqual(francois.birthday, .date(date(1979, 11, 2)))
        XCTAssertEqual(francois.circles, ["Anciens élèves"])
        XCTAssertEqual(francois.note, "Ancien de l'ESSEC")
        XCTAssertEqual(francois.linkedIn, "https://www.linkedin.com/in/francois-mercier")
        let anna = try parsed.person("Anna Schmidt")
        XCTAssertEqual(anna.birthday, .date(date(nil, 12, 1)))
        XCTAssertEqual(anna.circles, [])
    }
}
