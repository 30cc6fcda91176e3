import XCTest
import CarnetUI

final class TextFieldTests: XCTestCase {
    func testInsertAndMoveByGrapheme() {
        var field = TextField()
        for c in "Héloïse" { field.handle(.char(c)) }
        XCTAssertEqual(field.text, "Héloïse")
        field.handle(.left)
        field.handle(.left)
        field.handle(.backspace)  // removes ï
        XCTAssertEqual(field.text, "Hélose")
        field.handle(.home)
        field.handle(.delete)
        XCTAssertEqual(field.text, "élose")
        XCTAssertEqual(field.cursor, 0)
        field.handle(.end)
        XCTAssertEqual(field.cursor, 5)
    }

    func testCombiningMarkTypedAfterALetterJoinsIt() {
        var field = TextField("e")
        field.handle(.char("\u{301}"))
        XCTAssertEqual(field.characters.count, 1)
        XCTAssertEqual(field.text, "e\u{301}")
        field.handle(.backspace)
        XCTAssertEqual(field.text, "")
    }

    func testWideAndEmojiAreOneStep() {
        var field = TextField("王芳👩‍💻")
        field.handle(.backspace)
        XCTAssertEqual(field.text, "王芳")
        field.handle(.left)
        field.handle(.backspace)
        XCTAssertEqual(field.text, "芳")
    }

    func testReadlineKeysAndControlsStripped() {
        var field = TextField("Alice Martin Dupont")
        field.handle(.ctrl("w"))
        XCTAssertEqual(field.text, "Alice Martin ")
        field.handle(.ctrl("a"))
        field.handle(.ctrl("k"))
        XCTAssertEqual(field.text, "")
        field.insert("a\u{7}b\nc")
        XCTAssertEqual(field.text, "ab c")
        XCTAssertFalse(field.handle(.enter))
        XCTAssertFalse(field.handle(.escape))
    }

    func testHorizontalScrollKeepsCursorVisible() {
        let field = TextField("王芳李娜abc")  // 11 columns, cursor at the end
        var canvas = Canvas(width: 6, height: 1)
        field.draw(into: &canvas, x: 0, y: 0, width: 6, focused: true)
        XCTAssertEqual(canvas.lines(), ["娜abc"])
        XCTAssertEqual(canvas[x: 5, y: 0].role, .cursor)

        var start = field
        start.handle(.home)
        canvas = Canvas(width: 6, height: 1)
        start.draw(into: &canvas, x: 0, y: 0, width: 6, focused: true)
        XCTAssertEqual(canvas.lines(), ["王芳李"])
        XCTAssertEqual(canvas[x: 0, y: 0].role, .cursor)
    }

    func testPlaceholderWhenEmptyAndUnfocused() {
        var canvas = Canvas(width: 12, height: 1)
        TextField(placeholder: "Name").draw(into: &canvas, x: 0, y: 0, width: 12, focused: false)
        XCTAssertEqual(canvas.lines(), ["Name"])
        XCTAssertEqual(canvas[x: 0, y: 0].role, .placeholder)
    }

    /// A suggested value is replaced by the first character typed, kept by a move.
    func testASuggestionIsReplacedByTyping() {
        var typed = TextField("2026-12-19")
        typed.isSuggestion = true
        for c in "2027-01-05" { typed.handle(.char(c)) }
        XCTAssertEqual(typed.text, "2027-01-05")
        var moved = TextField("2026-12-19")
        moved.isSuggestion = true
        moved.handle(.backspace)
        moved.handle(.char("8"))
        XCTAssertEqual(moved.text, "2026-12-18")
    }
}
