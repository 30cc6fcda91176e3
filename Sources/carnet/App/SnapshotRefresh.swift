#if canImport(Glibc)
import Glibc
#endif
import CarnetTerminal

/// Has the store's snapshot written by `carnet snapshot` in a process of its own, detached:
/// after a start or a reload that read text, and as the app ends after it changed the
/// contacts file. Written inside the app, on its second core, the tables of texts and lists
/// the writing builds came on top of the app's own peak (41 MiB at 10,000 people, over the
/// 40 MB the app keeps to); apart, the app holds only the store, and the writing survives
/// the app's exit. Writers take turns (`SnapshotCommand`), each reading the files only once
/// it has its turn, so the last to write has read the newest.
enum SnapshotRefresh {
    /// Children started and not yet reaped.
    nonisolated(unsafe) private static var started: [pid_t] = []

    static func start(directory: String) {
        reap()
        // `--dir=` and a full path: a folder named `-x` must not read as an option.
        let full = realpath(directory, nil).map { path in
            defer { free(path) }
            return String(cString: path)
        } ?? directory
        if let pid = ExternalProgram.detach(ownPath, [CommandLine.arguments[0], "snapshot", "--dir=" + full]) {
            started.append(pid)
        }
    }

    /// Reaps the children that have ended (called at each idle tick of the app).
    static func reap() {
        started.removeAll { ExternalProgram.reap($0) }
    }

    /// This program's file, to run it again.
    private static var ownPath: String {
        #if os(Linux)
        return "/proc/self/exe"
        #else
        return CommandLine.arguments[0]
        #endif
    }
}
