import XCTest
import CarnetUI

final class CanvasTests: XCTestCase {
    func testPutReturnsColumnsAndClipsAtMaxWidth() {
        var canvas = Canvas(width: 10, height: 1)
        XCTAssertEqual(canvas.put("Alice", x: 0, y: 0), 5)
        XCTAssertEqual(canvas.put("Martin", x: 6, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(canvas.lines(), ["Alice Mar"])
    }

    func testPutClipsAtCanvasEdgeAndOutside() {
        var canvas = Canvas(width: 5, height: 2)
        XCTAssertEqual(canvas.put("abcdefgh", x: 2, y: 0), 3)
        XCTAssertEqual(canvas.put("xyz", x: 0, y: 5), 0)
        XCTAssertEqual(canvas.put("xyz", x: -2, y: 1), 3)  // columns advanced from x
        XCTAssertEqual(canvas.lines(), ["  abc", "z"])
    }

    func testWideGraphemesTakeTwoCellsAndAreNeverSplit() {
        var canvas = Canvas(width: 6, height: 2)
        XCTAssertEqual(canvas.put("王芳", x: 0, y: 0), 4)
        XCTAssertTrue(canvas[x: 1, y: 0].isContinuation)
        XCTAssertEqual(canvas[x: 2, y: 0].character, "芳")
        // Three columns left for two wide graphemes: one fits, the last column is a space.
        XCTAssertEqual(canvas.put("李娜", x: 3, y: 1), 3)
        XCTAssertEqual(canvas[x: 5, y: 1].character, " ")
        XCTAssertFalse(canvas[x: 5, y: 1].isContinuation)
        XCTAssertEqual(canvas.lines(), ["王芳", "   李"])
    }

    func testOverwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("王芳", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)  // right half of 王
        XCTAssertEqual(canvas.lines(), [" x芳"])
        canvas.put("y", x: 2, y: 0)  // left half of 芳
        XCTAssertEqual(canvas.lines(), [" xy"])
        XCTAssertFalse(canvas[x: 3, y: 0].isContinuation)
    }

    func testAccentsAndEmojiKeepTheirGrapheme() {
        var canvas = Canvas(width: 12, height: 1)
        XCTAssertEqual(canvas.put("e\u{301}👩‍💻🇫🇷", x: 0, y: 0), 5)
        XCTAssertEqual(canvas[x: 0, y: 0].character, "e\u{301}")
        XCTAssertEqual(canvas[x: 1, y: 0].character, "👩‍💻")
        XCTAssertEqual(canvas[x: 3, y: 0].character, "🇫🇷")
    }

    func testControlsAndBidiOverridesNeverReachTheCanvas() {
        var canvas = Canvas(width: 40, height: 1)
        let hostile = "a\u{1B}[31mb\u{7}c\u{7F}d\u{9B}e\u{202E}f\u{2066}g\u{200F}h\u{61C}i\tj\nk"
        canvas.put(hostile, x: 0, y: 0)
        XCTAssertEqual(canvas.lines(), ["abcdefghi j k"])
        for cell in canvas.cells {
            for scalar in cell.character.unicodeScalars {
                XCTAssertFalse(SafeText.isUnsafe(scalar.value), "U+\(String(scalar.value, radix: 16))")
            }
        }
        XCTAssertEqual(SafeText.sanitized("ok"), "ok")
        XCTAssertEqual(SafeText.sanitized("\u{202E}evil\r\nline"), "evil line")
        XCTAssertEqual(SafeText.sanitized("a\u{1B}]0;pwned\u{7}b\u{1B}]52;c;Zm9v\u{1B}\\c\u{1B}7d"), "abcd")
        XCTAssertEqual(SafeText.sanitized("tail\u{1B}[1;3"), "tail")
    }

    func testRolesAndEmphasis() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("due", x: 0, y: 0, role: .due, emphasis: .bold)
        XCTAssertEqual(canvas[x: 0, y: 0].role, .due)
        XCTAssertEqual(canvas[x: 0, y: 0].emphasis, .bold)
        XCTAssertEqual(canvas[x: 4, y: 0].role, .normal)
        canvas.setRole(.selection, in: Rect(x: 0, y: 0, width: 6, height: 1))
        XCTAssertEqual(canvas[x: 5, y: 0].role, .selection)
        XCTAssertEqual(canvas.lines(), ["due"])
    }

    func testBoxWithTitleAndFill() {
        var canvas = Canvas(width: 16, height: 4)
        canvas.fill(canvas.bounds, with: ".")
        canvas.box(Rect(x: 1, y: 0, width: 14, height: 4), title: "Contacts")
        canvas.put("王芳", x: 2, y: 1)
        assertGolden(canvas, name: "canvas-box")
    }

    func testLinesTrimTrailingSpaces() {
        var canvas = Canvas(width: 8, height: 2)
        canvas.put("a  ", x: 0, y: 0)
        XCTAssertEqual(canvas.lines(), ["a", ""])
    }

    func testPutRightAlignsToMaxX() {
        var canvas = Canvas(width: 8, height: 1)
        canvas.putRight("3/5", maxX: 8, y: 0)
        XCTAssertEqual(canvas.lines(), ["     3/5"])
    }
}

final class RectTests: XCTestCase {
    func testSplitsReadLikeTheScreen() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let (header, rest) = screen.splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        XCTAssertEqual(header, Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertEqual(body, Rect(x: 0, y: 1, width: 80, height: 22))
        XCTAssertEqual(footer, Rect(x: 0, y: 23, width: 80, height: 1))
        let panes = body.columns([.fixed(30), .fill(1)])
        XCTAssertEqual(panes, [Rect(x: 0, y: 1, width: 30, height: 22), Rect(x: 30, y: 1, width: 50, height: 22)])
        XCTAssertEqual(body.inset(1), Rect(x: 1, y: 2, width: 78, height: 20))
    }

    func testSizesNeverExceedTheWholeAndFillsTakeTheRest() {
        let area = Rect(x: 0, y: 0, width: 10, height: 7)
        let bands = area.rows([.fixed(2), .fill(1), .fill(2), .percent(30)])
        XCTAssertEqual(bands.map(\.height), [2, 1, 2, 2])
        XCTAssertEqual(bands.map(\.y), [0, 2, 3, 5])
        XCTAssertEqual(area.rows([.fixed(5), .fixed(5)]).map(\.height), [5, 2])
        XCTAssertEqual(area.splitLeft(20).rest.width, 0)
        XCTAssertEqual(area.centered(width: 4, height: 3), Rect(x: 3, y: 2, width: 4, height: 3))
    }
}
