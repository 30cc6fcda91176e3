import Foundation
import XCTest

/// Changes made in the real app, read back with the command line: every change is on
/// disk as soon as the screen says so.
final class TmuxChangeTests: TmuxTestCase {
    func testLogAnInteractionThroughTheForm() throws {
        makeStore()
        let tmux = try open()
        tmux.send("/")
        tmux.type("bruno")
        tmux.waitGone("Alice Martin")
        tmux.send("Enter", "l")
        tmux.waitFor("Log an interaction")
        // with, kind, channel, exchange, what, note: the note is five fields down.
        tmux.send("Tab", "Tab", "Tab", "Tab", "Tab")
        tmux.type("Talked about MLOps")
        tmux.send("Enter")
        tmux.waitGone("Log an interaction")
        let json = shown("bruno-leroy") { json in
            (json["interactions"] as? [[String: Any]] ?? []).contains { $0["note"] as? String == "Talked about MLOps" }
        }
        let interactions = json?["interactions"] as? [[String: Any]] ?? []
        let logged = interactions.first { $0["note"] as? String == "Talked about MLOps" }
        XCTAssertNotNil(logged, "carnet show bruno-leroy --json: \(json ?? [:])")
        XCTAssertEqual(logged?["kind"] as? String, "coffee")
        XCTAssertEqual(logged?["date"] as? String, "2026-11-22")
        XCTAssertEqual(carnet("check").status, 0)
    }

    func testSnoozeForAWeek() throws {
        makeStore()
        let tmux = try open()
        snoozeAliceForAWeek(tmux)
        let json = shown("alice-martin") { ($0["contact"] as? [String: Any])?["snoozedUntil"] as? String == "2026-11-29" }
        let contact = json?["contact"] as? [String: Any]
        XCTAssertEqual(contact?["snoozedUntil"] as? String, "2026-11-29", "\(json ?? [:])")
        XCTAssertTrue(folder.read("store/contacts").contains("snoozed-until: 2026-11-29"))
    }

