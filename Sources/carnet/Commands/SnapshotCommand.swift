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
        let directory = global.storeDirectory
        guard let place = StoreSnapshot.place(forStore: directory) else { return }
        // One writer at a time for a store, from reading the files to the rename: one
        // started later (at quit, after a snooze) then reads the newer files and writes last.
        let lock = place + ".lock"
        StoreSnapshot.makeFolder(for: place)
        let fd = open(lock, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        defer { if fd >= 0 { close(fd) } }
        if fd >= 0 { _ = flock(fd, LOCK_EX) }
        let store = try global.openStore(snapshot: place)
        if let (snapshot, at) = store.takeSnapshot() {
            snapshot.write(to: at)
            StoreSnapshot.removeForgotten(besides: at)
        }
    }
}
