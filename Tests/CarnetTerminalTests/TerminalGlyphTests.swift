#if canImport(Glibc)
import Glibc
#endif
import CNCursesW
import XCTest
@testable import CarnetTerminal

/// Each canvas cell must reach ncurses as a glyph of the width the canvas gave it, whatever
/// the C library's own table says: else the line shifts, or a cell keeps an older frame's
/// character (`Screen.draw` puts only the rows that changed, without erasing them first).
final class TerminalGlyphTests: XCTestCase {
    override func setUp() {
        setlocale(LC_ALL, "C.UTF-8")
    }

    func testPlainAndWideGlyphsPassAsTheyAre() {
        XCTAssertEqual(TerminalGlyph.encode("a", width: 1, unicode: true).chars, [97, 0])
        XCTAssertEqual(TerminalGlyph.encode("é", width: 1, unicode: true).chars, [0xE9, 0])
        let wide = TerminalGlyph.encode("王", width: 2, unicode: true)
        XCTAssertEqual(wide.chars, [0x738B, 0])
        XCTAssertFalse(wide.padRight)
        // Decomposed: the base, then its combining mark, in one cell.
        XCTAssertEqual(TerminalGlyph.encode("e\u{301}", width: 1, unicode: true).chars, [0x65, 0x301, 0])
    }

    /// A grapheme that begins with a character the C library gives no width (a combining
    /// mark the canvas's table counts as a column, as a newer Unicode can make): a stand-in,
    /// which ncurses puts in the cell itself.
    func testABaseOfNoWidthToTheCLibraryGetsAStandIn() {
        XCTAssertEqual(carnet_wcwidth(0x301), 0, "U+0301 has no width in this C library")
        XCTAssertEqual(TerminalGlyph.encode("\u{301}", width: 1, unicode: true).chars, [wchar_t(UInt8(ascii: "?")), 0])
        let wide = TerminalGlyph.encode("\u{301}", width: 2, unicode: true)
        XCTAssertEqual(wide.chars, [wchar_t(UInt8(ascii: "?")), 0])
        XCTAssertTrue(wide.padRight, "the second column drawn as a space")
    }

    func testWiderThanPlannedOrWithoutUnicodeGetsAStandIn() {
        XCTAssertEqual(TerminalGlyph.encode("王", width: 1, unicode: true).chars, [wchar_t(UInt8(ascii: "?")), 0])
        XCTAssertEqual(TerminalGlyph.encode("─", width: 1, unicode: false).chars, [wchar_t(UInt8(ascii: "-")), 0])
        XCTAssertTrue(TerminalGlyph.encode("王", width: 2, unicode: false).padRight)
    }
}
