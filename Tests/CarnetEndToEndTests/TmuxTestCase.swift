import Foundation
import XCTest

/// What every tmux test shares: a scratch folder, a small store built with the command
/// line, and a session running the real app on it, killed in `tearDown`.
class TmuxTestCase: XCTestCase {
    var folder: ScratchFolder!
    var session: TmuxSession?
    var store: String { folder.path + "/store" }
    /// The app's cache folder (`XDG_CACHE_HOME`), where it keeps the store's snapshot.
    var cache: String { folder.path + "/cache" }

    override func setUpWithError() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        folder = ScratchFolder()
    }

    override func tearDown() {
        session?.kill()
        session = nil
    }

    @discardableResult
    func carnet(_ args: String..., file: StaticString = #filePath, line: UInt = #line) -> CarnetProcess.Result {
        CarnetProcess.run(args, dir: store, file: file, line: line)
    }

    /// Three people in two circles: Alice overdue, Bruno never seen, Chloé met at a meetup.
    func makeStore(file: StaticString = #filePath, line: UInt = #line) {
        for args in [
            ["init"],
            ["add", "Alice Martin", "--company", "Acme", "--circle", "Anciens collègues", "--cadence", "30d", "--met", "2024-03-12"],
            ["add", "Bruno Leroy", "--company", "Doctolib", "--circle", "Club", "--met", "2025-01-10"],
            ["add", "Chloé Dupont", "--company", "Datadog", "--circle", "Club", "--circle", "Anciens collègues", "--met", "2026-11-18"],
            ["log", "alice-martin", "--date", "2026-09-01", "--kind", "coffee", "--gave", "intro to Bob"],
        ] {
            let result = CarnetProcess.run(args, dir: store, file: file, line: line)
            XCTAssertEqual(result.status, 0, "carnet \(args.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        }
    }

    /// Starts the app in an 80×24 window (or as asked) and waits for it to show `ready`;
    /// `commandPrefix` runs in the pane's shell first (`trap '' HUP; `, say).
    @discardableResult
    func open(_ arguments: [String] = [], environment: [String: String] = [:], width: Int = 80, height: Int = 24,
              ready: String = "Alice Martin", commandPrefix: String = "",
              file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        // The snapshot of the store goes in the scratch folder, not the user's cache.
        let command = commandPrefix + TmuxSession.carnetCommand(
            dir: store, arguments: arguments,
            environment: ["TMPDIR": folder.path, "XDG_CACHE_HOME": cache].merging(environment) { $1 })
        let session = try TmuxSession(command: command, width: width, height: height)
        self.session = session
        session.waitFor(ready, file: file, line: line)
        return session
    }

    /// Filters the list down to Alice, opens her and snoozes her for a week (the detail view
    /// stays open).
    func snoozeAliceForAWeek(_ tmux: TmuxSession) {
        tmux.send("/")
        tmux.type("alice")
        tmux.waitGone("Bruno Leroy")
        tmux.send("Enter", "s")
        tmux.waitFor("For a week")
        tmux.send("1")
        tmux.waitGone("For a week")
    }

    /// The `carnet show ID --json` object, polled until `condition` holds (the app writes at once,
    /// but the test reads from another process).
    func shown(_ id: String, timeout: TimeInterval = 5, until condition: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String: Any]?
        repeat {
            let result = CarnetProcess.run(["show", id, "--json"], dir: store)
            last = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
            if let last, condition(last) { return last }
            usleep(100_000)
        } while Date() < deadline
        return last
    }

    /// Which of the store's people the screen names: one when a detail view is open.
    func namesOnScreen(_ screen: String) -> [String] {
        ["Alice Martin", "Bruno Leroy", "Chloé Dupont"].filter { screen.contains($0) }
    }
}
