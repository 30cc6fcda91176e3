import XCTest
@testable import CarnetCore

/// The digest of bytes must not depend on how they were cut, and must change with them.
final class StreamDigestTests: XCTestCase {
    private let bytes: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 >> 3) }

    private func digest(_ bytes: [UInt8], cutEvery step: Int) -> StreamDigest {
        var d = StreamDigest()
        var i = 0
        while i < bytes.count {
            d.add(Array(bytes[i..<min(bytes.count, i + step)]))
            i += step
        }
        return d
    }

    func testTheCutsDoNotMatter() {
        let whole = digest(bytes, cutEvery: bytes.count)
        for step in [1, 2, 3, 7, 8, 31, 32, 33, 100] {
            XCTAssertEqual(digest(bytes, cutEvery: step), whole, "cut every \(step)")
            XCTAssertEqual(digest(bytes, cutEvery: step).hash, whole.hash, "cut every \(step)")
        }
    }

    func testAPrefixHasTheStateItHadThen() {
        for length in [0, 1, 31, 32, 33, 500, 999] {
            var d = StreamDigest()
            d.add(Array(bytes[..<length]))
            let atPrefix = d
            d.add(Array(bytes[length...]))
            XCTAssertEqual(d, digest(bytes, cutEvery: 1000))
            XCTAssertEqual(atPrefix, digest(Array(bytes[..<length]), cutEvery: 5), "prefix of \(length)")
        }
    }

    func testAnyChangedByteOrLengthChangesTheHash() {
        let hash = digest(bytes, cutEvery: 64).hash
        for at in [0, 1, 8, 31, 32, 500, 999] {
            var changed = bytes
            changed[at] ^= 1
            XCTAssertNotEqual(digest(changed, cutEvery: 64).hash, hash, "byte \(at)")
        }
        XCTAssertNotEqual(digest(bytes + [0], cutEvery: 64).hash, hash, "a trailing zero")
        XCTAssertNotEqual(digest(Array(bytes.dropLast()), cutEvery: 64).hash, hash)
    }
}
