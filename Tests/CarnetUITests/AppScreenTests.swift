import CarnetCore
import XCTest
@testable import CarnetUI

/// Each screen rendered into the canvas at 80×24 and 120×40 and compared with golden text.
final class AppScreenTests: XCTestCase {
    func screens(_ name: String, _ setUp: (inout AppState) -> Void) {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = SampleNetwork.state(width: w, height: h)
            setUp(&state)
            assertGolden(RootView.render(state), name: "\(name)-\(w)x\(h)")
        }
    }

    func testContacts() { screens("contacts") { _ in } }
    func testContactsFiltered() { screens("contacts-filtered") { s in press([.char("/")], &s); type("helene", &s) } }
    func testDetail() { screens("detail") { s in press([.enter], &s) } }
    func testMonth() { screens("month") { s in press([.char("3")], &s) } }
    func testCircleMap() { screens("map") { s in press([.char("2"), .char("j")], &s) } }
    func testHelp() { screens("help") { s in press([.char("?")], &s) } }
    func testLogForm() { screens("log-form") { s in press([.char("l")], &s) } }
    func testAddForm() { screens("add-form") { s in press([.char("a")], &s) } }
    func testEventForm() { screens("event-form") { s in press([.char("v")], &s) } }
    func testSnoozePicker() { screens("snooze") { s in press([.char("s")], &s) } }
    func testReview() { screens("review") { s in press([.char("r")], &s) } }
    func testReviewSummary() { screens("review-summary") { s in press([.char("r"), .char("n"), .char("n"), .char("q")], &s) } }

    func testReadOnlyMarkerWinsOverTheDate() {
        let state = AppState(network: SampleNetwork.make(), today: SampleNetwork.today, width: 80, height: 24,
                             readOnly: "contacts:3: '2026-13-01' is not a date in 'met'")
        XCTAssertEqual(RootView.render(state).lines()[0],
                       " Carnet   1 Contacts   2 Circle map   3 This month         read-only · 6 people")
    }

    func testTooSmall() {
        let state = SampleNetwork.state(width: 39, height: 11)
        assertGolden(RootView.render(state), name: "too-small-39x11")
    }
}
