import XCTest
@testable import CarnetCore

/// The planner's memo computes a value once per spelling and gives it back after.
final class SpellingMemoTests: XCTestCase {
    func testEachSpellingIsComputedOnce() {
        var memo = SpellingMemo<String>()
        var made: [String] = []
        let spellings = ["Médias", "Finance", "Médias", "me\u{301}dias", "Finance", "", "Me\u{301}dias"]
        let values = spellings.map { s in memo.value(of: s) { made.append($0); return Folding.key($0) } }
        XCTAssertEqual(values, spellings.map(Folding.key))
        // "Médias" composed and decomposed are remembered apart (their bytes differ)…
        XCTAssertEqual(made.count, 5)
        // …and give the same value, since it is computed from the text.
        XCTAssertEqual(values[0], values[6])
    }
}
