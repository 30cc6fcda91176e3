import XCTest
@testable import CarnetExchange

final class HostileInputTests: XCTestCase {
    func testEscapeSequencesAreRemovedWhole() {
        let clean = { FieldSanitizer.clean($0, multiline: false).text }
        XCTAssertEqual(clean("a\u{1B}[2Jb"), "ab", "CSI")
        XCTAssertEqual(clean("a\u{1B}[38;5;196mb"), "ab", "CSI with parameters")
        XCTAssertEqual(clean("a\u{1B}]52;c;ZWNobw==\u{07}b"), "ab", "OSC ended by BEL")
        XCTAssertEqual(clean("a\u{1B}]8;;http://x\u{1B}\\b"), "ab", "OSC ended by ST")
        XCTAssertEqual(clean("a\u{1B}P1;2|junk\u{1B}\\b"), "ab", "DCS")
        XCTAssertEqual(clean("a\u{1B}(Bb"), "ab", "charset designation")
        XCTAssertEqual(clean("a\u{1B}cb"), "ab", "two-character sequence")
        XCTAssertEqual(clean("a\u{9B}31mb"), "ab", "C1 CSI")
        XCTAssertEqual(clean("a\u{9D}0;title\u{9C}b"), "ab", "C1 OSC")
        XCTAssertEqual(clean("a\u{1B}]0;never ends"), "a", "unterminated OSC swallows the rest")
    }

    func testControlsBidiAndDeleteAreRemoved() {
        let cleaned = FieldSanitizer.clean("\u{202E}gpj\u{7F}.exe\u{0}\u{85}\u{2066}\u{200F}\u{061C}", multiline: false)
        XCTAssertEqual(cleaned.text, "gpj.exe")
        XCTAssertTrue(cleaned.removedControls)
    }

    func testLineBreaksOnlyInNotes() {
        XCTAssertEqual(FieldSanitizer.clean("a\r\nb\rc\nd\te", multiline: false).text, "a b c d e")
        XCTAssertEqual(FieldSanitizer.clean("a\r\nb\rc\nd\te  \n", multiline: true).text, "a\nb\nc\nd e")
        XCTAssertFalse(FieldSanitizer.clean("a\r\nb", multiline: true).removedControls, "line breaks are not controls")
    }

    /// A file's name is data (a vdir's files are named by a server): an error quoting it
    /// sends no escape sequence to the terminal.
    func testAnErrorNamesAFileWithoutItsControls() {
        let error = ImportError(file: "dir/\u{1B}]52;c;Zm9v\u{07}x\u{1B}[31m.vcf", line: 3, "no END:VCARD")
        XCTAssertEqual(error.description, "dir/x.vcf:3: no END:VCARD")
    }

    func testFieldsAlreadyCleanAreKeptAsTheyAre() {
        for text in ["Zoé Dupont", "王芳", "helene@example.fr", "+33 6 12 34 56 78", "Ελένη", "e\u{301}",
                     "L’Oréal – « Beauté »", "a\u{A0}b", "5 €"] {
            XCTAssertTrue(FieldSanitizer.isClean(text), text)
        }
        for text in [" a", "a ", "a  b", "a\tb", "a\nb", "a\u{85}", "\u{202E}a", "a\u{2028}b",
                     "\u{FEFF}a", "a\u{061C}", "a\u{7F}", "\u{1B}[2J"] {
            XCTAssertFalse(FieldSanitizer.isClean(text), text.debugDescription)
        }
    }

