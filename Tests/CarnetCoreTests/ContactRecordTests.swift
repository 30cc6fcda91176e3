import XCTest
@testable import CarnetCore

/// The byte-level shortcuts of `ContactRecord` give what the general rules give.
final class ContactRecordTests: XCTestCase {
    /// `met:` as it was read before the `DATE at EVENT` shortcut: the rule the shortcut must follow.
    static func generalMet(_ text: String) -> Contact.Met? {
        let t = text.trimmingSpaces
        if let d = Day(t) { return Contact.Met(date: d) }
        if t.hasPrefix("at ") { return Contact.Met(date: nil, event: t.dropFirst(3).trimmingSpaces) }
        let parts = t.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[1] == "at", let d = Day(parts[0]) else { return nil }
        return Contact.Met(date: d, event: parts[2].trimmingSpaces)
    }

    func testMetShortcutsAgreeWithTheGeneralRule() {
        let inputs = [
            "2026-11-09", "2026-11-09 at seminaire-rh-48", "2026-11-09 at  two-spaces", "2026-11-09 at x y",
            "2026-11-09 at", "2026-11-09 at ", "2026-11-09 at \u{A0}", "2026-11-09 at x\u{A0}", "2026-11-09 at \u{301}x",
            "2026-11-09 at\tx", "2026-11-09 AT x", "2026-13-40 at x", "2026-11-9 at x", "2026-11-09  at x",
            "2026-11-09 at x\ny", "2026-11-09 at \r", "2026-11-09 at é", "at devoxx", " 2026-11-09 at x",
            "2026-11-09x", "2026-11-09 atx", "2026-11-09 at at", "",
        ]
        for text in inputs {
            XCTAssertEqual(ContactRecord.parseMet(text), Self.generalMet(text), text.debugDescription)
        }
    }

    func testIDRulesOnBytesAgreeWithCharacters() {
        let valid = ["alice-martin", "王芳", "a1", "é"]
        let invalid = ["", "a b", "a@b", "a,b", "a:b", "a\"b", "a\tb", "a\u{A0}b", "王 芳"]
        for id in valid { XCTAssertTrue(ContactRecord.isValidID(id), id) }
        for id in invalid { XCTAssertFalse(ContactRecord.isValidID(id), id.debugDescription) }
        // A mark after '@' makes another character, so by Character the id has no '@'.
        XCTAssertTrue(ContactRecord.isValidID("a@\u{301}b"))
    }

    /// A record of hundreds of lines: keys first met after the 254th field are searched for.
    func testRepeatableValuesFarDownALongRecordAreFound() {
        var text = "id: ana\nname: Ana\n"
        for k in 0..<260 { text += "x-extra-\(k): v\(k)\n" }
        text += "email: ana@example.org\nphone: +33 1\nphone: +33 2\n"
        var problems: [Problem] = []
        var contact = Contact(id: "", name: "")
        var pool = ValuePool()
        var decoded = 0
        RecordParser.parse(Array(text.utf8), file: "contacts", problems: &problems) { record in
            decoded += 1
            _ = ContactRecord.decode(record, file: "contacts", into: &contact, pool: &pool)
        }
        XCTAssertEqual(decoded, 1)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(contact.emails, ["ana@example.org"])
        XCTAssertEqual(contact.phones, ["+33 1", "+33 2"])
    }
}
