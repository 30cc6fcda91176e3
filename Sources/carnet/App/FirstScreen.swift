#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore
import CarnetUI

/// The first screen of a start, kept from the start (or the session) before so that it can
/// be shown at once while the store is read (docs/store-format.md, "The first screen"). It is
/// shown only when nothing it was drawn from has changed: the store's files as `stat` sees
/// them, the day, the terminal's size, the build. Once the store is read the screen is drawn
/// from it as usual, and ncurses sends only what differs from the one shown: nothing, when
/// it was the right one. Keys pressed meanwhile wait in the terminal for the load.
final class FirstScreen {
    private let path: String
    private let directory: String
    private let today: Day
    /// What the file holds, as far as this process knows (read or written by it).
    private var kept: (key: FirstScreenFile.Key, canvas: Canvas)?
    /// The key of the last screen offered to `keep`, kept or not (one that cannot be).
    private var offered: FirstScreenFile.Key?

    /// For the user's own store (never a demo copy) when it has a snapshot place.
    init?(store directory: String, snapshot: String?, today: Day) {
        guard let snapshot else { return nil }
        path = FirstScreenFile.place(besideSnapshot: snapshot)
        self.directory = directory
        self.today = today
    }

    /// The kept screen, if it was drawn from the store as it is now, for this terminal's size
    /// (asked of the terminal before ncurses starts, as ncurses does).
    func keptScreen() -> Canvas? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        let key = FirstScreenFile.Key(today: today, width: Int(size.ws_col), height: Int(size.ws_row),
                                      stamp: StoreStamp.current(directory: directory))
        guard let bytes = FirstScreenFile.read(path, key: key), let canvas = Canvas(bytes: bytes),
              canvas.width == key.width, canvas.height == key.height else { return nil }
        kept = (key, canvas)
        return canvas
    }

    /// Keeps `canvas`, the first frame drawn from `store`, unless the file holds it already;
    /// not when the store's files changed since it read them (the frame is not theirs).
    func keep(_ canvas: Canvas, of store: Store) {
        guard let stamp = store.stampIfUnchanged() else { return }
        let key = FirstScreenFile.Key(today: today, width: canvas.width, height: canvas.height, stamp: stamp)
        offered = key
        if let kept, kept.key == key, kept.canvas == canvas { return }
        guard let bytes = canvas.bytes else {
            // Not one to keep: the one kept before is no longer this store's.
            unlink(path)
            kept = nil
            return
        }
        FirstScreenFile.write(bytes, key: key, to: path)
        kept = (key, canvas)
    }

    /// As the app ends after a session that changed the store (or the terminal's size): the
    /// first screen of the next start, drawn from the store as it is now, at that size.
    func keepAtQuit(_ store: Store, width: Int, height: Int) {
        guard store.isWritable, let stamp = store.stampIfUnchanged(),
              offered != FirstScreenFile.Key(today: today, width: width, height: height, stamp: stamp) else { return }
        keep(RootView.render(AppState(network: store.network, today: today, width: width, height: height)), of: store)
    }
}
