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

    /// Strings made and dropped one after another (a new one may take a dropped one's
    /// memory), longer than a string holds inline, some shared and some not: each gets
    /// the value of its own text, computed once per spelling.
    func testStringsMadeAndDroppedGetTheirOwnValue() {
        var memo = SpellingMemo<String>()
        var made = 0
        let shared = (0..<5).map { "a spelling shared by many people, number \($0)" }
        for i in 0..<5_000 {
            let text = i % 3 == 0 ? shared[i % 5] : "a spelling made anew each time, number \(i % 41)"
            let value = memo.value(of: text) { made += 1; return Folding.key($0) }
            XCTAssertEqual(value, Folding.key(text))
            let short = "n° \(i % 7)"
            XCTAssertEqual(memo.value(of: short) { made += 1; return Folding.key($0) }, Folding.key(short))
        }
        XCTAssertEqual(made, 5 + 41 + 7)
    }
}
