import CarnetCore
import CarnetTerminal
import CarnetUI
import Foundation

/// Starts the full-screen app: on the user's store, on a temporary copy of the demo
/// (`--demo`), or, when there is no store yet, on a welcome screen that offers both.
///
/// Whatever happens the terminal is given back (`defer screen.stop()`), and the exit is
/// clean — 0 for `q`, SIGTERM and SIGHUP alike — because every change is already saved.
struct AppLauncher {
    let arguments: AppArguments

    func run() throws {
        // Checked first: a pipe or cron job gets one clear sentence, not escape codes.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIFailure.usage(LauncherText.notATerminal)
        }
        // Before anything large is allocated: a session reads the store again after each
        // outside change, and should not grow with each reading.
        MallocPolicy.mapLargeBlocks()
        let today = try GlobalOptions.resolvedToday(arguments.today)
        let (theme, themeProblem, themeProblems) = ThemeChoice.load(explicit: arguments.theme)

        let directory = try GlobalOptions.storeDirectory(arguments.dir)
        var demoCopy = arguments.demo ? try DemoCopy.make(today: today) : nil
        defer { demoCopy?.remove() }
        // The user's own store starts from its snapshot when it has one; a demo copy, made
        // anew each time, would only leave snapshots behind.
        let snapshot = demoCopy == nil ? StoreSnapshot.place(forStore: directory) : nil
        let firstScreen = FirstScreen(store: directory, snapshot: snapshot, today: today)
        var store: Store?
        let screen: Screen
        // What the terminal sent while the store was read (`EarlyKeys`).
        var early: [TerminalEvent] = []
        if themeProblem == nil, Store.exists(at: directory), let kept = firstScreen?.keptScreen() {
            // The store as the last session left it: its first screen at once, then the load.
            screen = try Self.startScreen(theme)
            var keys: EarlyKeys?
            if screen.size == (kept.screen.width, kept.screen.height) {
                screen.draw(kept.screen)
                keys = EarlyKeys(screen: screen, answers: kept.answers)
            }
            do {
                store = try Self.open(directory, snapshot: snapshot, mapsFiles: false)
                early = keys?.finish() ?? []
            } catch {
                _ = keys?.finish()
                screen.stop()
                throw error
            }
        } else {
            // Else the store is opened before the terminal is taken, so that its errors print plainly.
            store = try demoCopy.map { try Self.open($0.storeDirectory) } ?? Self.open(directory, snapshot: snapshot)
            screen = try Self.startScreen(theme)
        }
        defer { screen.stop() }

        if store == nil {
            let welcome = WelcomeScreen(screen: screen, path: directory)
            var problem = themeProblem
            while store == nil {
                switch welcome.run(problem: problem) {
                case .create:
                    do { store = try Store.create(at: directory) } catch { problem = String(describing: error) }
                case .demo:
                    do {
                        demoCopy = try DemoCopy.make(today: today)
                        store = try Self.open(demoCopy!.storeDirectory)
                    } catch { problem = String(describing: error) }
                case .quit, .ended:
                    return
                }
            }
        }

        var loop = RunLoop(screen: screen, store: store!, today: today)
        let ending = loop.run(first: themeProblem.map { [.failed($0)] } ?? [], early: early, firstFrame: { frame, state in
            if demoCopy == nil { firstScreen?.keep(frame, of: state, store: store!) }
        }, beforeChange: { firstScreen?.finishWriting() })
        let size = screen.size
        // Everything is on disk (each change is written when made): leave now rather than
        // free a hundred thousand contacts one by one (~0.1 s at that size) after the
        // screen is already gone.
        screen.stop()
        if themeProblems.count > 1 {
            FileHandle.standardError.write(Data(themeProblems.map { "carnet: theme: \(Inert.text($0))\n" }.joined().utf8))
        }
        // Not after a start that had something to say on its first screen: that one was not kept.
        if demoCopy == nil, themeProblem == nil, ending != .hungUp {
            firstScreen?.keepAtQuit(store!, width: size.width, height: size.height)
        }
        firstScreen?.finishWriting()
        demoCopy?.remove()
        // The contacts file changed (a snooze, an edit): its snapshot is made again now, in a
        // process of its own that outlives this one, rather than at the next start (also
        // after a hang-up: the SSH connection gone, the snooze still is).
        if demoCopy == nil, store!.rewroteContacts, StoreSnapshot.place(forStore: directory) != nil {
            SnapshotRefresh.start(directory: directory)
        }
        exit(0)
    }

    /// The store at `directory`, or nil when there is none yet. A store with errors opens
    /// too: read-only, with the reason on screen.
    private static func open(_ directory: String, snapshot: String? = nil, mapsFiles: Bool = true) throws -> Store? {
        guard Store.exists(at: directory) else { return nil }
        do {
            return try Store.open(at: directory, snapshot: snapshot, ordersByName: true, writesSnapshot: false,
                                  mapsFiles: mapsFiles)
        } catch {
            throw CLIFailure.from(error)
        }
    }

    private static func startScreen(_ theme: Theme) throws -> Screen {
        do {
            return try Screen(theme: theme)
        } catch let error as Screen.StartError {
            throw CLIFailure.usage(error.description)
        }
    }
}