    func testNoteInTheEditorIsSavedAndTheTempFileRemoved() throws {
        makeStore()
        // An "editor" that appends a line: run by carnet without a shell, with the file as $0.
        let editor = #"sh -c 'printf "Likes sailing.\n" >> "$0"'"#
        let tmux = try open(environment: ["VISUAL": editor])
        tmux.send("/")
        tmux.type("chlo")
        tmux.waitGone("Alice Martin")
        tmux.send("Enter", "n")
        let json = shown("chloe-dupont") { ($0["contact"] as? [String: Any])?["note"] as? String == "Likes sailing." }
        XCTAssertEqual((json?["contact"] as? [String: Any])?["note"] as? String, "Likes sailing.", "\(json ?? [:])")
        tmux.waitFor("Chloé Dupont")  // the screen is back
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("carnet-note-") }
        XCTAssertEqual(leftovers, [])
    }

    func testAChangeMadeOutsideShowsUpWithoutWritingOverIt() throws {
        makeStore()
        let tmux = try open()
        XCTAssertEqual(carnet("add", "Dora Petit", "--company", "Qonto").status, 0)
        tmux.waitFor("Dora Petit", timeout: 5)
        XCTAssertEqual(carnet("check").status, 0)
        XCTAssertTrue(folder.read("store/contacts").contains("name: Dora Petit"))
    }

    /// The app lets go of its network before reading the changed store (it would otherwise
    /// hold two); the person selected is found again by id, though a record written above
    /// theirs moved every position in the file.
    func testThePersonSelectedStaysSelectedWhenTheStoreIsReadAgain() throws {
        makeStore()
        let tmux = try open()
        tmux.send("j", "j")  // Chloé Dupont, third by name and in the file
        try writeARecordAboveEveryone()
        tmux.waitFor("Aaron Abel", timeout: 5)
        assertTheDetailsAreChloés(tmux)
    }

    /// The same when the store is read again because a form's save found the file changed:
    /// that reload too lets go of the network first (the form stays open), so the list
    /// still has Chloé selected once the form is closed, not whoever took her place.
    func testThePersonSelectedStaysSelectedWhenASaveFindsTheStoreChanged() throws {
        makeStore()
        let tmux = try open()
        tmux.send("j", "j", "e")
        tmux.waitFor("Edit")
        tmux.send("Tab", "Tab")
        tmux.type("Founder")
        try writeARecordAboveEveryone()
        tmux.waitFor("changed on disk")
        tmux.send("Enter")
        tmux.waitFor("nothing was written")
        tmux.send("Escape")
        tmux.waitFor("Esc again to discard")
        tmux.send("Escape")
        tmux.waitFor("Aaron Abel", timeout: 5)
        assertTheDetailsAreChloés(tmux)
    }

    /// A pasted line break lands in the field, not on Enter: a paste of two lines saved
    /// the form with the first and ran the second as commands (`s` snoozed someone).
    func testAPasteIsTextForTheFieldNotKeys() throws {
        makeStore()
        let tmux = try open()
        tmux.send("a")
        tmux.waitFor("Add a person")
        tmux.paste("Jane Paste\nsecond line s1")
        tmux.waitFor("Jane Paste second line s1")
        XCTAssertTrue(tmux.screen().contains("Add a person"), "the form is still open:\n\(tmux.screen())")
        tmux.send("Escape", "Escape")
        tmux.waitGone("Add a person")
        tmux.paste("s1")
        tmux.waitFor("Pasted text goes into a field")
        XCTAssertFalse(folder.read("store/contacts").contains("Jane"))
        XCTAssertFalse(folder.read("store/contacts").contains("snoozed-until"))
    }

    /// A form open while the contacts file is broken, then fixed, from outside: the save
    /// that found the store broken leaves the form open, and once the file is fixed the next
    /// save reads the store again, then the one after writes what was typed.
    func testAFormSavesWhatWasTypedOnceABrokenFileIsFixed() throws {
        makeStore()
        let tmux = try open()
        tmux.send("e")
        tmux.waitFor("Edit")
        tmux.send("Tab", "Tab")
        tmux.type("Founder")
        let path = folder.path + "/store/contacts"
        let good = folder.read("store/contacts")
        folder.write("store/contacts", good + "\nthis line has no colon\n")
        tmux.waitFor("changed on disk")
        tmux.send("Enter")
        tmux.waitFor("nothing was written")
        tmux.waitFor("read-only")
        tmux.send("Enter")
        tmux.waitFor("will not write")
        try good.write(toFile: path, atomically: true, encoding: .utf8)
        tmux.send("Enter")
        tmux.waitFor("fixed on disk")
        tmux.send("Enter")
        tmux.waitGone("Edit")
        XCTAssertTrue(folder.read("store/contacts").contains("role: Founder"), folder.read("store/contacts"))
        XCTAssertEqual(carnet("check").status, 0)
    }

    /// Aaron Abel, first by name and in the file: every position after him moves by one.
    private func writeARecordAboveEveryone() throws {
        let path = folder.path + "/store/contacts"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines.insert(contentsOf: ["", "id: aaron-abel", "name: Aaron Abel"], at: 1)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func assertTheDetailsAreChloés(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) {
        tmux.send("Enter")
        tmux.waitFor("Why now")
        let screen = tmux.screen()  // when and where they met is in the details only
        XCTAssertTrue(screen.contains("2026-11-18") && !screen.contains("2025-01-10"),
                      "the details of Chloé Dupont:\n\(screen)", file: file, line: line)
        XCTAssertEqual(carnet("check").status, 0, file: file, line: line)
    }

    func testAFormSavedAfterAnOutsideChangeWritesNothingAndStaysOpen() throws {
        makeStore()
        let tmux = try open()
        tmux.send("e")
        tmux.waitFor("Edit")
        tmux.send("Tab", "Tab")
        tmux.type("Founder")  // the role
        XCTAssertEqual(carnet("edit", "alice-martin", "--company", "Globex").status, 0)
        tmux.waitFor("changed on disk")  // noticed within a tick, and the form kept
        tmux.send("Enter")
        tmux.waitFor("nothing was written")
        let contacts = folder.read("store/contacts")
        XCTAssertTrue(contacts.contains("company: Globex"), contacts)
        XCTAssertFalse(contacts.contains("Founder"), "the form wrote over the outside change:\n\(contacts)")
        XCTAssertTrue(tmux.screen().contains("Founder"), "what the user typed should still be in the form")
        XCTAssertEqual(carnet("check").status, 0)
    }
}

/// `w` in a person's details hands one checked link to the opener, as one argument.
final class TmuxOpenLinkTests: TmuxTestCase {
    func testTheOpenerGetsTheLinkAsOneArgumentAndNoShell() throws {
        makeStore()
        carnet("edit", "alice", "--url", "https://www.linkedin.com/in/alice-martin?x=1&y=$(touch${IFS}/tmp/pwned)")
        let record = folder.path + "/opened"
        let opener = folder.path + "/opener.sh"
        try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> \(record); done\n"
            .write(toFile: opener, atomically: true, encoding: .utf8)
        chmod(opener, 0o700)
        let tmux = try open(environment: ["CARNET_OPENER": opener])
        tmux.send("Enter")
        tmux.waitFor("Why now")
        tmux.send("w")
        tmux.waitFor("Opened https://")
        XCTAssertEqual(try String(contentsOfFile: record, encoding: .utf8),
                       "https://www.linkedin.com/in/alice-martin?x=1&y=$(touch${IFS}/tmp/pwned)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/pwned"))
    }
}
