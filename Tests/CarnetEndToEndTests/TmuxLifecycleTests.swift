import Foundation
import XCTest

/// Starting and ending the real app: quit, SIGTERM, SIGHUP, the welcome screen, the demo,
/// and no terminal at all. Each way out leaves the terminal restored and the store intact.
final class TmuxLifecycleTests: TmuxTestCase {
    func testQuitWithQExitsZeroAndRestoresTheTerminal() throws {
        makeStore()
        let tmux = try open()
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        XCTAssertFalse(tmux.screen().contains("Alice Martin"), "the app's screen should be gone:\n\(tmux.screen())")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "0")
    }

    func testSIGTERMExitsZeroPromptly() throws {
        makeStore()
        let tmux = try open()
        let pid = try XCTUnwrap(tmux.carnetPID)
        kill(pid, SIGTERM)
        tmux.waitFor("carnet exited 0", timeout: 2)
        XCTAssertFalse(tmux.screen().contains("Alice Martin"))
        XCTAssertEqual(carnet("check").status, 0)
    }

    func testHangupEndsTheProcessAndKeepsTheStore() throws {
        makeStore()
        let tmux = try open()
        // Half a form typed, as when an SSH connection drops mid-sentence.
        tmux.send("l")
        tmux.waitFor("Log an interaction")
        tmux.type("half a sen")
        let pid = try XCTUnwrap(tmux.carnetPID)
        let before = folder.read("store/contacts")
        tmux.killSession()
        XCTAssertTrue(ProcessWatch.waitUntilGone(pid, timeout: 2), "carnet still runs 2 s after SIGHUP")
        let check = carnet("check")
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertEqual(folder.read("store/contacts"), before)
    }

    func testNoStoreOffersToCreateOne() throws {
        let tmux = try open(ready: "No store at")
        tmux.waitFor("c: create it")
        tmux.send("c")
        tmux.waitFor("Contacts")
        XCTAssertEqual(carnet("check").status, 0)
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    /// At 40 columns the welcome screen wraps, between the choices, and keeps them all.
    func testTheWelcomeScreenKeepsItsChoicesInANarrowTerminal() throws {
        let tmux = try open(width: 40, height: 12, ready: "No store at")
        tmux.waitFor("q: quit")
        XCTAssertTrue(tmux.screen().contains("c: create it · d: open the demo"), tmux.screen())
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    func testQuitFromTheWelcomeScreenCreatesNothing() throws {
        let tmux = try open(ready: "No store at")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store))
    }

    func testDemoRunsInATempCopyRemovedOnExit() throws {
        let tmux = try open(["--demo"], ready: "Contacts")
        tmux.wait("the demo's people") { $0.contains("Circle map") && $0.contains(" people") && !$0.contains(" 0 people") }
        XCTAssertEqual(try demoFolders(), 1)
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        XCTAssertEqual(try demoFolders(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store), "the demo must not touch the store")
    }

    func testWithoutATerminalItSaysSoAndExitsTwo() {
        makeStore()
        let result = carnet()  // stdin is /dev/null, stdout a pipe
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("needs a terminal"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    /// A terminal that cannot place the cursor (`dumb`), or that ncurses does not know, is
    /// said so, with status 2: the app drew a blank screen on `dumb`.
    func testATerminalThatCannotPlaceTheCursorIsRefused() throws {
        makeStore()
        for (term, says) in [("dumb", "terminal type 'dumb' cannot place the cursor"),
                             ("no-such-terminal", "cannot use terminal type 'no-such-terminal'")] {
            let tmux = try open(environment: ["TERM": term], ready: "carnet exited")
            let screen = tmux.screen().replacingOccurrences(of: "\n", with: " ")
            XCTAssertTrue(screen.contains(says) && screen.contains("carnet exited 2"), screen)
            tmux.killSession()
        }
    }

    /// The screen has a line for a theme's first mistake; all of them are listed, each
    /// as `file:line: message`, once the app has given the terminal back.
    func testEveryMistakeOfAThemeIsListedWhenTheAppQuits() throws {
        makeStore()
        folder.write("bad.theme", "normal = purple\nsparkle = red\ndue = yellow on\n")
        let tmux = try open(["--theme", folder.path + "/bad.theme"], width: 200)  // room for the path
        tmux.waitFor("and 2 more, listed when Carnet quits")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        let screen = tmux.screen()
        for line in ["bad.theme:1: unknown colour 'purple'", "bad.theme:2: unknown role 'sparkle'", "bad.theme:3: missing colour after 'on'"] {
            XCTAssertTrue(screen.contains(line), screen)
        }
    }

    func testABadThemeIsReportedNotFatal() throws {
        makeStore()
        let tmux = try open(["--theme", "no-such-theme"])
        tmux.waitFor("no-such-theme")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    private func demoFolders() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("carnet-demo-") }.count
    }
}
