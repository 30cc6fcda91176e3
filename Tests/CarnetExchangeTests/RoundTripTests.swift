import CarnetCore
import XCTest
@testable import CarnetExchange

/// Export to vCard, import into an empty network: the same people come back
/// with the same fields (those a vCard carries: see docs/import-export.md).
final class RoundTripTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private var people: [Contact] {
        var a = Contact(id: "helene-dupont", name: "Hélène Dupont")
        a.company = "Société Générale; Paris"
        a.role = "Directrice, Data & IA"
        a.emails = ["helene@sg.example", "h.dupont@perso.example"]
        a.phones = ["+33 6 12 34 56 78", "01 23 45 67 89"]
        a.urls = ["https://www.linkedin.com/in/helene-dupont", "https://helene.example/?a=1,2;3"]
        a.city = "Paris"
        a.country = "France"
        a.circles = ["Anciens collègues", "Club d'œnologie", "Famille"]
        a.birthday = Birthday(year: 1985, month: 7, day: 14)
        a.met = Contact.Met(date: Day(year: 2024, month: 3, day: 12), event: "devoxx-2024")
        a.tags = ["mlops", "mentor, data"]
        a.sector = "Banque"
        a.seniority = "direction"
        a.cadence = Cadence("6w")
        a.introducedBy = "bob-leroy"
        a.roleSince = Day(year: 2026, month: 11, day: 3)
        a.note = "Rencontrée à Devoxx, passionnée de MLOps ; très à l'écoute.\n"
            + "Deuxième ligne avec un antislash \\ et des virgules, beaucoup, plus que 75 octets pour plier la ligne."
        var b = Contact(id: "wang-fang", name: "王芳") // an id of the user's choosing
        b.birthday = Birthday(year: nil, month: 2, day: 29)
        b.circles = ["Formation"]
        let c = Contact(id: "cher", name: "Cher")
        return [a, b, c]
    }

    private func roundTrip(_ text: String, format: ImportFormat) throws -> [Contact] {
        let parsed = try ImportReader.parse(format, bytes: Array(text.utf8), file: "export")
        XCTAssertEqual(parsed.skipped, [])
        let plan = Importer.plan(parsed, format: format, into: Network(), today: today)
        XCTAssertEqual(plan.added.flatMap(\.warnings), [])
        return plan.added.map(\.contact)
    }

    /// `carnetFields`: the fields only Carnet's own vCards carry (a CSV has no room for them).
    private func assertSame(_ back: [Contact], _ original: [Contact], sameIDs: Bool = true, carnetFields: Bool = true,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(back.count, original.count, file: file, line: line)
        if sameIDs { XCTAssertEqual(back.map(\.id), original.map(\.id), file: file, line: line) }
        for (b, o) in zip(back, original) {
            XCTAssertEqual(b.name, o.name, file: file, line: line)
            XCTAssertEqual(b.company, o.company, file: file, line: line)
            XCTAssertEqual(b.role, o.role, file: file, line: line)
            XCTAssertEqual(b.emails, o.emails, file: file, line: line)
            XCTAssertEqual(b.phones, o.phones, file: file, line: line)
            XCTAssertEqual(b.urls, o.urls, file: file, line: line)
            XCTAssertEqual(b.linkedIn, o.linkedIn, file: file, line: line)
            XCTAssertEqual(b.city, o.city, file: file, line: line)
            XCTAssertEqual(b.country, o.country, file: file, line: line)
            XCTAssertEqual(b.circles, o.circles, file: file, line: line)
            XCTAssertEqual(b.birthday, o.birthday, file: file, line: line)
            XCTAssertEqual(b.note, o.note, file: file, line: line)
            guard carnetFields else { continue }
            XCTAssertEqual(b.tags, o.tags, file: file, line: line)
            XCTAssertEqual(b.sector, o.sector, file: file, line: line)
            XCTAssertEqual(b.seniority, o.seniority, file: file, line: line)
            XCTAssertEqual(b.cadence, o.cadence, file: file, line: line)
            XCTAssertEqual(b.introducedBy, o.introducedBy, file: file, line: line)
            XCTAssertEqual(b.roleSince, o.roleSince, file: file, line: line)
        }
    }

    func testVCardFileRoundTrip() throws {
        let back = try roundTrip(Exporter.vcard(Network(contacts: people)), format: .vcard)
        assertSame(back, people)
        XCTAssertEqual(back.map(\.met), people.map(\.met))
    }

    func testVCardDirectoryRoundTrip() throws {
        var back: [Contact] = []
        var network = Network()
        for file in Exporter.vcardFiles(Network(contacts: people)) {
            let parsed = try ImportReader.parse(.vcard, bytes: Array(file.contents.utf8), file: file.name)
            let plan = Importer.plan(parsed, format: .vcard, into: network, today: today)
            for c in plan.contactsToSave { network.upsert(c) }
            back += plan.added.map(\.contact)
        }
        assertSame(back, people)
    }

    func testReimportingTheExportIntoTheSameNetworkChangesNothing() throws {
        let network = Network(contacts: people)
        let parsed = try ImportReader.parse(.vcard, bytes: Array(Exporter.vcard(network).utf8), file: "export")
        let plan = Importer.plan(parsed, format: .vcard, into: network, today: today)
        XCTAssertTrue(plan.changesNothing, "\(plan.updated.map(\.changes))")
        XCTAssertEqual(plan.unchanged.count, 3)
    }

    func testGoogleCSVRoundTrip() throws {
        let back = try roundTrip(Exporter.csv(Network(contacts: people)), format: .google)
        // The CSV has no room for ids or the day you met; everything else comes back.
        assertSame(back, people, sameIDs: false, carnetFields: false)
        XCTAssertEqual(back.map(\.id), ["helene-dupont", "王芳", "cher"])
    }
}
