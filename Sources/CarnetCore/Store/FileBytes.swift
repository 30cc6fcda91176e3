#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A store file's bytes for one load, in one piece.
///
/// A large file on a local disk is mapped: its pages are then the page cache's own. Read
/// into memory, it filled as many fresh pages, each faulted in and zeroed by the kernel:
/// 17–33 ms for the 31 MiB contacts file of 100,000 people on this machine, against 1–2 ms
/// mapped (scripts/read-vs-map.sh), and more to give them back after. Anything else (a
/// small file, a network or FUSE file system, macOS) is read, as before, and not copied.
///
/// A mapped file cut short by another program while it is read would make reading past
/// its new end stop the process (SIGBUS); `BusErrorGuard` turns that into a clear message,
/// and only the first load, before the terminal is taken, maps (see `Store.open`).
final class FileBytes: RandomAccessCollection, @unchecked Sendable {
    /// Files from this size on are mapped, when they may be: below it, reading costs little.
    static let mappedFrom = 1 << 18

    /// The bytes as read, or the mapping (`count` bytes from `base`).
    private let array: [UInt8]
    private let base: UnsafeMutableRawPointer?
    let count: Int

    // Immutable once made: shared between the loader's threads without a lock.
    private init(mapped base: UnsafeMutableRawPointer, count: Int) {
        array = []
        self.base = base
        self.count = count
    }

    /// The bytes of a file read some other way (or a test's), kept as they are, not copied.
    init(_ bytes: [UInt8]) {
        array = bytes
        base = nil
        count = bytes.count
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The whole file, or nil when it does not exist; mapped when `mapping` and the file is
    /// large, on a local disk.
    static func read(_ path: String, mapping: Bool) throws -> FileBytes? {
        guard mapping, let fd = try FileSystem.openForReading(path) else {
            return try FileSystem.read(path).map(FileBytes.init)
        }
        defer { FileSystem.closeFile(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0 else { throw StoreError.io(path: path, operation: "read", errno: errno) }
        let size = Int(s.st_size)
        guard (s.st_mode & S_IFMT) == S_IFREG, size >= mappedFrom, isOnLocalDisk(s),
              let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            return try FileBytes(FileSystem.read(fd, path: path, size: size))  // the file already open
        }
        return FileBytes(mapped: base, count: size)
    }

    /// Whether the file is on a block device, a local disk: network and FUSE file systems
    /// (NFS, SMB, sshfs…), where a read error comes to a mapping as SIGBUS, have none. (So
    /// have tmpfs, overlayfs and btrfs: their files are read, as before.)
    private static func isOnLocalDisk(_ s: stat) -> Bool {
        #if os(Linux)
        let dev = UInt64(s.st_dev)
        return (dev >> 8) & 0xFFF | (dev >> 32) & ~0xFFF != 0  // glibc's major()
        #else
        return false
        #endif
    }

    var isMapped: Bool { base != nil }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let base else { return try array.withUnsafeBufferPointer(body) }
        return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    // MARK: - RandomAccessCollection

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> UInt8 {
        guard let base else { return array[position] }
        precondition(position >= 0 && position < count, "index out of range")
        return base.load(fromByteOffset: position, as: UInt8.self)
    }
}
