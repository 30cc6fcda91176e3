import XCTest
import CarnetUI

final class ProgressBarTests: XCTestCase {
    func testParts() {
        let bar = ProgressBar.parts(value: 3, total: 5, barWidth: 10)
        XCTAssertEqual(bar.filled + bar.empty + " " + bar.label, "██████░░░░ 3/5")
        let ascii = ProgressBar.parts(value: 3, total: 5, barWidth: 10, ascii: true)
        XCTAssertEqual(ascii.filled + ascii.empty, "######----")
    }

    func testEdges() {
        XCTAssertEqual(ProgressBar.parts(value: 0, total: 5, barWidth: 4).filled, "")
        XCTAssertEqual(ProgressBar.parts(value: 1, total: 100, barWidth: 4).filled, "█")  // any progress shows
        XCTAssertEqual(ProgressBar.parts(value: 7, total: 5, barWidth: 4).filled, "████")
        XCTAssertEqual(ProgressBar.parts(value: 7, total: 5, barWidth: 4).label, "7/5")
        XCTAssertEqual(ProgressBar.parts(value: 0, total: 0, barWidth: 4).empty, "░░░░")
        XCTAssertEqual(ProgressBar.parts(value: 3, total: 5, barWidth: 0).filled, "")
    }

    func testDrawGivesTheBarWhatTheLabelLeaves() {
        var canvas = Canvas(width: 20, height: 2)
        XCTAssertEqual(ProgressBar.draw(into: &canvas, x: 0, y: 0, width: 14, value: 3, total: 5), 14)
        ProgressBar.draw(into: &canvas, x: 0, y: 1, width: 14, value: 5, total: 5, ascii: true)
        XCTAssertEqual(canvas.lines(), ["██████░░░░ 3/5", "########## 5/5"])
        XCTAssertEqual(canvas[x: 0, y: 0].role, .progress)
        XCTAssertEqual(canvas[x: 9, y: 0].role, .progressEmpty)
    }
}

final class ListViewTests: XCTestCase {
    let rows: [[Span]] = (1...10).map { i in
        [Span("Person \(i)"), Span("\(i)d", role: .dim)]
    }

    func testOffsetKeepsSelectionVisible() {
        XCTAssertEqual(ListView.offset(keeping: 0, from: 0, visibleRows: 4, count: 10), 0)
        XCTAssertEqual(ListView.offset(keeping: 5, from: 0, visibleRows: 4, count: 10), 2)
        XCTAssertEqual(ListView.offset(keeping: 3, from: 2, visibleRows: 4, count: 10), 2)
        XCTAssertEqual(ListView.offset(keeping: 1, from: 2, visibleRows: 4, count: 10), 1)
        XCTAssertEqual(ListView.offset(keeping: 9, from: 9, visibleRows: 4, count: 10), 6)
        XCTAssertEqual(ListView.offset(keeping: nil, from: 50, visibleRows: 4, count: 10), 6)
        XCTAssertEqual(ListView.offset(keeping: 3, from: 0, visibleRows: 4, count: 0), 0)
    }

    func testDrawHighlightsSelectionScrolledIntoView() {
        var canvas = Canvas(width: 16, height: 4)
        ListView.draw(into: &canvas, area: canvas.bounds,
                      columns: [.init(.fill(1)), .init(.fixed(3), alignRight: true)],
                      rows: rows, selected: 5, offset: 0)
        assertGolden(canvas, name: "list-scrolled")
        XCTAssertEqual(canvas[x: 0, y: 3].role, .selection)
        XCTAssertEqual(canvas[x: 0, y: 2].role, .normal)
        XCTAssertEqual(canvas[x: 14, y: 2].role, .dim)
    }

    func testUnfocusedSelection() {
        var canvas = Canvas(width: 16, height: 3)
        ListView.draw(into: &canvas, area: canvas.bounds, columns: [.init(.fill(1))],
                      rows: rows, selected: 0, offset: 0, focused: false)
        XCTAssertEqual(canvas[x: 3, y: 0].role, .selectionInactive)
    }
}

final class StatusBarTests: XCTestCase {
    func testHintsLeftInfoRightDroppingWhatDoesNotFit() {
        var canvas = Canvas(width: 30, height: 2)
        let hints: [StatusBar.Hint] = [("q", "quit"), ("?", "help"), ("/", "filter"), ("a", "add")]
        StatusBar.draw(into: &canvas, area: Rect(x: 0, y: 0, width: 30, height: 1), hints: hints, info: "12 contacts")
        StatusBar.draw(into: &canvas, area: Rect(x: 0, y: 1, width: 30, height: 1), hints: hints)
        assertGolden(canvas, name: "status-bar")
        XCTAssertEqual(canvas[x: 1, y: 0].role, .statusKey)
        XCTAssertEqual(canvas[x: 29, y: 0].role, .status)
    }
}

