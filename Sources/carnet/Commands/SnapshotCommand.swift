#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import CarnetCore

/// `carnet snapshot`: reads the store (from its snapshot where it still applies) and writes
/// the snapshot the app starts from (docs/store-format.md, "The snapshot"). Not listed: the
/// app runs it, detached, after a start or a reload that read text, and as it ends after it
/// changed the contacts file, so that the next start does not parse that file again.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write the snapshot the full-screen app starts from (run by the app itself).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Background work: the app just drew its first screen (or has ended) and the terminal
        // or SSH link is still taking it in; at 100,000 people this reads the store for a
        // second or two, on cores the user's programs should have first. (Its load's second
        // thread is a dispatch worker, whose priority follows its QoS: hence background.)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        Store.loadInTheBackground()
        SnapshotCommand.lowerSessionPriority()
        let directory = try global.storeDirectory()
        guard let place = StoreSnapshot.place(forStore: directory) else { return }
        // One writer at a time for a store, from reading the files to the rename: each reads
        // only once it holds the lock, so the last to get it (the one started at quit, after
        // a snooze) reads the newest files and writes last. No lock, no writing: the cache
        // folder cannot be written (or holds something odd where the lock goes).
        StoreSnapshot.makeFolder(for: place)
        let fd = open(place + ".lock", O_RDONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, SnapshotCommand.lock(fd) else { return }
        // Its time says it is in use (see `StoreSnapshot.removeForgotten`).
        _ = futimens(fd, nil)
        let store = try global.openStore(snapshot: place)
        if let (snapshot, at) = store.takeSnapshot() {
            snapshot.write(to: at)
            StoreSnapshot.removeForgotten(besides: at)
        }
    }

    /// Started in a session of its own, this process is also a scheduling group of its own
    /// where Linux groups by session ("autogroup", often on by default): nice values then
    /// only rank threads within a group, and the group competes with the terminal's as an
    /// equal unless its own nice value is raised too. Only as the session's leader, as the
    /// app starts it: run by hand from a shell, the group would be the shell's session.
    /// Best effort: no such file elsewhere, and no effect where a CPU cgroup manages the
    /// session. The kernel takes one such change every 100 ms across the machine (else
    /// EAGAIN): tried again once after that.
    private static func lowerSessionPriority() {
        #if os(Linux)
        guard getsid(0) == getpid() else { return }
        let fd = open("/proc/self/autogroup", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if write(fd, "10", 2) < 0 && errno == EAGAIN {
            usleep(110_000)
            _ = write(fd, "10", 2)
        }
        #endif
    }

    /// Takes the lock, waiting a minute at most: a writer stopped or stuck (a store on a
    /// hung network disk) must not gather waiting ones forever.
    private static func lock(_ fd: Int32) -> Bool {
        for _ in 0..<1200 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK || errno == EINTR else { return false }
            usleep(50_000)
        }
        return false
    }
}
