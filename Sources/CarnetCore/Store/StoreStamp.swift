/// What the store's files are on disk, as `stat` tells without reading them: each file's
/// fingerprint (`FileSystem.Fingerprint`: device, inode, size, modification and change
/// time; a program can set a file's modification time back, not its change time). Two equal
/// stamps mean files not written in between, closely enough to show a screen drawn from them
/// until the store is read again (`FirstScreenFile`), never to take their contents for granted.
public struct StoreStamp: Equatable, Sendable {
    /// Each file's fingerprint in `StoreFile.allCases` order; nil for a missing file.
    let files: [FileSystem.Fingerprint?]

    /// The store's files as they are now.
    public static func current(directory: String) -> StoreStamp {
        StoreStamp(files: StoreFile.allCases.map { FileSystem.fingerprint(directory + "/" + $0.rawValue) })
    }
}
