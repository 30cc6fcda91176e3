import CarnetCore
import Foundation
import XCTest
@testable import CarnetExchange

/// The import against a real store on disk: one write, nothing on a dry run,
/// nothing at all when the write is refused.
final class ImportIntoStoreTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!
    var directory = ""

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.path + "/carnet-exchange-\(UUID().uuidString)"
        try Store.create(at: directory)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func contactsFile() throws -> String {
        try String(contentsOfFile: directory + "/contacts", encoding: .utf8)
    }

    func testDryRunWritesNothingAndApplyWritesOnce() throws {
        let before = try contactsFile()
        let store = try Store.open(at: directory, holdingLock: true)
        let plan = try Importer.plan(.linkedin, path: Fixture.path("linkedin-connections-2024.csv"),
                                     into: store.network, today: today)
        XCTAssertEqual(try contactsFile(), before, "planning is the dry run: nothing written")
        try Importer.apply(plan, to: store)
        store.close()

        let reopened = try Store.open(at: directory)
        XCTAssertEqual(reopened.problems.map(\.description), [])
        XCTAssertEqual(reopened.network.contacts.map(\.id), ["alice-martin", "priya-nayak-msc-mba", "jerome-dupont", "sam-o-neil"])
        XCTAssertEqual(reopened.network.contact(id: "jerome-dupont")?.company, "The \"Best\" Consultancy")

        let afterFirst = try contactsFile()
        let again = try Importer.plan(.linkedin, path: Fixture.path("linkedin-connections-2024.csv"),
                                      into: reopened.network, today: today)
        XCTAssertTrue(again.changesNothing)
        try Importer.apply(again, to: reopened)
        XCTAssertEqual(try contactsFile(), afterFirst, "a re-import does not touch the file")
    }

    func testAnImportLandsWholeOrNotAtAll() throws {
        let store = try Store.open(at: directory)
        let plan = try Importer.plan(.google, path: Fixture.path("google-contacts.csv"), into: store.network, today: today)
        // Someone edits the contacts file while the import is being reviewed.
        let edited = try contactsFile() + "\nid: zed\nname: Zed\n"
        try edited.write(toFile: directory + "/contacts", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Importer.apply(plan, to: store))
        XCTAssertEqual(try contactsFile(), edited, "the outside change is kept, nothing half-imported")
    }

    func testPhoneCardsAndLinkedInIntoOneStore() throws {
        let store = try Store.open(at: directory)
        try Importer.apply(try Importer.plan(.vcard, path: Fixture.path("ios-3.0-item-groups.vcf"),
                                             into: store.network, today: today), to: store)
        try Importer.apply(try Importer.plan(.linkedin, path: Fixture.path("linkedin-connections-2018.csv"),
                                             into: store.network, today: today), to: store)
        let reopened = try Store.open(at: directory)
        XCTAssertEqual(reopened.network.contacts.map(\.id), ["chloe-dupont", "francois-mercier", "bob-leroy"])
        let chloe = try XCTUnwrap(reopened.network.contact(id: "chloe-dupont"))
        XCTAssertEqual(chloe.note, "Rencontrée à Devoxx 2024, passionnée de MLOps ; très à l'écoute.\n"
                       + "A présenté Bob à l'équipe data, à relancer en septembre.")
        XCTAssertEqual(chloe.met?.date, Day(year: 2017, month: 12, day: 24))
        XCTAssertEqual(chloe.birthday?.description, "--05-24")
    }
}

extension ImportIntoStoreTests {
    /// What the store does to values on the way to disk (commas in circle lists,
    /// multi-line notes) must not make a re-import look like news.
    func testReimportAfterASaveChangesNothingForEveryFormat() throws {
        var odd = ImportedPerson(file: "odd.vcf", line: 1)
        odd.fullName = "Odd Values"
        odd.circles = ["Sales, EMEA", "Club"]
        odd.note = "First line\n\n  indented after a blank line\nlast"
        let fixtures: [(ImportFormat, String)] = [
            (.linkedin, "linkedin-connections-2024.csv"), (.google, "google-contacts.csv"),
            (.google, "google-contacts-legacy-utf16.csv"), (.outlook, "outlook-desktop-windows1252.csv"),
            (.outlook, "outlook-com.csv"), (.vcard, "android-2.1-quoted-printable.vcf"),
            (.vcard, "ios-3.0-item-groups.vcf"), (.vcard, "khard-vdir"), (.vcard, "hostile.vcf"),
        ]
        for (format, fixture) in fixtures {
            let store = try Store.open(at: directory)
            try Importer.apply(try Importer.plan(format, path: Fixture.path(fixture), into: store.network, today: today),
                               to: store)
        }
        let store = try Store.open(at: directory)
        try Importer.apply(Importer.plan(ParsedFile(people: [odd]), format: .vcard, into: store.network, today: today),
                           to: store)

        let reopened = try Store.open(at: directory)
        XCTAssertEqual(reopened.problems.map(\.description), [])
        for (format, fixture) in fixtures {
            let again = try Importer.plan(format, path: Fixture.path(fixture), into: reopened.network, today: today)
            XCTAssertTrue(again.changesNothing, "\(fixture): \(again.updated.map(\.changes)) \(again.added.map(\.contact.name))")
        }
        let again = Importer.plan(ParsedFile(people: [odd]), format: .vcard, into: reopened.network, today: today)
        XCTAssertTrue(again.changesNothing, "\(again.updated.map(\.changes))")
        XCTAssertEqual(again.unchanged.flatMap(\.differences), [])
        XCTAssertEqual(reopened.network.contacts.first { $0.name == "Odd Values" }?.circles, ["Sales EMEA", "Club"])
    }
}
