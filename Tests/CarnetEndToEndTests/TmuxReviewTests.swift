import Foundation
import XCTest

/// The morning the app is for: open the demo at 80×24, see who to reconnect with and why,
/// log a coffee with one, snooze another, see the summary, quit.
final class TmuxReviewTests: TmuxTestCase {
    func testAMorningReviewOnTheDemo() throws {
        let tmux = try open(["--demo"], ready: "Contacts")
        tmux.send("3")
        tmux.waitFor("Today: reconnect with")
        tmux.send("r")
        tmux.waitFor("Daily review — 1 of")
        tmux.waitFor("Next step")
        tmux.send("l")
        tmux.waitFor("Log an interaction")
        tmux.send("Enter")                      // a coffee, today, with the person shown
        tmux.waitFor("Daily review — 2 of")
        tmux.send("s")
        tmux.waitFor("For a week")
        tmux.send("1")
        tmux.waitFor("Daily review — 3 of")
        tmux.send("Escape")
        tmux.waitFor("Review done")
        XCTAssertTrue(tmux.screen().contains("Logged 1 · snoozed 1 · skipped 0"), tmux.screen())
        tmux.send("x")
        tmux.waitGone("Review done")
        tmux.send("q")
        tmux.waitGone("Circle map")
    }

    func testASnoozedPersonLeavesTodaysList() throws {
        makeStore()
        let before = carnet("reconnect", "--json").stdout
        XCTAssertTrue(before.contains("\"alice-martin\""), before)
        let tmux = try open()
        tmux.send("3")
        tmux.waitFor("Today: reconnect with")
        tmux.waitFor("Alice Martin")
        tmux.send("s", "2")                     // the first on the list: Alice, for a month
        tmux.waitFor("Snoozed Alice Martin until 2026-12-22")
        let after = carnet("reconnect", "--json").stdout
        XCTAssertFalse(after.contains("\"alice-martin\""), after)
    }
}
