import XCTest
@testable import CarnetUI

/// The filter's byte search against the plain definition, on every alignment.
final class SearchFindTests: XCTestCase {
    private func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    func testAgreesWithThePlainDefinition() {
        var generator = SystemRandomNumberGenerator()
        // A small alphabet with 0x01 and 0x00 bytes, so that candidates and the bit trick's
        // false flags are frequent.
        let alphabet: [UInt8] = [0x00, 0x01, 0x61, 0x62, 0x6D, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<20_000 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let found = needle.withUnsafeBytes { n in haystack.withUnsafeBytes { h in SearchIndex.find(n, in: h) } }
            XCTAssertEqual(found, naive(needle, haystack), "\(needle) in \(haystack)")
        }
    }

    /// Read past the key's end (into the next keys), nothing there is found.
    func testBytesReadPastTheKeyAreNotMatched() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x01, 0x61, 0x62, 0x6D, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<20_000 {
            let buffer = (0..<Int.random(in: 0...48, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let keyLength = Int.random(in: 0...buffer.count, using: &generator)
            let needle = (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let found = needle.withUnsafeBytes { n in
                buffer.withUnsafeBytes { all in
                    SearchIndex.find(n, in: UnsafeRawBufferPointer(rebasing: all[0..<keyLength]), readable: all.count)
                }
            }
            XCTAssertEqual(found, naive(needle, Array(buffer[0..<keyLength])), "\(needle) in \(buffer[0..<keyLength]) of \(buffer)")
        }
    }

    func testMatchesAtTheVeryEnd() {
        let haystack = Array("helene dupont\u{1F}acme\u{1F}lyon-mar".utf8)
        for cut in 1...6 {
            let needle = Array(haystack.suffix(cut))
            XCTAssertTrue(needle.withUnsafeBytes { n in haystack.withUnsafeBytes { h in SearchIndex.find(n, in: h) } })
        }
    }
}
