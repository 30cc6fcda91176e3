import XCTest
@testable import CarnetCore

/// An array made in chunks on both cores holds each element once, in its place.
final class ChunkedArrayTests: XCTestCase {
    func testEachElementIsMadeOnceInItsPlace() {
        for count in [0, 1, ChunkedArray.chunk - 1, ChunkedArray.chunk * 2, ChunkedArray.chunk * 5 + 17] {
            let made = ChunkedArray.make(count: count) { i, at in at.initialize(to: "element \(i)") }
            XCTAssertEqual(made, (0..<count).map { "element \($0)" }, "\(count)")
        }
    }
}
