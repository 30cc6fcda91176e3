#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The app's first screen for a store, kept beside the store's snapshot
/// (`NAME.snapshot.screen`) so that the next start can show it at once and read the store
/// meanwhile (docs/store-format.md, "The first screen"). What is kept is opaque here: the
/// bytes of a drawn screen and of the frames that answer the first keys (`FirstKeys`),
/// under the key of everything that screen was drawn from — the store's files as `stat`
/// sees them, the day, the terminal's size and this build of Carnet.
/// A start whose key differs in anything gets nothing. The screen shown is drawn again from
/// the store once it is read, so a screen taken wrongly for the current one would show for
/// the length of the load, then be replaced.
public enum FirstScreenFile {
    public struct Key: Equatable, Sendable {
        public var today: Day
        public var width: Int
        public var height: Int
        public var stamp: StoreStamp

        public init(today: Day, width: Int, height: Int, stamp: StoreStamp) {
            self.today = today
            self.width = width
            self.height = height
            self.stamp = stamp
        }
    }

    private static let magic = Array("carnet screen 2\n".utf8)
    /// Far more than a screen's bytes and its answers (160 KB at 120×40): anything larger is
    /// not read, and answers that would make the file larger are not written.
    static let largest = 1 << 22

    /// Beside the snapshot at `snapshot` (`StoreSnapshot.place(forStore:)`).
    public static func place(besideSnapshot snapshot: String) -> String { snapshot + ".screen" }

    /// Replaces the file with `screen` and `answers` under `key` (temp file and rename, 0600,
    /// no sync: a file cut short by a crash fails its hash and is not read); `complete` when
    /// no answer is still to be made (those that would not fit are left out, the last
    /// first). Failing is not an error.
    public static func write(_ screen: [UInt8], answers: [[UInt8]] = [], complete: Bool = true, key: Key, to path: String) {
        var answers = answers
        // Room for the magic, the build, the key and the counts, with plenty to spare.
        var size = answers.reduce(screen.count) { $0 + 8 + $1.count }
        while size > largest - 64 * 1024, let last = answers.popLast() { size -= 8 + last.count }
        var w = SnapshotWriter()
        for b in magic { w.byte(b) }
        w.uint64(StoreSnapshot.layout)
        write(key, to: &w)
        w.plain(screen)
        w.int(complete ? 1 : 0)
        w.int(answers.count)
        for answer in answers { w.plain(answer) }
        w.int(w.sectionHash)
        StoreSnapshot.makeFolder(for: path)
        try? FileSystem.writeAtomically(w.bytes, to: path, durable: false)
    }

    /// The screen kept at `path` under `key`, its answers, and whether they are complete; nil
    /// when there is none, or one kept under another key, by another build, or damaged.
    public static func read(_ path: String, key: Key) -> (screen: [UInt8], answers: [[UInt8]], complete: Bool)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size > 8, st.st_size <= largest else { return nil }
        guard let bytes = try? FileSystem.read(fd, path: path, size: Int(st.st_size)), bytes.count > 8 else { return nil }
        // The hash of everything before the last eight bytes, which hold it.
        var digest = StreamDigest()
        bytes.withUnsafeBufferPointer { digest.add(UnsafeBufferPointer(rebasing: $0[..<($0.count - 8)])) }
        return try? bytes.withUnsafeBytes { raw -> (screen: [UInt8], answers: [[UInt8]], complete: Bool)? in
            var r = SnapshotReader(raw)
            for b in magic where try r.byte() != b { return nil }
            guard try r.uint64() == StoreSnapshot.layout, try readKey(&r) == key else { return nil }
            let screen = try r.plain(UInt8.self)
            let complete = try r.int() != 0
            let answers = try (0..<r.count(atLeast: 8)).map { _ in try r.plain(UInt8.self) }
            guard try r.int() == digest.hash, r.isAtEnd else { return nil }
            return (screen, answers, complete)
        }
    }

    private static func write(_ key: Key, to w: inout SnapshotWriter) {
        w.int(key.today.ordinal)
        w.int(key.width)
        w.int(key.height)
        w.int(key.stamp.files.count)
        for file in key.stamp.files { w.plain(file.map { [$0] } ?? []) }
    }

    private static func readKey(_ r: inout SnapshotReader) throws -> Key {
        let today = Day(ordinal: try r.int())
        let (width, height) = (try r.int(), try r.int())
        let files = try (0..<r.count(atLeast: 8)).map { _ in
            let file = try r.plain(FileSystem.Fingerprint.self)
            guard file.count <= 1 else { throw SnapshotReader.Damaged() }
            return file.first
        }
        return Key(today: today, width: width, height: height, stamp: StoreStamp(files: files))
    }
}