    /// What `clean` keeps as it is, the scalar-by-scalar cleaning keeps too, on texts made
    /// of what either of them looks at: controls, escapes, spaces, invisible characters,
    /// combining marks and a prepended one (which joins the space after it into a character).
    func testTheShortWayAgreesWithTheLongOne() {
        let pieces = ["a", "é", "王", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{1B}", "[", "]", "0;", "m", "\u{7}",
                      "\u{85}", "\u{9B}", "\u{A0}", "\u{202E}", "\u{200F}", "\u{2028}", "\u{FEFF}", "\u{061C}",
                      "\u{301}", "\u{D4E}", "\u{7F}", "\u{0}", "\\", "’", "–", "…", "«", "»", "·", "€", "\u{9F}",
                      "\u{2029}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{202F}", "\u{2065}", "\u{FEFE}", "\u{600}"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var kept = 0
        for _ in 0..<20_000 {
            let text = (0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined()
            for multiline in [false, true] {
                let short = FieldSanitizer.clean(text, multiline: multiline)
                let long = FieldSanitizer.cleanScalars(text, multiline: multiline)
                XCTAssertEqual(short.text.unicodeScalars.map(\.value), long.text.unicodeScalars.map(\.value), text.debugDescription)
                XCTAssertEqual(short.removedControls, long.removedControls, text.debugDescription)
            }
            if FieldSanitizer.isClean(text) { kept += 1 }
        }
        XCTAssertGreaterThan(kept, 1_000, "the short way was taken")
    }

    func testLinkedInFileWithHostileFields() throws {
        let parsed = try Fixture.read(.linkedin, "hostile-linkedin.csv")
        XCTAssertEqual(parsed.people.count, 3)
        let mallory = parsed.people[0]
        XCTAssertEqual(mallory.givenName, "Mallory")
        XCTAssertEqual(mallory.familyName, "Evil")
        XCTAssertEqual(mallory.company, "gpj.exe")
        XCTAssertEqual(mallory.role?.count, 1_000)
        XCTAssertTrue(mallory.warnings.contains("role was 3,000 characters long; cut to 1,000"), "\(mallory.warnings)")
        XCTAssertTrue(mallory.warnings.contains("removed control characters or escape sequences from name"))

        let trudy = parsed.people[1]
        XCTAssertEqual(trudy.displayName, "Trudy Tab Here")
        XCTAssertEqual(trudy.company, "Acme")
        XCTAssertEqual(trudy.role, "Boss Man")
        XCTAssertEqual(parsed.people[2].familyName, "Break In Name", "no line break in a name")
        for person in parsed.people {
            let everything = [person.fullName, person.givenName, person.familyName, person.company, person.role]
                .compactMap { $0 }.joined()
            XCTAssertFalse(everything.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    func testVCardWithHostileFieldsAndOverlongNote() throws {
        let parsed = try Fixture.read(.vcard, "hostile.vcf")
        let eve = try XCTUnwrap(parsed.people.first)
        XCTAssertEqual(eve.fullName, "Eve Click Hacker")
        XCTAssertEqual(eve.company, "Red Corp")
        XCTAssertEqual(eve.circles, ["Club", "Famille"])
        XCTAssertEqual(eve.note?.count, 20_000)
        XCTAssertTrue(eve.warnings.contains("note was 22,504 characters long; cut to 20,000"), "\(eve.warnings)")
        XCTAssertFalse(eve.note!.contains("\u{1B}"))
        XCTAssertTrue(eve.warnings.contains("removed control characters or escape sequences from ORG"), "\(eve.warnings)")
    }

    func testEmptyAndBinaryFilesAreRefusedByName() throws {
        let empty = try XCTUnwrap(Fixture.error(.google, "empty.csv"))
        XCTAssertEqual(empty.message, "the file is empty")
        XCTAssertTrue(empty.description.contains("empty.csv: "))
        let binary = try XCTUnwrap(Fixture.error(.outlook, "binary.csv"))
        XCTAssertTrue(binary.description.contains("binary.csv: looks like a binary file"), binary.description)
        XCTAssertTrue(try XCTUnwrap(Fixture.error(.vcard, "binary.csv")).message.contains("binary"))
    }

    func testMissingFileAndDirectoryForCSV() throws {
        XCTAssertEqual(Fixture.error(.linkedin, "nope.csv")?.message, "no such file")
        XCTAssertTrue(Fixture.error(.google, "khard-vdir")?.message.contains("is a directory") ?? false)
    }
}
