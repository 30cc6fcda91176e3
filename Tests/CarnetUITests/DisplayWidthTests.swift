import XCTest
@testable import CarnetUI

final class DisplayWidthTests: XCTestCase {
    func testASCIIAndLatin() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual("Alice Martin".displayWidth, 12)
        XCTAssertEqual("".displayWidth, 0)
    }

    func testAccentsPrecomposedAndCombining() {
        let precomposed = "\u{E9}"         // é
        let combining = "e\u{301}"         // e + COMBINING ACUTE ACCENT
        XCTAssertEqual(precomposed.displayWidth, 1)
        XCTAssertEqual(combining.displayWidth, 1)
        XCTAssertEqual("Crémieux".displayWidth, 8)
        XCTAssertEqual("Cre\u{301}mieux".displayWidth, 8)
        XCTAssertEqual(DisplayWidth.scalarWidth(0x301), 0)
    }

    func testCJKAndHangulAreWide() {
        XCTAssertEqual("王芳".displayWidth, 4)
        XCTAssertEqual("ひらがな".displayWidth, 8)
        XCTAssertEqual("한국어".displayWidth, 6)
        XCTAssertEqual("ＡＢ".displayWidth, 4)  // fullwidth forms
        XCTAssertEqual("王芳 (Wang Fang)".displayWidth, 16)
    }

    func testEmoji() {
        XCTAssertEqual("😀".displayWidth, 2)
        XCTAssertEqual("👩‍💻".displayWidth, 2)      // ZWJ sequence: one grapheme, two columns
        XCTAssertEqual("🇫🇷".displayWidth, 2)      // flag: two regional indicators
        XCTAssertEqual("👍🏽".displayWidth, 2)      // skin tone modifier
        XCTAssertEqual("❤️".displayWidth, 2)       // text symbol + VS16
        XCTAssertEqual("❤".displayWidth, 1)        // the same symbol as text
        XCTAssertEqual("🫠".displayWidth, 2)       // newer than the Unicode 14 tables
    }

    func testZeroWidth() {
        XCTAssertEqual(DisplayWidth.scalarWidth(0x200D), 0)  // ZWJ
        XCTAssertEqual(DisplayWidth.scalarWidth(0xFE0F), 0)  // VS16
        XCTAssertEqual(DisplayWidth.scalarWidth(0x200B), 0)  // zero width space
        XCTAssertEqual("\u{200B}".displayWidth, 0)
    }

    func testTablesAreSortedAndDisjoint() {
        for table in [DisplayWidth.zeroWidth, DisplayWidth.wide] {
            for (a, b) in zip(table, table.dropFirst()) {
                XCTAssertLessThan(a.upperBound, b.lowerBound, "\(a) before \(b)")
            }
        }
    }

    func testTheByteCountAgreesWithTheGraphemeWalk() {
        let samples = ["Alice Martin", "Hélène Dupont", "Łukasz Lemaître", "Søren Ærø", "Zoë\u{00AD}x", "ǅemal",
                       "Cre\u{301}mieux", "王芳", "tab\there", "a\u{85}b", "\u{A0}", "", "ɐ ʃ ˿", "ÿ\u{7F}"]
        for text in samples {
            var total = 0
            for character in text { total += DisplayWidth.of(character) }
            XCTAssertEqual(DisplayWidth.of(text), total, text.debugDescription)
        }
        XCTAssertNil(DisplayWidth.simpleWidth("Cre\u{301}mieux"))
        XCTAssertNil(DisplayWidth.simpleWidth("a\u{85}b"))
        XCTAssertEqual(DisplayWidth.simpleWidth("Łukasz Lemaître"), 15)
    }

    func testTruncation() {
        XCTAssertEqual("Alice Martin".truncated(toWidth: 8), "Alice M…")
        XCTAssertEqual("Alice".truncated(toWidth: 5), "Alice")
        XCTAssertEqual("Alice".truncated(toWidth: 0), "")
        // A wide grapheme is never cut: one column short instead.
        XCTAssertEqual("王芳李娜".truncated(toWidth: 6), "王芳…")
        XCTAssertEqual("王芳李娜".truncated(toWidth: 5), "王芳…")
        XCTAssertEqual("王芳李娜".truncated(toWidth: 4).displayWidth, 3)
        XCTAssertEqual("Cre\u{301}mieux".truncated(toWidth: 4), "Cre\u{301}…")
        XCTAssertEqual("ab".padded(toWidth: 4), "ab  ")
        XCTAssertEqual("王".padded(toWidth: 3, alignRight: true), " 王")
    }
}
