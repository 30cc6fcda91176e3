import XCTest
import CarnetCore
@testable import CarnetUI

final class CircleMapViewTests: XCTestCase {
    func render(width: Int, height: Int, selection: Int = 1, network: Network = CircleMapFixture.network) -> Canvas {
        let state = CircleMapFixture.state(width: width, height: height, selection: selection, network: network)
        let area = CircleMapFixture.paneArea(width: width, height: height)
        var canvas = Canvas(width: area.width, height: area.height)
        CircleMapView.draw(into: &canvas, area: area, state: state)
        return canvas
    }

    // MARK: - Golden screens

    func testGolden80x24() {
        assertGolden(render(width: 80, height: 24), name: "circle-map-80x24")
    }

    func testGolden120x40() {
        assertGolden(render(width: 120, height: 40), name: "circle-map-120x40")
    }

    func testGolden200x60() {
        assertGolden(render(width: 200, height: 60), name: "circle-map-200x60")
    }

    func testNoCircles() {
        var network = Network()
        network.upsert(Contact(id: "a", name: "Alice"))
        let canvas = render(width: 80, height: 24, selection: 0, network: network)
        assertGolden(canvas, name: "circle-map-no-circles")
        let text = canvas.lines().joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(text.contains(Strings.english.noCircles))
    }

    /// Forty circles: chips at 80×24, still bubbles at 200×60.
    func testFortyCircles() {
        let network = CircleMapModelTests.bigNetwork(people: 400, circles: 40)
        assertGolden(render(width: 80, height: 24, selection: 25, network: network), name: "circle-map-40-circles-80x24")
        let large = render(width: 200, height: 60, selection: 25, network: network)
        assertGolden(large, name: "circle-map-40-circles-200x60")
        XCTAssertTrue(large.lines().joined().contains("┏"), "the selected bubble is drawn")
    }

    /// The chips fallback shows the page holding the selection, even the last entry.
    func testChipsPageFollowsSelection() {
        let network = CircleMapModelTests.bigNetwork(people: 400, circles: 40)
        let text = render(width: 60, height: 16, selection: 40, network: network).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("[┆Outside any circle: 58┆]"), text)
    }

    // MARK: - Selection

    /// The selected bubble is the only one in heavy lines, in the focused border role, and
    /// the detail lines follow it.
    func testSelectionMoves() {
        let area = CircleMapFixture.paneArea(width: 80, height: 24)
        let model = CircleMapModel(network: CircleMapFixture.network, today: CircleMapFixture.today)
        let grid = CircleMapGrid.best(count: model.circles.count + 1, in: Rect(x: 0, y: 1, width: 80, height: 17))!
        for selection in 0...model.circles.count {
            let canvas = render(width: 80, height: 24, selection: selection)
            var focused: [(Int, Int)] = []
            for y in 0..<area.height {
                for x in 0..<area.width where canvas[x: x, y: y].role == .borderFocused { focused.append((x, y)) }
            }
            XCTAssertFalse(focused.isEmpty, "selection \(selection)")
            let slot = grid.slot(selection)
            for (x, y) in focused {
                XCTAssertTrue(slot.contains(x: x, y: y), "selection \(selection): (\(x), \(y)) outside \(slot)")
                XCTAssertTrue("┏┓┗┛━┃┠┨┯┷".contains(canvas[x: x, y: y].character), "selection \(selection) at (\(x), \(y))")
            }
            let detail = canvas.lines()[area.height - 3]
            let expected = selection < model.circles.count ? model.circles[selection].name : Strings.english.outsideCircles
            XCTAssertTrue(detail.hasPrefix(expected), "selection \(selection): \(detail)")
        }
    }

    func testSelectionPastTheEndIsClamped() {
        XCTAssertEqual(render(width: 80, height: 24, selection: 99).lines(), render(width: 80, height: 24, selection: 6).lines())
    }

    // MARK: - Staying inside the area

    /// Whatever the size and the network, nothing is written outside `area`.
    func testNothingDrawnOutsideArea() {
        let networks = [CircleMapFixture.network, CircleMapModelTests.bigNetwork(people: 400, circles: 40), Network()]
        let areas = [Rect(x: 3, y: 2, width: 80, height: 20), Rect(x: 10, y: 4, width: 40, height: 8),
                     Rect(x: 0, y: 0, width: 200, height: 56), Rect(x: 5, y: 5, width: 120, height: 36),
                     Rect(x: 1, y: 1, width: 12, height: 3), Rect(x: 2, y: 2, width: 1, height: 1)]
        for network in networks {
            let state = CircleMapFixture.state(width: 220, height: 70, selection: 3, network: network)
            for area in areas {
                var canvas = Canvas(width: 210, height: 66)
                canvas.fill(canvas.bounds, with: "#")
                CircleMapView.draw(into: &canvas, area: area, state: state)
                for y in 0..<canvas.height {
                    for x in 0..<canvas.width where !area.contains(x: x, y: y) {
                        XCTAssertEqual(canvas[x: x, y: y].character, "#", "\(area): (\(x), \(y))")
                        if canvas[x: x, y: y].character != "#" { return }
                    }
                }
            }
        }
    }

    /// Wide names never leave half a character: every row holds exactly the pane's width.
    func testAccentsAndCJKAlign() {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let canvas = render(width: w, height: h)
            for line in canvas.lines() { XCTAssertLessThanOrEqual(line.displayWidth, w) }
            let text = canvas.lines().joined(separator: "\n")
            XCTAssertTrue(text.contains("東京 Tech"), "\(w)×\(h)")
            XCTAssertTrue(text.contains("Association Ég"), "\(w)×\(h)")
        }
    }
}
