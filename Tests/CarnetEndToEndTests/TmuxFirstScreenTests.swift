import Foundation
import XCTest

/// The first screen a start keeps for the next one, shown while the store is read
/// (docs/store-format.md, "The first screen"): whatever happened in between, what stays on
/// the screen is what the store gives.
final class TmuxFirstScreenTests: TmuxTestCase {
    private var keptScreen: String? {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/carnet")) ?? [])
            .first { $0.hasSuffix(".snapshot.screen") }.map { cache + "/carnet/" + $0 }
    }

    private func keptTime() -> Date? {
        keptScreen.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }
    }

    private func waitForKeptScreen(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while keptScreen == nil && Date() < deadline { usleep(20_000) }
        XCTAssertNotNil(keptScreen, "the first start should keep its first screen in \(cache)/carnet", file: file, line: line)
    }

    /// The screen a start without any kept screen or snapshot shows, to compare with.
    private func screenReadFromText(ready: String = "Alice Martin") throws -> String {
        let tmux = try open(environment: ["CARNET_NO_SNAPSHOT": "1"], ready: ready)
        let screen = tmux.screen()
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        return screen
    }

    private func quit(_ tmux: TmuxSession) {
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    func testTheNextStartShowsTheSameScreenAndAnOutsideEditIsShown() throws {
        makeStore()
        var tmux = try open()
        waitForKeptScreen()
        let first = tmux.screen()
        quit(tmux)

        tmux = try open()
        XCTAssertEqual(tmux.screen(), first)
        // Still the app, not a picture of it: the keys work.
        tmux.send("/")
        tmux.type("chlo")
        tmux.waitGone("Bruno Leroy")
        tmux.send("Escape", "Escape")
        quit(tmux)

        // Bruno called yesterday, logged by another program while Carnet was closed.
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: store + "/journal"))
        journal.seekToEndOfFile()
        journal.write(Data("2026-11-21 call @bruno-leroy\n".utf8))
        journal.closeFile()
        tmux = try open(ready: "1d")
        let edited = tmux.screen()
        XCTAssertNotEqual(edited, first)
        quit(tmux)
        XCTAssertEqual(try screenReadFromText(), edited)
    }

    /// A snooze changes the contacts file: quitting keeps the first screen the next start
    /// will give, and that start shows what reading the files shows.
    func testAChangeMadeInTheSessionIsOnTheNextFirstScreen() throws {
        makeStore()
        var tmux = try open(width: 120, height: 40)
        waitForKeptScreen()
        let before = try XCTUnwrap(keptTime())
        usleep(20_000)
        snoozeAliceForAWeek(tmux)
        tmux.send("Escape", "Escape", "q")
        tmux.waitFor("carnet exited 0")
        XCTAssertGreaterThan(try XCTUnwrap(keptTime()), before, "quitting after a change keeps a new first screen")

        tmux = try open(width: 120, height: 40)
        let next = tmux.screen()
        quit(tmux)
        let fromText = try open(environment: ["CARNET_NO_SNAPSHOT": "1"], width: 120, height: 40)
        XCTAssertEqual(fromText.screen(), next)
        quit(fromText)
    }

    /// A name whose letter carries 200 accents makes a cell too long to keep: the app runs
    /// and quits as usual, and keeps no first screen (the one kept before goes).
    func testAScreenWithAGraphemeTooLongToKeepIsNotKept() throws {
        makeStore()
        var tmux = try open()
        waitForKeptScreen()
        quit(tmux)
        let added = carnet("add", "Ze" + String(repeating: "\u{301}", count: 200) + "d Tester")
        XCTAssertEqual(added.status, 0, added.stderr)
        tmux = try open(ready: "Tester")
        quit(tmux)
        XCTAssertNil(keptScreen)
        tmux = try open(ready: "Tester")
        XCTAssertTrue(tmux.screen().contains("Chloé Dupont"))
        quit(tmux)
    }

    /// Another size, or a kept file that is damaged or not one at all: the start reads the
    /// store as without one, and the screen is right.
    func testAnotherSizeOrADamagedFileIsNotShown() throws {
        makeStore()
        var tmux = try open()
        waitForKeptScreen()
        quit(tmux)
        let path = try XCTUnwrap(keptScreen)

        tmux = try open(width: 100, height: 30)
        let wider = tmux.screen()
        XCTAssertTrue(wider.contains("Chloé Dupont"))
        quit(tmux)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
        tmux = try open()
        let shown = tmux.screen()
        quit(tmux)
        XCTAssertEqual(try screenReadFromText(), shown)

        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        tmux = try open()
        XCTAssertEqual(tmux.screen(), shown)
        quit(tmux)
    }
}
