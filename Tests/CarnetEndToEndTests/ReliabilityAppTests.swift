#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// Promises 3, 5 and 6 of docs/reliability.md for the full-screen app, in tmux: signals,
/// resize storms and a vanishing terminal end it promptly or leave it responsive, it never
/// spins, hostile text is drawn inert, and changes made outside while it runs show up.
final class ReliabilityAppTests: TmuxTestCase {
    /// utime + stime of a process, in clock ticks (Linux /proc).
    static func cpuTicks(_ pid: Int32) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    static func state(_ pid: Int32) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(close, offsetBy: 2)]
    }

    /// CPU used over `seconds`, in milliseconds (ticks are 10 ms here).
    static func cpuMilliseconds(_ pid: Int32, over seconds: Double) -> Int? {
        guard let a = cpuTicks(pid) else { return nil }
        usleep(UInt32(seconds * 1_000_000))
        guard let b = cpuTicks(pid) else { return nil }
        return (b - a) * 1000 / Int(sysconf(Int32(_SC_CLK_TCK)))
    }

    func testIdleAppUsesNoCPU() throws {
        makeStore()
        let tmux = try open()
        let pid = try XCTUnwrap(tmux.carnetPID)
        usleep(300_000)
        let used = try XCTUnwrap(Self.cpuMilliseconds(pid, over: 2))
        XCTAssertLessThanOrEqual(used, 50, "an idle app sleeps in its read")
        Torture.report("app: idle 2 s → \(used) ms CPU")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    func testAResizeStormLeavesItDrawingAndIdle() throws {
        makeStore()
        let tmux = try open()
        let pid = try XCTUnwrap(tmux.carnetPID)
        let sizes = [(10, 3), (200, 60), (40, 10), (1, 1), (120, 40), (79, 23), (30, 5), (160, 50)]
        let storms = Torture.iterations(40, torture: 400)
        for i in 0..<storms {
            let (w, h) = sizes[i % sizes.count]
            tmux.resize(width: w, height: h)
        }
        tmux.resize(width: 80, height: 24)
        tmux.waitFor("Alice Martin")
        XCTAssertFalse(ProcessWatch.isGone(pid), "still running")
        usleep(300_000)
        let used = try XCTUnwrap(Self.cpuMilliseconds(pid, over: 1))
        XCTAssertLessThanOrEqual(used, 40, "idle again after the storm")
        tmux.send("j")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        Torture.report("app: \(storms) resizes, then idle 1 s → \(used) ms CPU, quits 0")
    }

    /// Ctrl-Z from an interactive shell with job control, then `fg`: the terminal is given
    /// back while stopped, and the app comes back drawn and answering keys.
    func testCtrlZSuspendsAndFgResumes() throws {
        makeStore()
        let tmux = try TmuxSession(command: "env -i PATH=/usr/bin:/bin TERM=screen PS1='$ ' bash --norc --noprofile -i")
        session = tmux
        tmux.waitFor("$")
        let line = TmuxSession.carnetCommand(dir: store, environment: ["TMPDIR": folder.path])
            .replacingOccurrences(of: "; sleep 600", with: "")
        tmux.type(line)
        tmux.send("Enter")
        tmux.waitFor("Alice Martin")
        let pid = try XCTUnwrap(tmux.carnetPID)
        tmux.send("C-z")
        let deadline = Torture.now() + 2
        while ReliabilityAppTests.state(pid) != "T" && Torture.now() < deadline { usleep(20_000) }
        XCTAssertEqual(ReliabilityAppTests.state(pid), "T", "Ctrl-Z stops it")
        tmux.waitFor("Stopped")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "0", "the shell gets its screen back")
        tmux.type("fg")
        tmux.send("Enter")
        tmux.waitFor("Alice Martin")
        XCTAssertNotEqual(ReliabilityAppTests.state(pid), "T")
        tmux.send("/")
        tmux.type("bruno")
        tmux.waitGone("Alice Martin")  // it still answers keys
        let used = try XCTUnwrap(Self.cpuMilliseconds(pid, over: 1))
        XCTAssertLessThanOrEqual(used, 40, "idle after resuming")
        tmux.send("Escape", "Escape", "q")
        XCTAssertTrue(ProcessWatch.waitUntilGone(pid, timeout: 2), "q quits after fg")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "0")
        Torture.report("app: Ctrl-Z stops it and gives the screen back, fg brings it back answering keys")
    }

    /// SIGTSTP sent by another process (not the terminal): stopped, or — when its process
    /// group is orphaned, as under a shell without job control, where the kernel drops
    /// SIGTSTP — running on; then SIGCONT, and it answers keys either way.
    func testSIGTSTPThenSIGCONTLeavesItAnswering() throws {
        makeStore()
        let tmux = try open()
        let pid = try XCTUnwrap(tmux.carnetPID)
        kill(pid, SIGTSTP)
        usleep(300_000)
        kill(pid, SIGCONT)
        usleep(200_000)
        XCTAssertNotEqual(ReliabilityAppTests.state(pid), "T")
        tmux.send("/")
        tmux.type("bruno")
        tmux.waitGone("Alice Martin")
        tmux.send("Escape", "Escape", "q")
        tmux.waitFor("carnet exited 0")
    }

    func testSIGTERMWithAFormOpenExitsPromptlyAndKeepsTheStore() throws {
        makeStore()
        let tmux = try open()
        tmux.send("a")
        tmux.type("Half Typed")
        let pid = try XCTUnwrap(tmux.carnetPID)
        let before = folder.read("store/contacts")
        let start = Date()
        kill(pid, SIGTERM)
        XCTAssertTrue(ProcessWatch.waitUntilGone(pid, timeout: 2), "gone within 2 s of SIGTERM")
        Torture.report("app: SIGTERM with a form open → gone in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        tmux.waitFor("carnet exited")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "0", "the terminal is restored")
        XCTAssertEqual(folder.read("store/contacts"), before)
        XCTAssertEqual(carnet("check").status, 0)
    }

    /// The terminal vanishes (tmux killed outright) while SIGHUP is ignored, so that only
    /// the failing reads tell the app: it must exit, not spin on them.
    func testATerminalThatVanishesWithSIGHUPIgnoredNeitherSpinsNorLingers() throws {
        makeStore()
        let tmux = try open(commandPrefix: "trap '' HUP; ")
        tmux.send("l")
        tmux.waitFor("Log an interaction")
        let pid = try XCTUnwrap(tmux.carnetPID)
        let start = Date()
        tmux.kill()
        let gone = ProcessWatch.waitUntilGone(pid, timeout: 2)
        if !gone {
            let used = Self.cpuMilliseconds(pid, over: 2) ?? 0
            kill(pid, SIGKILL)
            XCTFail("still running 2 s after its terminal vanished, using \(used) ms CPU in 2 s")
        } else {
            Torture.report("app: terminal gone (SIGHUP ignored) → gone in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        }
        XCTAssertEqual(carnet("check").status, 0)
    }

    func testHostileTextIsDrawnInertInTheListAndTheDetailView() throws {
        makeStore()
        let h = ReliabilityTerminalInjectionTests.hostile
        var contacts = folder.read("store/contacts")
        contacts += "\nid: eve\nname: Eve \(h)\ncompany: Evil Corp \(h)\nnote: Note \(h)\n  line two \(h)\ncircles: Club\n"
        folder.write("store/contacts", contacts)
        let tmux = try open(ready: "Evil Corp")
        let titleBefore = tmux.display("#{pane_title}")
        var screens = [tmux.screen(escapes: true)]
        tmux.send("/")
        tmux.type("eve")
        tmux.waitGone("Alice Martin")
        // Enter leaves the filter, or opens the match at once: either way, the detail view.
        tmux.send("Enter")
        usleep(300_000)
        if !tmux.screen().contains("line two") { tmux.send("Enter") }
        tmux.waitFor("line two")
        screens.append(tmux.screen(escapes: true))
        for (i, screen) in screens.enumerated() {
            // tmux redraws with its own SGR sequences (ESC [ … m); anything else came from the data.
            let withoutSGR = screen.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            XCTAssertNil(ReliabilityTerminalInjectionTests.firstControl(withoutSGR), "screen \(i): \(withoutSGR.debugDescription)")
            XCTAssertFalse(screen.contains("\u{1B}]"), "no OSC (title, clipboard, link) reached the terminal")
        }
        XCTAssertEqual(tmux.display("#{pane_title}"), titleBefore, "the title is not set by the data")
        XCTAssertTrue(screens[1].contains("End"), "the text around the controls is shown")
        tmux.send("Escape", "Escape", "q")
        tmux.waitFor("carnet exited 0")
    }

    func testChangesMadeOutsideByRenameAndGitCheckoutShowUpInTheOpenApp() throws {
        makeStore()
        let git = "git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false"
        let hasGit = TortureFiles.which("git")
        if hasGit { XCTAssertEqual(TortureFiles.shell("\(git) init -q && \(git) add -A && \(git) commit -qm one", cwd: store).status, 0) }
        let tmux = try open()
        // An editor that writes a new file and renames it over the old one.
        let edited = folder.read("store/contacts") + "\nid: zoe-renamed\nname: Zoé Renamed\n"
        folder.write("store/.contacts.new", edited)
        XCTAssertEqual(rename(store + "/.contacts.new", store + "/contacts"), 0)
        tmux.waitFor("Zoé Renamed", timeout: 5)
        if hasGit {
            XCTAssertEqual(TortureFiles.shell("git checkout -q -- contacts", cwd: store).status, 0)
            tmux.waitGone("Zoé Renamed", timeout: 5)
        }
        // And the app still writes, after what it read.
        tmux.send("a")
        tmux.waitFor("Add")
        tmux.type("Yann Apres")
        tmux.send("Enter")
        let deadline = Torture.now() + 5
        while Torture.now() < deadline && !folder.read("store/contacts").contains("name: Yann Apres") { usleep(100_000) }
        XCTAssertTrue(folder.read("store/contacts").contains("name: Yann Apres"), tmux.screen())
        if hasGit { XCTAssertFalse(folder.read("store/contacts").contains("Zoé Renamed"), "it wrote after what it re-read") }
        XCTAssertEqual(carnet("check").status, 0)
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }
}