final class ModalAndHelpTests: XCTestCase {
    func testHelpOverlay() {
        var canvas = Canvas(width: 40, height: 10)
        canvas.fill(canvas.bounds, with: "·")
        HelpOverlay.draw(into: &canvas, rows: [
            (keys: "", description: "Move"),
            (keys: "j/↓", description: "next contact"),
            (keys: "k/↑", description: "previous contact"),
            (keys: "Tab", description: "next pane"),
            (keys: "?", description: "this help"),
        ])
        assertGolden(canvas, name: "help-overlay")
        XCTAssertEqual(canvas[x: 9, y: 3].role, .key)
        XCTAssertEqual(canvas[x: 9, y: 2].role, .header)
    }

    func testModalIsCenteredAndReturnsInside() {
        var canvas = Canvas(width: 20, height: 7)
        let inside = Modal.draw(into: &canvas, title: "Delete?", width: 14, height: 5)
        XCTAssertEqual(inside, Rect(x: 5, y: 2, width: 10, height: 3))
        canvas.put("Sure?", x: inside.x, y: inside.y)
        assertGolden(canvas, name: "modal")
    }
}

final class FormTests: XCTestCase {
    func makeForm() -> Form {
        Form([
            .text("name", label: "Name", required: true),
            .date("met", label: "Met"),
            .date("birthday", label: "Birthday", yearOptional: true),
            .choice("kind", label: "Kind", options: ["coffee", "call", "message"], value: "call"),
        ])
    }

    func testNavigationAndEditing() {
        var form = makeForm()
        for c in "Zoé" { form.handle(.char(c)) }
        form.handle(.tab)
        for c in "2026-02-30" { form.handle(.char(c)) }
        form.handle(.down)
        form.handle(.down)
        XCTAssertEqual(form.focus, 3)
        form.handle(.right)
        XCTAssertEqual(form["kind"], "message")
        form.handle(.right)
        XCTAssertEqual(form["kind"], "coffee")
        form.handle(.backTab)
        XCTAssertEqual(form.focus, 2)
        XCTAssertFalse(form.handle(.enter))
        XCTAssertEqual(form.values["name"], "Zoé")
    }

    func testValidation() {
        var form = makeForm()
        form.focus = 1
        for c in "2026-02-30" { form.handle(.char(c)) }
        form.focus = 2
        for c in "02-29" { form.handle(.char(c)) }
        XCTAssertFalse(form.validate())
        XCTAssertEqual(form.fields[0].error, "Name is required")
        XCTAssertEqual(form.fields[1].error, "'2026-02-30' is not a date (YYYY-MM-DD)")
        XCTAssertNil(form.fields[2].error)
        XCTAssertEqual(form.focus, 0)

        var canvas = Canvas(width: 52, height: 7)
        form.draw(into: &canvas, area: canvas.bounds)
        assertGolden(canvas, name: "form-errors")

        form.handle(.char("Z"))
        XCTAssertNil(form.fields[0].error)  // typing clears the error
        form.setError("already exists", for: "name")
        XCTAssertFalse(form.isValid)
    }

    func testDates() {
        XCTAssertTrue(Form.isDate("2024-02-29"))
        XCTAssertFalse(Form.isDate("2023-02-29"))
        XCTAssertFalse(Form.isDate("1900-02-29"))
        XCTAssertTrue(Form.isDate("2000-02-29"))
        XCTAssertFalse(Form.isDate("2026-13-01"))
        XCTAssertFalse(Form.isDate("2026-1-01"))
        XCTAssertFalse(Form.isDate("05-24"))
        XCTAssertTrue(Form.isDate("05-24", yearOptional: true))
        XCTAssertTrue(Form.isDate("02-29", yearOptional: true))
        XCTAssertFalse(Form.isDate("04-31", yearOptional: true))
    }
}

final class KeyTests: XCTestCase {
    func testDescriptionsForHelp() {
        XCTAssertEqual(Key.up.description, "↑")
        XCTAssertEqual(Key.enter.description, "Enter")
        XCTAssertEqual(Key.ctrl("g").description, "Ctrl-G")
        XCTAssertEqual(Key.function(5).description, "F5")
        XCTAssertEqual(Key.char(" ").description, "Space")
        XCTAssertEqual(Key.char("q").description, "q")
        XCTAssertEqual(Key.backTab.description, "Shift-Tab")
    }
}
