#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the store needs, with the care a store of years of data deserves:
/// private permissions whatever the umask, atomic replacement, fsync of file and folder.
public enum FileSystem {
    /// Identity of a file's content as the kernel sees it; a change means someone wrote.
    /// The change time too: a program can set the modification time back (`touch -r`,
    /// `cp -p`, an editor that keeps it), so that a file rewritten in place at its old size
    /// would otherwise look untouched; the change time cannot be set back.
    struct Fingerprint: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int64
        var modifiedNanoseconds: Int64
        var changedSeconds: Int64
        var changedNanoseconds: Int64
    }

    /// The time now, on the clock file times are taken from.
    static func now() -> timespec {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return t
    }

    static func fingerprint(_ path: String) -> Fingerprint? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return fingerprint(s)
    }

    /// The fingerprint of an open file.
    static func fingerprint(of fd: Int32) -> Fingerprint? {
        var s = stat()
        guard fstat(fd, &s) == 0 else { return nil }
        return fingerprint(s)
    }

    private static func fingerprint(_ s: stat) -> Fingerprint {
        Fingerprint(device: UInt64(s.st_dev), inode: UInt64(s.st_ino), size: Int64(s.st_size),
                    modifiedSeconds: Int64(s.st_mtim.tv_sec), modifiedNanoseconds: Int64(s.st_mtim.tv_nsec),
                    changedSeconds: Int64(s.st_ctim.tv_sec), changedNanoseconds: Int64(s.st_ctim.tv_nsec))
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: path, operation: "open", errno: errno)
        }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0 else { throw StoreError.io(path: path, operation: "read", errno: errno) }
        return try read(fd, path: path, size: Int(s.st_size))
    }

    /// The rest of an open file, `size` (its size by `fstat`) and whatever was appended since.
    static func read(_ fd: Int32, path: String, size: Int) throws -> [UInt8] {
        // Straight into the array, at the size fstat gave (no copy through a chunk buffer);
        // whatever was appended since is read after, by chunks.
        let size = max(0, size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = Glibc.read(fd, base + count, size - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw StoreError.io(path: path, operation: "read", errno: failure) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, operation: "read", errno: errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Reads a file a chunk at a time into one buffer used again and again, handing each
    /// chunk to `body` as it was read (cut anywhere); false when there is no such file.
    static func readChunks(_ path: String, size: Int,
                           _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        guard let fd = try openForReading(path) else { return false }
        defer { close(fd) }
        try readChunks(fd, path: path, size: size, from: 0, body)
        return true
    }

    /// The file open for reading, or nil when it does not exist.
    static func openForReading(_ path: String) throws -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: path, operation: "open", errno: errno)
        }
        return fd
    }

    /// Closes a file from `openForReading` (from code where `close` names something else).
    static func closeFile(_ fd: Int32) { close(fd) }

    /// `readChunks` on an open file (`path` names it in errors).
    static func readChunks(_ fd: Int32, path: String, size: Int, from offset: Int,
                           _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try readChunksWhile(fd, path: path, size: size, from: offset) { try body($0); return true }
    }

    /// The same, as long as `body` returns true.
    static func readChunksWhile(_ fd: Int32, path: String, size: Int, from offset: Int,
                                _ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        if lseek(fd, off_t(offset), SEEK_SET) < 0 {
            throw StoreError.io(path: path, operation: "seek in", errno: errno)
        }
        var chunk = [UInt8](repeating: 0, count: max(1, size))
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, operation: "read", errno: errno)
            }
            if n == 0 { return }
            guard try chunk.withUnsafeBufferPointer({ try body(UnsafeBufferPointer(rebasing: $0[0..<n])) }) else { return }
        }
    }

    /// The digest of the file at `path` (read a chunk at a time) and its fingerprint, opened; or `known.digest` without
    /// reading it when the open file's fingerprint is `known.file` (a settled one, see
    /// `Fingerprint.isSettled`). Opened first, then `fstat`: on a network file system,
    /// opening is what makes the client ask the server again, where `stat` may answer from
    /// its cache. Nil when there is no file.
    static func digest(_ path: String, unlessKnown known: (digest: ContentDigest, file: Fingerprint?))
        throws -> (digest: ContentDigest, file: Fingerprint?, known: Bool)? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        let file = fingerprint(of: fd)
        if let settled = known.file, file == settled { return (known.digest, file, true) }
        var digest = StreamDigest()
        try readChunks(fd, path: path, size: 1 << 16, from: 0) { digest.add($0) }
        return (ContentDigest(digest), file, false)
    }

    /// Where the first NUL byte is (a text file has none), found at `memchr` speed.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstNUL)
    }

    static func firstNUL(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = p.baseAddress, let hit = memchr(base, 0, p.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Creates the folder (and parents) with mode 0700, and makes an existing one 0700.
    static func makePrivateDirectory(_ path: String) throws {
        if !isDirectory(path) {
            let parent = parentDirectory(path)
            if parent != path && !parent.isEmpty && !isDirectory(parent) {
                try makePrivateDirectory(parent)
            }
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw StoreError.io(path: path, operation: "create the folder", errno: errno)
            }
        }
        // Only take rights away from others: a folder the user made read-only (0500) stays so.
        var s = stat()
        guard stat(path, &s) == 0 else { throw StoreError.io(path: path, operation: "protect", errno: errno) }
        if s.st_mode & 0o077 != 0 {
            guard chmod(path, s.st_mode & 0o700) == 0 else { throw StoreError.io(path: path, operation: "protect", errno: errno) }
        }
    }

    /// Takes group and other rights away from existing files (0644 → 0600), as after a `git clone`
    /// or a copy under umask 022: the store is private whoever created its files.
    /// (Only the mode changes: not the time nor the content, so no outside change is seen.)
    static func makePrivate(files: [String]) {
        for path in files {
            var s = stat()
            guard stat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG, s.st_mode & 0o077 != 0 else { continue }
            chmod(path, s.st_mode & 0o600)
        }
    }

    /// Replaces `path` with `bytes` so that a crash leaves either the old or the new file:
    /// a temp file in the same folder, fsync, rename, fsync the folder. Mode 0600. Not
    /// `durable` (a cache, which a crash may lose): neither sync.
    static func writeAtomically(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
        let folder = parentDirectory(path)
        let temp = tempPath(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: temp, operation: "create", errno: errno) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw StoreError.io(path: temp, operation: "protect", errno: errno) }
            try writeAll(fd, bytes, path: temp)
            guard !durable || fsync(fd) == 0 else { throw StoreError.io(path: temp, operation: "sync", errno: errno) }
        }
        guard rename(temp, path) == 0 else { throw StoreError.io(path: path, operation: "replace", errno: errno) }
        ok = true
        if durable { syncDirectory(folder) }
        removeStaleTempFiles(of: path)
    }

    /// Where a file is written before it is renamed into place: `.NAME.tmp-PID` beside it.
    static func tempPath(for path: String) -> String {
        "\(parentDirectory(path))/.\(baseName(path)).tmp-\(getpid())"
    }

    /// Removes the temp files (`.NAME.tmp-PID`) that a Carnet killed in the middle of a
    /// write left behind: those whose process is gone. They were never renamed, so they hold
    /// nothing the store needs, and nothing reads them; this only keeps the folder tidy.
    static func removeStaleTempFiles(of path: String) {
        let folder = parentDirectory(path)
        let prefix = ".\(baseName(path)).tmp-"
        for name in names(in: folder) {
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0,
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// The names in a folder (none if it cannot be read).
    public static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            })
        }
        return names
    }

    /// Appends to the end of `path` (created 0600 if missing) and syncs: the journal's write.
    static func append(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.io(path: path, operation: "open", errno: errno) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        // A write that fails half-way (disk full, quota, file size limit) must not leave a
        // torn last line, which would make the store read-only: cut back to where it was.
        var before = stat()
        let start = fstat(fd, &before) == 0 ? before.st_size : -1
        do {
            try writeAll(fd, bytes, path: path)
            guard fsync(fd) == 0 else { throw StoreError.io(path: path, operation: "sync", errno: errno) }
        } catch {
            if start >= 0 {
                _ = ftruncate(fd, start)
                _ = fsync(fd)
            }
            throw error
        }
    }

    /// Makes a rename durable: the folder entry itself must reach the disk.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        guard bytes.withUnsafeBytes({ writeAll(fd, $0) }) else {
            throw StoreError.io(path: path, operation: "write", errno: errno)
        }
    }

    /// Writes all of `raw`, going on after a short write or an interruption; false on an
    /// error (in `errno`).
    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// Turns an errno into the words the C library has for it.
public enum SystemError {
    public static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
