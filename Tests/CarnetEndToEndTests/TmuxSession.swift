import Foundation
import XCTest

/// A tmux server of our own (a unique socket, no user config) running one command in a
/// detached window: the real terminal, driven by keys and read back as text.
///
/// Waits poll `capture-pane` every 50 ms up to a timeout, never sleep a fixed time.
final class TmuxSession {
    let socket = "carnet-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool { tmuxPath != nil }

    static let tmuxPath: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// Starts `command` (run by tmux's shell) in a `width`×`height` window.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        let started = tmux(["new-session", "-d", "-s", "carnet", "-x", "\(width)", "-y", "\(height)", command])
        guard started.status == 0 else { throw XCTSkip("tmux cannot start a session: \(started.output)") }
    }

    deinit { kill() }

    /// A shell command line that runs carnet in `dir` with a fixed day and a UTF-8 locale,
    /// then prints its exit status and stays, so that the pane shows what the app left behind.
    static func carnetCommand(dir: String, arguments: [String] = [], environment: [String: String] = [:]) -> String {
        var env = ["CARNET_TODAY": "2026-11-22", "LANG": "C.UTF-8", "CARNET_DIR": dir]
        for (k, v) in environment { env[k] = v }
        let assignments = env.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }
        let words = ["env"] + assignments + [quote(CarnetProcess.binary)] + arguments.map(quote)
        return words.joined(separator: " ") + "; echo \"carnet exited $?\"; sleep 600"
    }

    /// Single quotes for the shell: the only character to escape is the quote itself.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Driving

    /// Keys as tmux names them: "j", "Enter", "Tab", "BTab", "Escape", "C-c".
    func send(_ keys: String...) {
        for key in keys { tmux(["send-keys", "-t", target, key]) }
    }

    /// Text typed literally, one key per character.
    func type(_ text: String) {
        tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Text pasted as a terminal pastes it: marked as a paste when the program asked for
    /// that (bracketed paste, `paste-buffer -p`).
    func paste(_ text: String) {
        tmux(["set-buffer", "-b", "carnet-test", text])
        tmux(["paste-buffer", "-p", "-d", "-b", "carnet-test", "-t", target])
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Kills the session: the pane's processes get SIGHUP, like a dropped SSH connection.
    func killSession() {
        tmux(["kill-session", "-t", target])
    }

    func kill() {
        tmux(["kill-server"])
    }

    // MARK: - Reading

    /// The visible screen as text; with `escapes`, with the attributes tmux would redraw.
    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : [])).output
    }

    func display(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", target, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The shell tmux started in the pane.
    var shellPID: Int32? { Int32(display("#{pane_pid}")) }

    /// The carnet process: the pane shell's child (read from /proc, Linux).
    var carnetPID: Int32? {
        guard let shell = shellPID,
              let text = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        else { return nil }
        return text.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Waits until the screen satisfies `condition`; fails with the last screen if it never does.
    @discardableResult
    func wait(_ what: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line,
              until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = screen()
            if condition(last) { return true }
            usleep(50_000)
        } while Date() < deadline
        XCTFail("timed out waiting for \(what); the screen was:\n\(last)", file: file, line: line)
        return false
    }

    /// Waits until `text` is on screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        wait("'\(text)'", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits until `text` has left the screen.
    @discardableResult
    func waitGone(_ text: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        wait("'\(text)' to go", timeout: timeout, file: file, line: line) { !$0.contains(text) }
    }

    // MARK: - tmux

    private var target: String { "carnet" }

    @discardableResult
    private func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        guard let path = Self.tmuxPath else { return (-1, "tmux not found") }
        // Our own server and no user config, so nothing on the machine changes what we see.
        return Self.spawn([path, "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a program and waits for it, its output in a temp file. Not `Process` and not a
    /// pipe: the server `new-session` forks inherits the client's output (a pipe would never
    /// reach end of file) and Foundation's `waitUntilExit` was seen to hang on that client.
    static func spawn(_ arguments: [String]) -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "carnet-tmux-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // when the tests themselves run inside tmux
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { (envp + argv).forEach { free($0) } }

        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp) == 0 else { return (-1, "cannot start \(arguments[0])") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = FileManager.default.contents(atPath: outputPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (SpawnedCarnet.exitCode(status), output)
    }
}

/// Processes that are not our children: gone means no such process, or a zombie no one reaped yet.
enum ProcessWatch {
    static func isGone(_ pid: Int32) -> Bool {
        if Glibc.kill(pid, 0) != 0 { return true }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }

    /// Waits up to `timeout` for the process to go.
    static func waitUntilGone(_ pid: Int32, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if isGone(pid) { return true }
            usleep(20_000)
        } while Date() < deadline
        return isGone(pid)
    }
}
