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
