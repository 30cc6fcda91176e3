import CarnetCore
import Foundation
import XCTest
@testable import CarnetExchange

final class ExportTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private var alice: Contact {
        var c = Contact(id: "alice-martin", name: "Alice Martin")
        c.company = "Acme; Sons"
        c.role = "Head of Data"
        c.emails = ["alice@acme.example", "alice@perso.example"]
        c.phones = ["+33 6 12 34 56 78"]
        c.urls = ["https://www.linkedin.com/in/alice-martin", "https://alice.example/a,b"]
        c.city = "Paris"
        c.country = "France"
        c.circles = ["Anciens collègues", "Club"]
        c.birthday = Birthday(year: nil, month: 5, day: 24)
        c.met = Contact.Met(date: Day(year: 2024, month: 3, day: 12))
        c.note = "Met at Devoxx, into MLOps.\nSecond line; with a \\ backslash."
        return c
    }

    func testVCardOfOnePerson() {
        XCTAssertEqual(Exporter.vcard(Network(contacts: [alice])), [
            "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Carnet//Carnet//EN", "UID:alice-martin",
            "FN:Alice Martin", "N:Martin;Alice;;;", "ORG:Acme\\; Sons", "TITLE:Head of Data",
            "EMAIL:alice@acme.example", "EMAIL:alice@perso.example", "TEL;VALUE=text:+33 6 12 34 56 78",
            "URL:https://www.linkedin.com/in/alice-martin", "URL:https://alice.example/a,b",
            "ADR;TYPE=work:;;;Paris;;;France", "BDAY:--0524", "CATEGORIES:Anciens collègues,Club",
            "NOTE:Met at Devoxx\\, into MLOps.\\nSecond line\\; with a \\\\ backslash.",
            "X-CARNET-MET:2024-03-12", "X-CARNET-ID:alice-martin", "END:VCARD", "",
        ].joined(separator: "\r\n"))
    }

    func testFoldingAt75OctetsWithoutBreakingCharacters() {
        let long = "NOTE:" + String(repeating: "é", count: 100) + "x"
        let folded = ContentLines.fold(long)
        let lines = folded.split(separator: "\r\n", omittingEmptySubsequences: true)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        XCTAssertGreaterThan(lines.count, 2)
        for (i, line) in lines.enumerated() {
            XCTAssertLessThanOrEqual(line.utf8.count, 75)
            XCTAssertEqual(String(line), String(decoding: Array(line.utf8), as: UTF8.self), "no broken UTF-8")
            if i > 0 { XCTAssertEqual(line.first, " ") }
        }
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "")
        XCTAssertEqual(unfolded, long)
        XCTAssertEqual(ContentLines.fold(String(repeating: "a", count: 75)), String(repeating: "a", count: 75) + "\r\n")
    }

    func testVCardDirectoryIsAVdir() throws {
        var bob = Contact(id: "bob-leroy", name: "Bob Leroy")
        bob.birthday = Birthday(year: 1980, month: 3, day: 22)
        let network = Network(contacts: [alice, bob])
        XCTAssertEqual(Exporter.vcardFiles(network).map(\.name), ["alice-martin.vcf", "bob-leroy.vcf"])

        let directory = FileManager.default.temporaryDirectory.path + "/carnet-vdir-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertEqual(try Exporter.writeVCardDirectory(network, to: directory), 2)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/bob-leroy.vcf")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let card = try String(contentsOfFile: directory + "/bob-leroy.vcf", encoding: .utf8)
        XCTAssertTrue(card.contains("\r\nBDAY:19800322\r\n"))
        let back = try ImportReader.read(.vcard, path: directory)
        XCTAssertEqual(back.people.map(\.displayName), ["Alice Martin", "Bob Leroy"])
    }

    /// Every id the store accepts names one visible file of the vdir, and the folder reads
    /// back whole; a subfolder named like a card is left alone.
    func testAVdirHoldsEveryIdAsOneVisibleFile() throws {
        let network = Network(contacts: [Contact(id: "team/alice", name: "Alice"), Contact(id: ".dot", name: "Dot"),
                                         Contact(id: "100%", name: "Cent"), Contact(id: "a.b", name: "Ab")])
        XCTAssertEqual(Exporter.vcardFiles(network).map(\.name), ["team%2Falice.vcf", "%2Edot.vcf", "100%25.vcf", "a.b.vcf"])
        XCTAssertEqual(Exporter.fileName(for: ".\u{301}x"), "%2E\u{301}x.vcf", "a dot under a combining mark")
        let directory = FileManager.default.temporaryDirectory.path + "/carnet-vdir-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertEqual(try Exporter.writeVCardDirectory(network, to: directory), 4)
        try FileManager.default.createDirectory(atPath: directory + "/sub.vcf", withIntermediateDirectories: false)
        let back = try ImportReader.read(.vcard, path: directory)
        XCTAssertEqual(Set(back.people.compactMap(\.carnetID)), ["team/alice", ".dot", "100%", "a.b"])
    }

    func testCSVWithGoogleHeaderAndQuoting() throws {
        let csv = Exporter.csv(Network(contacts: [alice, Contact(id: "bob", name: "Bob")]))
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
            + "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
            + "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
            + "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"))
        XCTAssertTrue(lines[0].hasSuffix("Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value"))
        XCTAssertTrue(lines[1].hasPrefix("Alice,,Martin,,,,,,,,Acme; Sons,Head of Data,,--05-24,"
            + "\"Met at Devoxx, into MLOps.\nSecond line; with a \\ backslash.\",,* myContacts ::: Anciens collègues ::: Club,"))
        XCTAssertTrue(csv.hasSuffix("Bob,,,,,,,,,,,,,,,,* myContacts,,,,,,,,,,,,,,,,,,,\r\n"))
    }

    func testCSVComesBackThroughTheGoogleImporter() throws {
        let parsed = try ImportReader.parse(.google, bytes: Array(Exporter.csv(Network(contacts: [alice])).utf8), file: "out.csv")
        let back = try XCTUnwrap(parsed.people.first)
        XCTAssertEqual(back.displayName, "Alice Martin")
        XCTAssertEqual(back.company, "Acme; Sons")
        XCTAssertEqual(back.emails, alice.emails)
        XCTAssertEqual(back.linkedIn, "https://www.linkedin.com/in/alice-martin")
        XCTAssertEqual(back.urls, ["https://alice.example/a,b"])
        XCTAssertEqual(back.circles, alice.circles)
        XCTAssertEqual(back.note, alice.note)
        XCTAssertEqual(back.birthday, .date(PartialDate(year: nil, month: 5, day: 24)!))
        XCTAssertEqual(back.city, "Paris")
    }

    func testJSONHasTheWholeModel() throws {
        var network = Network(
            contacts: [alice],
            circles: [Circle(name: "Club", kind: "club", cadence: Cadence(count: 6, unit: .week))],
            interactions: [Interaction(date: Day(year: 2026, month: 11, day: 2)!, people: ["alice-martin"],
                                       kind: "coffee", exchange: .gave("intro to Bob"), line: 2)],
            events: [Event(id: "devoxx-2024", name: "Devoxx", date: Day(year: 2024, month: 3, day: 12)!)],
            goals: [Goal(.gives, target: 4)])
        network.objective = Objective(aim: .jobSearch, sectors: ["Data"])
        let json = try Exporter.json(network)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "carnet")
        let contact = try XCTUnwrap((object["contacts"] as? [[String: Any]])?.first)
        XCTAssertEqual(contact["birthday"] as? String, "--05-24")
        XCTAssertEqual(contact["met"] as? String, "2024-03-12")
        XCTAssertEqual(contact["circles"] as? [String], ["Anciens collègues", "Club"])
        let circles = try XCTUnwrap(object["circles"] as? [[String: Any]])
        XCTAssertEqual(circles.map { $0["name"] as? String }, ["Club", "Anciens collègues"])
        XCTAssertEqual(circles[0]["cadence"] as? String, "6w")
        XCTAssertEqual(circles[0]["members"] as? [String], ["alice-martin"])
        XCTAssertEqual((object["interactions"] as? [[String: Any]])?.first?["gave"] as? String, "intro to Bob")
        XCTAssertEqual((object["events"] as? [[String: Any]])?.first?["id"] as? String, "devoxx-2024")
        XCTAssertEqual((object["goals"] as? [[String: Any]])?.first?["measure"] as? String, "gives")
        XCTAssertEqual((object["objective"] as? [String: Any])?["aim"] as? String, "job-search")
        XCTAssertTrue(json.contains("\"https://www.linkedin.com/in/alice-martin\""), "slashes unescaped")
        XCTAssertEqual(try Exporter.json(network), json, "deterministic")
    }

    func testICalendar() throws {
        var bob = Contact(id: "bob", name: "Bob Leroy")
        bob.birthday = Birthday(year: 1980, month: 3, day: 22)
        var leap = Contact(id: "leap", name: "Léa, Leap")
        leap.birthday = Birthday(year: nil, month: 2, day: 29)
        let chloe = Contact(id: "chloe", name: "Chloé Dupont")
        let network = Network(contacts: [alice, bob, leap, chloe], interactions: [
            // Open: nothing logged with Bob since.
            Interaction(date: Day(year: 2026, month: 11, day: 2)!, people: ["bob"], kind: "message",
                        exchange: .asked("intro to CTO"), followUp: Day(year: 2026, month: 11, day: 16), line: 2),
            // Closed: a coffee with Alice came after.
            Interaction(date: Day(year: 2026, month: 10, day: 1)!, people: ["alice-martin"], kind: "call",
                        followUp: Day(year: 2026, month: 10, day: 15), line: 3),
            Interaction(date: Day(year: 2026, month: 10, day: 20)!, people: ["alice-martin"], kind: "coffee", line: 4),
        ])
        let ics = Exporter.icalendar(network, today: today,
                                     reconnect: [Suggestion(
            contactID: "chloe", name: "Chloé Dupont", score: 40,
            reasons: [Reason(detail: .newRole(role: "CTO", company: nil, since: today), text: "new role, CTO", weight: 40)],
            nextStep: "congratulate; suggest a coffee", circle: nil)])
        XCTAssertEqual(ics, [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Carnet//Carnet//EN", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Carnet",
            "BEGIN:VEVENT", "UID:birthday-alice-martin@carnet", "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20260524", "RRULE:FREQ=YEARLY", "SUMMARY:Birthday: Alice Martin",
            "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:birthday-bob@carnet", "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:19800322", "RRULE:FREQ=YEARLY", "SUMMARY:Birthday: Bob Leroy",
            "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:birthday-leap@carnet", "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
            "SUMMARY:Birthday: Léa\\, Leap", "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VTODO", "UID:follow-up-2026-11-02-bob-2@carnet", "DTSTAMP:20261122T000000Z",
            "DUE;VALUE=DATE:20261116", "SUMMARY:Follow up with Bob Leroy",
            "DESCRIPTION:message on 2026-11-02: intro to CTO", "STATUS:NEEDS-ACTION", "END:VTODO",
            "BEGIN:VTODO", "UID:reconnect-2026-11-22-chloe@carnet", "DTSTAMP:20261122T000000Z",
            "DUE;VALUE=DATE:20261122", "SUMMARY:Reconnect with Chloé Dupont",
            "DESCRIPTION:new role\\, CTO\\ncongratulate\\; suggest a coffee", "STATUS:NEEDS-ACTION", "END:VTODO",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n"))
    }

    func testICalendarAsksThePlannerByDefault() {
        var ada = Contact(id: "ada", name: "Ada Lovelace")
        ada.birthday = Birthday(year: nil, month: 11, day: 24)
        let network = Network(contacts: [ada])
        let suggestions = ReconnectPlanner.plan(network, today: today)
        XCTAssertEqual(suggestions.map(\.contactID), ["ada"], "a birthday in two days")
        let ics = Exporter.icalendar(network, today: today)
        XCTAssertTrue(ics.contains("UID:reconnect-2026-11-22-ada@carnet\r\n"))
        XCTAssertTrue(ics.contains("SUMMARY:Reconnect with Ada Lovelace\r\n"))
    }

    func testICalendarLinesAreFolded() {
        var long = Contact(id: "long", name: String(repeating: "Ünïcödé ", count: 20))
        long.birthday = Birthday(year: 1990, month: 1, day: 1)
        let ics = Exporter.icalendar(Network(contacts: [long]), today: today)
        for line in ics.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 75)
        }
        XCTAssertFalse(ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
    }
}
