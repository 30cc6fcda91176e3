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

    func testTheKeyEndsAtTheFirstColon() {
        XCTAssertEqual(keyEnd(Array("role-since: 2025-01-02".utf8)), 10)
        XCTAssertEqual(keyEnd(Array("url: https://x.example".utf8)), 3)
        XCTAssertNil(keyEnd(Array(": no key".utf8)))
        XCTAssertNil(keyEnd(Array("no colon".utf8)))
        XCTAssertNil(keyEnd(Array("clé: accented".utf8)))
        XCTAssertNil(keyEnd([]))
    }
}
