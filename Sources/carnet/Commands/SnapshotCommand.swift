import ArgumentParser
import CarnetCore

/// `carnet snapshot`: reads the store (from its snapshot where it still applies) and writes
/// the snapshot the app starts from (docs/store-format.md, "The snapshot"). Not listed: the
/// app runs it, detached, when it quits after changing the contacts file, so that the next
/// morning's start does not parse that file again.
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
        let store = try global.openStore(snapshot: place)
        if let (snapshot, at) = store.takeSnapshot() { snapshot.write(to: at) }
    }
}
