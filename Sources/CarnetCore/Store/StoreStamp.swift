#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the store's files are on disk, as `stat` tells without reading them: for each file
/// its device, inode, size, mode and both times, the change time included (a program can set
/// a file's modification time back, not its change time). Two equal stamps mean files not
/// written in between, closely enough to show a screen drawn from them until the store is
/// read again (`FirstScreenFile`), never to take their contents for granted.
public struct StoreStamp: Equatable, Sendable {
    /// The stat numbers of each file in `StoreFile.allCases` order; empty for a missing file.
    let files: [[Int64]]

    init(files: [[Int64]]) { self.files = files }

    /// The store's files as they are now.
    public static func current(directory: String) -> StoreStamp {
        StoreStamp(files: StoreFile.allCases.map { file in
            var s = stat()
            guard stat(directory + "/" + file.rawValue, &s) == 0 else { return [] }
            return [Int64(s.st_dev), Int64(s.st_ino), Int64(s.st_size), Int64(s.st_mode),
                    Int64(s.st_mtim.tv_sec), Int64(s.st_mtim.tv_nsec), Int64(s.st_ctim.tv_sec), Int64(s.st_ctim.tv_nsec)]
        })
    }
}

extension Store {
    /// The files' stamp now, if they are still what this store last read or wrote (their
    /// fingerprints as it saw them, change time included); nil when a file changed outside
    /// since.
    public func stampIfUnchanged() -> StoreStamp? {
        guard outsideChanges().isEmpty else { return nil }
        let stamp = StoreStamp.current(directory: directory)
        // Taken after the check: a write between the two shows as a second change below.
        return outsideChanges().isEmpty ? stamp : nil
    }
}
