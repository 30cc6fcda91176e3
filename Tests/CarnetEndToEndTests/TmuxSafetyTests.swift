import Foundation
import XCTest

/// Nothing from the data reaches the terminal as a control sequence.
final class TmuxSafetyTests: TmuxTestCase {
    func testAHostileNameIsShownInert() throws {
        makeStore()
        // Written by hand, as a synced or imported file might be: clear the screen, set the
        // window title, blink.
        let hostile = "Evil\u{1B}[2J\u{1B}]2;HACKED\u{07}\u{1B}[5mName\u{9B}31m"
        var contacts = folder.read("store/contacts")
        contacts += "\nid: evil-name\nname: \(hostile)\ncompany: Bad Corp\n"
        folder.write("store/contacts", contacts)

        let tmux = try open(ready: "Bad Corp")
        tmux.waitFor("Alice Martin")
        let plain = tmux.screen()
        XCTAssertTrue(plain.contains("Contacts"), "the screen was cleared:\n\(plain)")
        XCTAssertFalse(plain.contains("HACKED") && plain.contains("]2;"), plain)
        XCTAssertNotEqual(tmux.display("#{pane_title}"), "HACKED")
        let styled = tmux.screen(escapes: true)
        XCTAssertFalse(styled.contains("\u{1B}]"), "an OSC sequence reached the terminal")
        XCTAssertFalse(styled.contains("\u{1B}[2J"))
        XCTAssertFalse(styled.contains("\u{07}"))
    }

    func testAStoreWithErrorsOpensReadOnlyAndIsNotWritten() throws {
        makeStore()
        folder.write("store/contacts", folder.read("store/contacts") + "\nid: broken\nname: Broken Date\nmet: 2026-13-01\n")
        let before = (folder.read("store/contacts"), folder.read("store/journal"))
        let tmux = try open()
        tmux.waitFor("2026-13-01")  // the reason, on the message line
        tmux.send("l")
        tmux.waitFor("Read-only")
        XCTAssertFalse(tmux.screen().contains("Log an interaction"))
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        XCTAssertEqual(folder.read("store/contacts"), before.0)
        XCTAssertEqual(folder.read("store/journal"), before.1)
    }
}
