#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Shared by the reliability tests: a seeded random generator (a failure prints its seed,
/// so it can be replayed with `CARNET_SEED=…`), iteration counts that grow under
/// `CARNET_TORTURE=1` (scripts/torture.sh), and the real `carnet` binary started with
/// `posix_spawn`, so that it can be killed at a precise moment.
enum Torture {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `CARNET_TORTURE=1`: the long mode of scripts/torture.sh.
    static var isOn: Bool { environment["CARNET_TORTURE"] == "1" }

    /// The seed of this run: `CARNET_SEED` when given, else a fixed default, so two runs of
    /// the default mode do the same thing.
    static func seed(default value: UInt64) -> UInt64 {
        if let text = environment["CARNET_SEED"], let s = UInt64(text) { return s }
        return value
    }

    static func iterations(_ normal: Int, torture: Int) -> Int {
        if let text = environment["CARNET_ITERATIONS"], let n = Int(text) { return n }
        return isOn ? torture : normal
    }

    /// Prints a figure for docs/reliability.md and scripts/torture.sh to collect.
    static func report(_ line: String) {
        FileHandle.standardOutput.write(Data("reliability: \(line)\n".utf8))
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}


/// A `carnet` process started without Foundation's `Process`, its output to /dev/null
/// (or to files), so that the test can kill it after an exact delay.
struct SpawnedCarnet {
    let pid: pid_t

    /// Starts `carnet ARGS` on the store `dir`. `stdoutPath`/`stderrPath` default to /dev/null.
    static func start(_ arguments: [String], dir: String, today: String = "2026-11-22",
                      stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null",
                      extraEnvironment: [String: String] = [:]) -> SpawnedCarnet? {
        var env = Torture.environment
        env["CARNET_DIR"] = dir
        env["CARNET_TODAY"] = today
        env["LANG"] = "C.UTF-8"
        for (k, v) in extraEnvironment { env[k] = v }
        let argv = [CarnetProcess.binary] + arguments
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var pid = pid_t()
        let rc = posix_spawn(&pid, CarnetProcess.binary, &actions, nil, &cArgs, &cEnv)
        guard rc == 0 else { return nil }
        return SpawnedCarnet(pid: pid)
    }

    func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

    /// Waits for the end: the exit status, or 128 + the signal that ended it.
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return SpawnedCarnet.exitCode(status)
    }

    /// A `waitpid` status as a shell shows it: the exit status, or 128 + the signal.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Waits at most `seconds`; nil if it is still running.
    func wait(atMost seconds: Double) -> Int32? {
        let deadline = Torture.now() + seconds
        var status: Int32 = 0
        while Torture.now() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return SpawnedCarnet.exitCode(status) }
            usleep(5_000)
        }
        return nil
    }
}

/// What the store holds, read the way the app reads it.
struct StoreSnapshot: Equatable {
    var errors: [String]
    var contacts: Int
    var interactions: Int
    var companies: [String: String]

    static func read(_ dir: String) -> StoreSnapshot {
        do {
            let store = try Store.open(at: dir)
            let n = store.network
            var companies: [String: String] = [:]
            for c in n.contacts { companies[c.id] = c.company ?? "" }
            return StoreSnapshot(errors: store.problems.map(\.description), contacts: n.contacts.count,
                                 interactions: n.interactions.count, companies: companies)
        } catch {
            return StoreSnapshot(errors: ["cannot open: \(error)"], contacts: -1, interactions: -1, companies: [:])
        }
    }
}

/// Small file helpers for the reliability tests.
enum TortureFiles {
    static func list(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    static func bytes(_ path: String) -> [UInt8]? {
        (FileManager.default.contents(atPath: path)).map { [UInt8]($0) }
    }

    static func mode(_ path: String) -> Int {
        var s = stat()
        guard stat(path, &s) == 0 else { return -1 }
        return Int(s.st_mode & 0o7777)
    }

    /// Runs a shell command line (the test's own, fixed text) and returns its status and output.
    @discardableResult
    static func shell(_ command: String, cwd: String? = nil) -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func which(_ program: String) -> Bool {
        shell("command -v \(program) >/dev/null 2>&1").status == 0
    }
}
