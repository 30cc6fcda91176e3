#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore
import CarnetUI
import Dispatch

/// The first screen of a start, kept from the start (or the session) before so that it can
/// be shown at once while the store is read (docs/store-format.md, "The first screen"). It is
/// shown only when nothing it was drawn from has changed: the store's files as `stat` sees
/// them, the day, the terminal's size, the build. Once the store is read the screen is drawn
/// from it as usual, and ncurses sends only what differs from the one shown: nothing, when
/// it was the right one. The first keys pressed meanwhile are answered from frames kept
/// with it (`FirstKeys`, `EarlyKeys`); the others wait in the terminal for the load.
final class FirstScreen {
    private let path: String
    private let directory: String
    private let today: Day
    /// What the file holds, as far as this process knows (read or written by it), and
    /// whether its frames for the first keys are all there.
    private var kept: (key: FirstScreenFile.Key, canvas: Canvas, complete: Bool)?
    /// The key of the last screen offered to `keep`, kept or not (one that cannot be).
    private var offered: FirstScreenFile.Key?
    /// Where the file is written: the answers are made on another core, and a file written
    /// at the session's end must not be overtaken by the one made at its start.
    private let writer = DispatchQueue(label: "carnet.first-screen")

    /// For the user's own store (never a demo copy) when it has a snapshot place.
    init?(store directory: String, snapshot: String?, today: Day) {
        guard let snapshot else { return nil }
        path = FirstScreenFile.place(besideSnapshot: snapshot)
        self.directory = directory
        self.today = today
    }

    /// The kept screen, if it was drawn from the store as it is now, for this terminal's size
    /// (asked of the terminal before ncurses starts, as ncurses does).
    func keptScreen() -> (screen: Canvas, answers: FirstKeys.Answers)? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        let key = FirstScreenFile.Key(today: today, width: Int(size.ws_col), height: Int(size.ws_row),
                                      stamp: StoreStamp.current(directory: directory))
        guard let file = FirstScreenFile.read(path, key: key), let canvas = Canvas(bytes: file.screen),
              canvas.width == key.width, canvas.height == key.height else { return nil }
        kept = (key, canvas, file.complete)
        return (canvas, FirstKeys.Answers(kept: file.answers, first: canvas))
    }

    /// Keeps `canvas`, the first frame drawn from `store` (from `state`), unless the file
    /// holds it already with all its frames for the first keys; not when the store's files
    /// changed since it read them (the frame is not theirs). The file is written on another
    /// core, at once with the frames on the list, then a second later again with those
    /// across the panes too: at 100,000 people these take 0.15 s (`carnet-bench`), which
    /// should not take the second core from the session's first second (the snapshot made
    /// anew, the first keys). With `waits`, as the app quits, here and only on the list; the
    /// next start adds the others.
    func keep(_ canvas: Canvas, of state: AppState, store: Store, waits: Bool = false) {
        guard let stamp = store.stampIfUnchanged() else { return }
        let key = FirstScreenFile.Key(today: today, width: canvas.width, height: canvas.height, stamp: stamp)
        offered = key
        if let kept, kept.key == key, kept.canvas == canvas, kept.complete || waits { return }
        let path = self.path
        guard let bytes = canvas.bytes else {
            // Not one to keep: the one kept before is no longer this store's.
            kept = nil
            writeNow(waits) { unlink(path) }
            return
        }
        kept = (key, canvas, !waits)
        let write = { @Sendable (state: AppState, complete: Bool) in
            let answers = FirstKeys.answers(from: state, first: canvas, acrossPanes: complete)
            FirstScreenFile.write(bytes, answers: answers, complete: complete, key: key, to: path)
        }
        writeNow(waits) { write(state, false) }
        if !waits {
            // The state is let go of when the write is called off: a reload must not find
            // the network it replaces still held here.
            let held = Held(state)
            let item = DispatchWorkItem {
                guard let state = held.state else { return }
                held.state = nil
                write(state, true)
            }
            acrossPanesLater = (item, held)
            writer.asyncAfter(deadline: .now() + .seconds(1), execute: item)
        }
    }

    /// The write across the panes a second after the first frame, until it begins.
    private var acrossPanesLater: (item: DispatchWorkItem, held: Held)?

    /// A state for the writer's queue, which alone reads and clears it.
    private final class Held: @unchecked Sendable {
        var state: AppState?
        init(_ state: AppState) { self.state = state }
    }

    /// Runs `write` on the writer's queue, after any write begun; the write across the panes
    /// still to come is called off (it is for an older screen, or not waited for).
    private func writeNow(_ waits: Bool, _ write: @escaping @Sendable () -> Void) {
        let held = acrossPanesLater?.held
        acrossPanesLater?.item.cancel()
        acrossPanesLater = nil
        let body = { @Sendable in
            held?.state = nil
            write()
        }
        if waits { writer.sync(execute: body) } else { writer.async(execute: body) }
    }

    /// Before the store changes, and before the process exits: waits for the file being
    /// written, if it is; the write across the panes, if not begun, is called off (and left
    /// to the next start).
    func finishWriting() {
        writeNow(true) {}
    }

    /// As the app ends after a session that changed the store (or the terminal's size): the
    /// first screen of the next start, drawn from the store as it is now, at that size.
    func keepAtQuit(_ store: Store, width: Int, height: Int) {
        guard store.isWritable, let stamp = store.stampIfUnchanged(),
              offered != FirstScreenFile.Key(today: today, width: width, height: height, stamp: stamp) else { return }
        let state = AppState(network: store.network, today: today, width: width, height: height)
        keep(RootView.render(state), of: state, store: store, waits: true)
    }
}
