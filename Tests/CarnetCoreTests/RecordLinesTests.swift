import Foundation
import XCTest
@testable import CarnetCore

/// A `key: value` line's key is letters, digits, `-` and `_`, up to the first colon.
final class RecordLinesTests: XCTestCase {
    private func keyEnd(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { RecordLines.keyEnd($0) }
    }

    func testEveryByteIsAKeyByteOrNot() {
        let keyBytes = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".utf8))
        for b in 0...255 {
            let byte = UInt8(b)
            // A colon there ends the key "k" itself.
            let expected = keyBytes.contains(byte) ? 2 : byte == UInt8(ascii: ":") ? 1 : nil
            XCTAssertEqual(keyEnd([UInt8(ascii: "k"), byte, UInt8(ascii: ":"), UInt8(ascii: " ")]), expected, "byte \(b)")
            XCTAssertEqual(keyEnd([byte, UInt8(ascii: ":")]), keyBytes.contains(byte) ? 1 : nil, "byte \(b) first")
        }
    }

    /// The parser takes a shortcut for keys Carnet knows (`RecordParser.knownKey`): every
    /// line must give the field, or the problem, that the byte-by-byte key walk gives.
    func testKnownKeysAndTheByteWalkReadEveryLineAlike() {
        var random = SystemRandomNumberGenerator()
        let keys = RecordKey.allCases.map(\.text).filter { !$0.isEmpty } + ["Name", "e-mail", "x_1", "emails", "nam"]
        let pieces = [":", ": ", " ", "\t", "-", "a", "Z", "9", "_", "é", "王", "#", ",", "value"]
        for round in 0..<4000 {
            var line = Bool.random(using: &random) ? keys.randomElement(using: &random)! : ""
            for _ in 0..<Int.random(in: 0...6, using: &random) { line += pieces.randomElement(using: &random)! }
            if round % 3 == 0 { line = keys.randomElement(using: &random)! + ":" + line }
            guard let first = line.utf8.first, first != UInt8(ascii: "#"), first != 0x20, first != 0x09 else { continue }
            let bytes = Array(line.utf8)
            var problems: [Problem] = []
            var fields: [RecordParser.Field] = []
            RecordParser.parse(bytes + [0x0A], file: "contacts", problems: &problems) { fields += $0.fields }
            guard let end = keyEnd(bytes) else {
                XCTAssertTrue(fields.isEmpty, line)
                XCTAssertEqual(problems.count, 1, line)
                continue
            }
            XCTAssertEqual(fields.count, 1, line)
            XCTAssertEqual(fields.first?.code, bytes.withUnsafeBufferPointer { RecordKey(UnsafeBufferPointer(rebasing: $0[..<end])) }, line)
            XCTAssertEqual(fields.first?.key, 0..<end, line)
            let value = String(decoding: bytes[(end + 1)...], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            XCTAssertEqual(fields.first.map { String(decoding: bytes[$0.value], as: UTF8.self) }, value, line)
        }
    }

    /// The loader reserves its arrays from an estimate (`RecordParser.estimatedRecords`): exact
    /// for a short file, a little above for records alike; far off, it costs time, never people.
    func testTheRecordCountIsEstimatedAndAWrongEstimateLosesNoOne() throws {
        func record(_ n: Int) -> String { "id: p\(n)\nname: Person \(n)\ncompany: Acme\n\n" }
        let short = "# carnet contacts 1\n\n" + (0..<40).map(record).joined()
        XCTAssertEqual(RecordParser.estimatedRecords(FileBytes(Array(short.utf8))), 40)
        let long = "# carnet contacts 1\n\n" + (0..<5000).map(record).joined()
        let estimate = RecordParser.estimatedRecords(FileBytes(Array(long.utf8)))
        XCTAssertGreaterThanOrEqual(estimate, 5000)
        XCTAssertLessThanOrEqual(estimate, 5000 * 9 / 8)
        // 64 KiB of comment first: the estimate is far too low, the arrays grow.
        let commented = "# carnet contacts 1\n" + String(repeating: "# a long comment line, to fill the first 64 KiB\n", count: 1500)
            + "\n" + (0..<5000).map(record).joined()
        XCTAssertLessThan(RecordParser.estimatedRecords(FileBytes(Array(commented.utf8))), 100)
        let folder = TemporaryFolder()
        folder.write("contacts", commented)
        folder.write("journal", "# carnet journal 1\n2026-01-02 call @p4999\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.network.contacts.count, 5000)
        XCTAssertEqual(store.network.contacts.last?.name, "Person 4999")
        XCTAssertTrue(store.problems.isEmpty)
    }

    /// Where the journal's thread may take over a contacts file (`ContactsShare`): from any
    /// byte, the next line that starts a record after a blank line, as the walk from the
    /// file's start sees it; a record after a comment is not one (the comment may be inside
    /// the record before), nor a continuation or a line after a record's line.
    func testARecordStartIsFoundFromAnyByte() {
        let text = "# carnet contacts 1\n\nid: a\nname: A\n# inside\nnote: x\n  more\n   \nid: b\r\nname: B\r\n\r\n"
            + "# between\nid: c\nname: C\n\n\n  \t\nid: d\nname: D\n\n# last\n\nid: e\nname: E"
        let bytes = Array(text.utf8)
        var starts: [Int] = []
        bytes.withUnsafeBufferPointer { b in
            var lines = RecordLines(b)
            var previous: RecordLines.Kind?
            while let line = lines.next() {
                if line.starts == .record && previous == .blank { starts.append(line.start) }
                previous = line.kind
            }
        }
        XCTAssertEqual(starts.map { String(decoding: bytes[$0..<($0 + 5)], as: UTF8.self) }, ["id: a", "id: b", "id: d", "id: e"])
        let file = FileBytes(bytes)
        for offset in 0..<bytes.count {
            // The lines looked at start after the one `offset` is in (it may have started
            // anywhere); the first of them has no line before it to be blank.
            let next = bytes[offset...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            XCTAssertEqual(RecordLines.recordStart(in: file, after: offset), starts.first { $0 > next }, "from byte \(offset)")
        }
    }

    func testTheKeyEndsAtTheFirstColon() {
        XCTAssertEqual(keyEnd(Array("role-since: 2025-01-02".utf8)), 10)
        XCTAssertEqual(keyEnd(Array("url: https://x.example".utf8)), 3)
        XCTAssertNil(keyEnd(Array(": no key".utf8)))
        XCTAssertNil(keyEnd(Array("no colon".utf8)))
        XCTAssertNil(keyEnd(Array("clé: accented".utf8)))
        XCTAssertNil(keyEnd([]))
    }
}
