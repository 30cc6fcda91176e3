import ArgumentParser
import CarnetCore
import Foundation

/// What every command accepts: where the store is and what day it is.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store folder (default: $CARNET_DIR, else $XDG_DATA_HOME/carnet).", valueName: "path"))
    var dir: String?

    @Option(name: .long, help: ArgumentHelp("Pretend today is this day (default: $CARNET_TODAY, else the system date).", valueName: "YYYY-MM-DD"))
    var today: String?

    /// The store folder, resolved from the flag, the environment and XDG.
    func storeDirectory() throws -> String { try Self.storeDirectory(dir) }

    func resolvedToday() throws -> Day { try Self.resolvedToday(today) }

    /// The store folder for a `--dir` value (nil when not given).
    static func storeDirectory(_ dir: String?) throws -> String {
        // Empty is a mistake (a script's variable left unset), not a wish for the default
        // store: that store is the user's own network.
        if let dir {
            guard !dir.isEmpty else { throw CLIFailure.usage("--dir is empty; give the store's folder") }
            return dir
        }
        if let dir = try UTF8Input.variable("CARNET_DIR") {
            guard !dir.isEmpty else { throw CLIFailure.usage("$CARNET_DIR is set but empty; unset it or give the store's folder") }
            return dir
        }
        if let data = try UTF8Input.variable("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/carnet" }
        return (try UTF8Input.variable("HOME") ?? ".") + "/.local/share/carnet"
    }

    /// Today for a `--today` value (nil when not given).
    static func resolvedToday(_ today: String?) throws -> Day {
        if let today { return try Parse.day(today, flag: "--today") }
        if let env = try UTF8Input.variable("CARNET_TODAY"), !env.isEmpty {
            return try Parse.day(env, flag: "CARNET_TODAY")
        }
        return SystemClock.today()
    }

    /// Opens the store for reading (from the snapshot at `snapshot`, if given and it still
    /// applies; without `writesSnapshot`, as the app reads it, not hashed for a new one); an
    /// absent store is explained.
    func openStore(snapshot: String? = nil, writesSnapshot: Bool = true) throws -> Store {
        do {
            return try Store.open(at: storeDirectory(), snapshot: snapshot, writesSnapshot: writesSnapshot)
        } catch let error as StoreError {
            throw CLIFailure.data(error.description)
        }
    }

    /// Opens the store for a command that only shows it on screen: from the snapshot the
    /// app keeps (docs/store-format.md, "The snapshot"), for each file it still applies
    /// to, and without writing one. The same network as from the text, read sooner: `carnet
    /// reconnect` at 100,000 people took 230 ms from the text, 132 ms from the snapshot.
    /// (`export`, whose output may be a backup, and `check` read the text.)
    func openStoreToShow() throws -> Store {
        let store = try openStore(snapshot: StoreSnapshot.place(forStore: try storeDirectory()), writesSnapshot: false)
        noteShown(store)
        return store
    }

    /// Opens the store holding its lock for the whole command, refusing when it has errors.
    func openStoreForWriting() throws -> Store {
        let store: Store
        do {
            store = try Store.open(at: storeDirectory(), holdingLock: true)
        } catch let error as StoreError {
            throw CLIFailure.data(error.description)
        }
        guard store.isWritable else { throw CLIFailure.data(StoreError.readOnly(store.problems).description) }
        return store
    }
}

/// The store opened to be shown, let go of only by the process's exit, which frees its
/// memory at once: freed object by object as the command ended, a hundred thousand
/// contacts took 25 ms after the output was written (`perf stat`, `carnet reconnect`).
nonisolated(unsafe) private var shownStore: Store?

/// A store opened for its contents to be shown or exported: what it left out is said at
/// the end (`shownStoreProblem`).
func noteShown(_ store: Store) { shownStore = store }

/// Why the output of a command that showed the store leaves something out, when it does:
/// the store has errors, and what did not parse (a record whose id is used twice, a line
/// without a colon) is not in the network. Said once the output is written, and the exit
/// status is 1, as `carnet check`'s would be: a person missing from `list` must not pass
/// for a person deleted.
func shownStoreProblem() -> String? {
    let errors = shownStore?.problems.filter { $0.severity == .error } ?? []
    guard let first = errors.first else { return nil }
    let more = errors.count > 1 ? "and \(errors.count - 1) more; " : ""
    return "the store has errors, so what was shown leaves out what did not parse: \(first) (\(more)run 'carnet check')"
}

/// The local calendar day, read once at start-up; the core never reads the clock.
enum SystemClock {
    static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
