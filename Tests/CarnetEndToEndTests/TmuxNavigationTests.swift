import Foundation
import XCTest

/// Moving around the real app in tmux: panes, the list, the filter, the detail view, resizes.
final class TmuxNavigationTests: TmuxTestCase {
    func testOpensOnTheContactsWithThePanesNamed() throws {
        makeStore()
        let tmux = try open()
        for text in ["Contacts", "Circle map", "This month", "Alice Martin", "Bruno Leroy", "Chloé Dupont"] {
            tmux.waitFor(text)
        }
    }

    func testJMovesTheSelectionAndEnterOpensThatPerson() throws {
        makeStore()
        let tmux = try open()
        tmux.send("Enter")
        var first: [String] = []
        tmux.wait("a detail view naming one person") { first = self.namesOnScreen($0); return first.count == 1 }
        tmux.send("Escape")
        tmux.wait("the list again") { self.namesOnScreen($0).count == 3 }
        tmux.send("j", "Enter")
        var second: [String] = []
        tmux.wait("a detail view naming one person") { second = self.namesOnScreen($0); return second.count == 1 }
        XCTAssertNotEqual(first, second, "j should have moved to another person")
    }

    func testTabAndDigitsSwitchPanes() throws {
        makeStore()
        let tmux = try open()
        let contactsOnly = "Doctolib"  // a company: shown in the list, not on the map nor this month
        tmux.waitFor(contactsOnly)
        tmux.send("Tab")
        tmux.waitGone(contactsOnly)
        tmux.waitFor("Club")  // the map names the circles
        tmux.send("Tab")
        tmux.waitFor("Alice Martin")  // due for a while: on today's reconnect list
        tmux.send("1")
        tmux.waitFor(contactsOnly)
        tmux.send("3")
        tmux.waitGone(contactsOnly)
        tmux.send("2")
        tmux.waitFor("Club")
        tmux.send("BTab")
        tmux.waitFor(contactsOnly)
    }

    func testSlashFiltersAsYouTypeAndEnterOpensTheMatch() throws {
        makeStore()
        let tmux = try open()
        tmux.send("/")
        tmux.type("chlo")
        tmux.waitGone("Alice Martin")
        tmux.waitFor("Chloé Dupont")
        XCTAssertFalse(tmux.screen().contains("Bruno Leroy"))
        tmux.send("Enter", "Enter")
        tmux.waitFor("Datadog")
        tmux.wait("Chloé's detail view") { self.namesOnScreen($0) == ["Chloé Dupont"] }
    }

    /// With no locale at all (LANG=C, as over SSH to a box with none set), an accented
    /// letter is read as one character: in the C locale its first byte was taken for a
    /// character that never ended, and every key after it was lost until Esc.
    func testAccentsAreTypedInTheCLocale() throws {
        makeStore()
        let tmux = try open(environment: ["LANG": "C", "LC_ALL": "C"])
        tmux.send("/")
        tmux.type("chloé")
        tmux.waitFor("1 of 3")
        tmux.send("Enter", "Enter")
        tmux.waitFor("Datadog")
        XCTAssertTrue(tmux.screen().contains("Chloé Dupont"), tmux.screen())
    }

    func testResizeToTheSmallestAndBackRedraws() throws {
        makeStore()
        let tmux = try open()
        tmux.resize(width: 40, height: 12)
        tmux.wait("a 40-column screen with a name") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 40 } && screen.contains("Alice")
        }
        tmux.resize(width: 30, height: 10)
        tmux.waitFor("too small")
        tmux.resize(width: 80, height: 24)
        tmux.waitFor("Chloé Dupont")
        tmux.waitGone("too small")
        tmux.resize(width: 200, height: 60)
        tmux.waitFor("Alice Martin")
    }

    /// The app puts into ncurses only the rows that differ from the frame shown: after moves,
    /// the screen is the one drawn whole (every row put again after a resize to another size
    /// and back) for the same selection, with the same person in reverse video. (Compared
    /// as text: tmux writes the same cells with other escapes after a repaint.)
    func testRowsDrawnAloneAddUpToTheWholeScreen() throws {
        func shown(_ tmux: TmuxSession) -> (text: String, selected: [String]) {
            let rows = tmux.screen(escapes: true).split(separator: "\n")
            return (tmux.screen(), namesOnScreen(rows.filter { $0.contains("\u{1b}[0;7m") || $0.contains("\u{1b}[7m") }
                .joined(separator: "\n")))
        }
        makeStore()
        var tmux = try open()
        tmux.send("2")
        tmux.waitFor("Club")
        tmux.send("1", "j", "j", "k", "Enter", "Escape")
        tmux.waitFor("Doctolib")
        usleep(300_000)
        let moved = shown(tmux)
        XCTAssertEqual(moved.selected, ["Bruno Leroy"], tmux.screen(escapes: true))
        tmux.send("q")
        tmux.waitFor("carnet exited 0")

        tmux = try open()
        tmux.send("j")
        tmux.wait("Bruno selected") { _ in shown(tmux).selected == ["Bruno Leroy"] }
        tmux.resize(width: 60, height: 20)
        tmux.waitGone("3 people")  // the narrower header has no room for the count
        tmux.resize(width: 80, height: 24)
        tmux.wait("the same screen, drawn whole") { _ in shown(tmux) == moved }
    }
}
