#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// Promise 4 of docs/reliability.md, the named cases: each bad input gets a clear message
/// with its file and line from `carnet check` (exit 1), nothing crashes, and nothing is
/// written over it.
final class ReliabilityBadInputTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
    }

    func put(_ name: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: store + "/" + name, contents: Data(bytes))
    }

    func assertCheck(_ name: String, _ bytes: [UInt8], says expected: String, status: Int32 = 1,
                     writable: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        put(name, bytes)
        let check = CarnetProcess.run(["check"], dir: store)
        XCTAssertEqual(check.status, status, check.stderr, file: file, line: line)
        XCTAssertEqual(check.stdout, expected, file: file, line: line)
        XCTAssertEqual(check.stderr, "", file: file, line: line)
        let add = CarnetProcess.run(["add", "Someone New"], dir: store)
        if writable {
            XCTAssertEqual(add.status, 0, add.stderr, file: file, line: line)
        } else {
            XCTAssertEqual(add.status, 1, file: file, line: line)
            XCTAssertTrue(add.stderr.hasPrefix("carnet: the store has errors, so Carnet will not write to it: \(name):"),
                          add.stderr, file: file, line: line)
            XCTAssertEqual(TortureFiles.bytes(store + "/" + name), bytes, "never written over", file: file, line: line)
        }
        Self.cases += 1
    }

    nonisolated(unsafe) static var cases = 0

    override class func tearDown() {
        Torture.report("bad input: \(cases) named cases checked with their exact message")
    }

    func testAnEmptyContactsFileIsAnEmptyStore() {
        assertCheck("contacts", [], says: "ok: 0 people, 0 circles, 0 interactions, 0 events\n", status: 0, writable: true)
    }

    func testAFileOfNULBytesIsNotText() {
        assertCheck("contacts", [UInt8](repeating: 0, count: 4096),
                    says: "contacts:1: this line holds a NUL byte: this is not a text file (damaged, or binary data saved here?)\n")
        put("contacts", Array("# carnet contacts 1\n".utf8))
        assertCheck("journal", Array("# carnet journal 1\n".utf8) + [UInt8](repeating: 0, count: 100),
                    says: "journal:2: this line holds a NUL byte: this is not a text file (damaged, or binary data saved here?)\n")
    }

    func testInvalidUTF8NamesItsLine() {
        assertCheck("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\n".utf8) + [0xFF, 0xFE, 0x0A] + Array("id: b\n".utf8),
                    says: "contacts:5: this line is not valid UTF-8 (save the file as UTF-8)\n")
        put("contacts", Array("# carnet contacts 1\n".utf8))
        assertCheck("circles", Array("# carnet circles 1\n\nname: Caf".utf8) + [0xC3, 0x28, 0x0A],
                    says: "circles:3: this line is not valid UTF-8 (save the file as UTF-8)\n")
    }

    func testAKeyRepeatedInARecord() {
        assertCheck("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\ncompany: X\nname: B\n".utf8),
                    says: "contacts:6: 'name' appears twice in this record\n")
    }

    func testAnIdUsedTwice() {
        assertCheck("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\n\nid: a\nname: Again\n".utf8),
                    says: "contacts:6: the id 'a' is already used above\n")
    }

    /// A warning, not an error: removing a person by hand must not lock the store.
    func testAJournalLineNamingSomeoneWhoDoesNotExist() {
        put("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\n".utf8))
        assertCheck("journal", Array("# carnet journal 1\n2026-11-01 coffee @a\n2026-11-02 call @ghost\n".utf8),
                    says: "journal:3: no contact has the id 'ghost'\n", writable: true)
    }

    func testAnInterruptedJournalLineSaysSo() {
        put("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\n".utf8))
        assertCheck("journal", Array("# carnet journal 1\n2026-11-01 coffee @a\n2026-11-0".utf8),
                    says: "journal:3: '2026-11-0' is not a date (each line starts with YYYY-MM-DD) (the last line is incomplete: an interrupted write?)\n")
    }

    func testAFileFromANewerCarnet() {
        assertCheck("goals", Array("# carnet goals 9\n".utf8),
                    says: "goals:1: written by a newer Carnet (format 9); this one reads format 1\n")
    }

    /// One line of 50 MB (8 MB by default, to keep the debug test run short): a clear
    /// message, in bounded time and memory.
    /// A path or a name in another encoding than UTF-8 (Latin-1 `café`) is refused and named,
    /// rather than read with U+FFFD in place of its bytes: that made another path, where a
    /// store was created while the one meant was not found, and a name other than typed.
    func testAPathOrANameNotInUTF8IsRefusedNotChanged() throws {
        let contacts = TortureFiles.bytes(store + "/contacts")
        func sh(_ script: String, dir: String? = nil) -> CarnetProcess.Result {
            CarnetProcess.run(["-c", script, CarnetProcess.binary], dir: dir, program: "/bin/sh")
        }
        let latin1 = "$(printf '\(folder.path)/caf\\351')"
        let flag = sh("exec \"$0\" --dir \"\(latin1)\" init")
        XCTAssertEqual(flag.status, 2, flag.stdout)
        XCTAssertEqual(flag.stderr, "carnet: argument 2 ('\(folder.path)/caf\\xe9') is not valid UTF-8; Carnet reads paths and names as UTF-8\n")
        let variable = sh("CARNET_DIR=\"\(latin1)\" exec \"$0\" init")
        XCTAssertEqual(variable.status, 2, variable.stdout)
        XCTAssertEqual(variable.stderr, "carnet: $CARNET_DIR ('\(folder.path)/caf\\xe9') is not valid UTF-8; Carnet reads paths as UTF-8\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["store"], "no store made elsewhere")
        let name = sh("exec \"$0\" add \"$(printf 'Zo\\351')\"", dir: store)
        XCTAssertEqual(name.status, 2, name.stdout)
        XCTAssertEqual(name.stderr, "carnet: argument 2 ('Zo\\xe9') is not valid UTF-8; Carnet reads paths and names as UTF-8\n")
        XCTAssertEqual(TortureFiles.bytes(store + "/contacts"), contacts, "nothing written")
        Self.cases += 1
    }

    func testAHugeSingleLineIsReportedInBoundedTimeAndMemory() {
        let megabytes = Torture.isOn ? 50 : 8
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: megabytes << 20)
        put("contacts", Array("# carnet contacts 1\n\n".utf8) + huge)
        let start = Torture.now()
        let check = CarnetProcess.run(["check"], dir: store)
        let seconds = Torture.now() - start
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let peakMB = Int(usage.ru_maxrss) / 1024
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stdout, """
            contacts:3: expected 'key: value', found 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
            contacts:3: this record has no 'id'
            contacts:3: this record has no 'name'

            """)
        XCTAssertLessThan(seconds, Double(megabytes) * 1.0, "about 0.25 s per MB in a debug build; a release build is far faster")
        XCTAssertLessThan(peakMB, 40 + 12 * megabytes, "memory stays a small multiple of the file")
        // A valid line with a huge note parses too: big is not bad.
        put("contacts", Array("# carnet contacts 1\n\nid: a\nname: A\nnote: ".utf8) + huge.prefix(1 << 20) + [0x0A])
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).stdout, "ok: 1 people, 0 circles, 0 interactions, 0 events\n")
        Torture.report("bad input: a \(megabytes) MB single line checked in \(String(format: "%.1f", seconds)) s, peak memory of the children so far \(peakMB) MB")
        Self.cases += 1
    }
}
