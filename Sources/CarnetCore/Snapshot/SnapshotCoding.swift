#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values laid out as bytes for a snapshot: integers little-endian, texts as a length and
/// their UTF-8, arrays of plain values as their memory. Read back only by the build of
/// Carnet that wrote them (`StoreSnapshot.layout`), so no portability is sought.
///
/// Written to a file as they come, through a small buffer, and hashed section by section
/// (`StreamDigest`): building a 100,000-people snapshot in memory first took 80 MB more,
/// at the moment of the app's peak. Without a file (`init()`), everything stays in `bytes`.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private let fd: Int32
    /// Bytes written so far, buffered or not: the next byte's offset in the file.
    private(set) var offset = 0
    private var section = StreamDigest()
    /// The first error of a write; nothing more is written after it.
    private(set) var failed = false

    private static let flushAt = 1 << 16

    init() { fd = -1 }

    init(file fd: Int32) {
        self.fd = fd
        bytes.reserveCapacity(SnapshotWriter.flushAt * 2)
    }

    /// Starts hashing a new section; `sectionHash` is the hash of what was written since.
    mutating func startSection() { section = StreamDigest() }
    var sectionHash: Int { section.hash }

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { add($0) } }
    mutating func uint64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { add($0) } }
    mutating func byte(_ v: UInt8) { withUnsafeBytes(of: v) { add($0) } }

    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            add(UnsafeRawBufferPointer(utf8))
        }
    }

    /// A list of texts, as its count and each text (read back with `SnapshotReader.texts`).
    mutating func texts(_ list: [String]) {
        int(list.count)
        for t in list { text(t) }
    }

    /// An array of plain values (no references), as its count and its memory.
    mutating func plain<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { add($0) }
    }

    /// `plain`, with the memory starting at a multiple of 8 in the file (after a count of
    /// padding bytes and the padding), so that a reader of the mapped file can use the
    /// values where they lie (`SnapshotReader.alignedPlain`).
    mutating func alignedPlain<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        let padding = (8 - (offset + 1) % 8) % 8
        byte(UInt8(padding))
        for _ in 0..<padding { byte(0) }
        values.withUnsafeBytes { add($0) }
    }

    /// `plain`, but only the bytes of `fields` (offset and size in a value) are copied and
    /// the rest is zero: the padding between and after a struct's fields is whatever was in
    /// memory, and a snapshot must not carry it (nor differ from one run to the next). A
    /// chunk of values at a time, so that no copy of the whole array is made.
    mutating func plain<T: BitwiseCopyable>(_ values: [T], fields: [(offset: Int, size: Int)]) {
        int(values.count)
        let stride = MemoryLayout<T>.stride
        let chunk = 4096
        var padded = [UInt8](repeating: 0, count: chunk * stride)
        values.withUnsafeBytes { source in
            var first = 0
            while first < values.count {
                let n = min(chunk, values.count - first)
                padded.withUnsafeMutableBytes { out in
                    for i in 0..<n {
                        let from = source.baseAddress! + (first + i) * stride, to = out.baseAddress! + i * stride
                        for f in fields { memcpy(to + f.offset, from + f.offset, f.size) }
                    }
                }
                padded.withUnsafeBytes { add(UnsafeRawBufferPointer(rebasing: $0[0..<(n * stride)])) }
                first += n
            }
        }
    }

    mutating func digest(_ d: ContentDigest) {
        int(d.length)
        int(d.hash)
    }

    mutating func digest(_ d: StreamDigest) {
        int(d.length)
        for k in 0..<4 { uint64(d.lanes[k]) }
        for k in 0..<4 { uint64(d.pending[k]) }
    }

    /// A file's fingerprint or none, always `fingerprintLength` bytes.
    mutating func fingerprint(_ f: FileSystem.Fingerprint?) {
        int(f == nil ? 0 : 1)
        for n in [Int64(bitPattern: f?.device ?? 0), Int64(bitPattern: f?.inode ?? 0), f?.size ?? 0,
                  f?.modifiedSeconds ?? 0, f?.modifiedNanoseconds ?? 0, f?.changedSeconds ?? 0, f?.changedNanoseconds ?? 0] {
            int(Int(n))
        }
    }

    static let fingerprintLength = 64

    /// Writes out what is buffered.
    mutating func flush() {
        guard fd >= 0, !bytes.isEmpty else { return }
        if !failed { failed = !bytes.withUnsafeBytes { FileSystem.writeAll(fd, $0) } }
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func add(_ raw: UnsafeRawBufferPointer) {
        section.add(raw.assumingMemoryBound(to: UInt8.self))
        offset += raw.count
        if fd >= 0 && raw.count >= SnapshotWriter.flushAt {
            // Large arrays go straight from their own memory to the file.
            flush()
            if !failed { failed = !FileSystem.writeAll(fd, raw) }
            return
        }
        bytes.append(contentsOf: raw)
        if fd >= 0 && bytes.count >= SnapshotWriter.flushAt { flush() }
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what is left: a
/// damaged snapshot is refused (`SnapshotReader.Damaged`), never trusted.
struct SnapshotReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// When `bytes` lie in a file's mapped pages: where the mapping starts (page-aligned),
    /// and how much of it was given back. Pages already read are given back as the reading
    /// goes (`releaseRead`): mapped, they count in the process's resident memory on top of
    /// what they are copied into, and the two parts (8 MB at 10,000 people) are read at
    /// once, on two threads. Given back, the app's peak there fell by 2–4 MiB.
    private let mapping: UnsafeMutableRawPointer?
    private var released = 0

    init(_ bytes: UnsafeRawBufferPointer, mapping: UnsafeMutableRawPointer? = nil) {
        self.bytes = bytes
        self.mapping = mapping
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= bytes.count - offset else { throw Damaged() }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)])
    }

    mutating func int() throws -> Int {
        Int(Int64(littleEndian: try take(8).loadUnaligned(as: Int64.self)))
    }

    mutating func uint64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }
    mutating func byte() throws -> UInt8 { try take(1)[0] }

    /// A count of things that each take at least `size` bytes: no larger than what is left.
    mutating func count(atLeast size: Int = 1) throws -> Int {
        let n = try int()
        guard n >= 0, n <= (bytes.count - offset) / max(1, size) else { throw Damaged() }
        return n
    }

    mutating func text() throws -> String {
        let utf8 = try take(try count())
        return String(decoding: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    mutating func texts() throws -> [String] {
        let n = try count(atLeast: 8)
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try text()) }
        releaseRead()
        return list
    }

    mutating func plain<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let n = try count(atLeast: MemoryLayout<T>.stride)
        let copy = SnapshotReader.copy(try take(n * MemoryLayout<T>.stride), as: T.self)
        releaseRead()
        return copy
    }

    /// What `SnapshotWriter.alignedPlain` wrote, where it lies, not copied: valid while the
    /// bytes are (the section's mapping), and not given back by `releaseRead` until a later
    /// `plain` or `texts`. For the contacts' rows and lists, read once, which copied were 13
    /// MB of fresh pages to fault in at 100,000 people, on the first key's path. Memory not
    /// aligned for `T` (never in a mapped file, whose pages are aligned) counts as damage.
    mutating func alignedPlain<T: BitwiseCopyable>(_ type: T.Type) throws -> UnsafeBufferPointer<T> {
        let n = try count(atLeast: MemoryLayout<T>.stride)
        let padding = Int(try byte())
        guard padding < 8 else { throw Damaged() }
        _ = try take(padding)
        let raw = try take(n * MemoryLayout<T>.stride)
        guard n > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        guard Int(bitPattern: raw.baseAddress) % MemoryLayout<T>.alignment == 0 else { throw Damaged() }
        return raw.assumingMemoryBound(to: T.self)
    }

    /// Gives back the whole mapped pages before `offset` (they are not read again; were
    /// they, they would come back from the file, which a snapshot never rewrites in place).
    private mutating func releaseRead() {
        guard let mapping, let base = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = (UnsafeRawPointer(mapping).distance(to: base) + offset) / page * page
        guard end > released else { return }
        _ = madvise(mapping + released, end - released, Int32(MADV_DONTNEED))
        released = end
    }

    /// What `SnapshotWriter.plain` wrote, not yet copied: the caller checks it first.
    mutating func plainMemory<T: BitwiseCopyable>(of type: T.Type) throws -> UnsafeRawBufferPointer {
        let n = try count(atLeast: MemoryLayout<T>.stride)
        return try take(n * MemoryLayout<T>.stride)
    }

    static func copy<T: BitwiseCopyable>(_ source: UnsafeRawBufferPointer, as: T.Type) -> [T] {
        let n = source.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { memcpy(buffer.baseAddress!, source.baseAddress!, n * MemoryLayout<T>.stride) }
            initialized = n
        }
    }

    mutating func contentDigest() throws -> ContentDigest {
        ContentDigest(length: try int(), hash: try int())
    }

    mutating func fingerprint() throws -> FileSystem.Fingerprint? {
        let present = try int()
        var n: [Int64] = []
        for _ in 0..<7 { n.append(Int64(try int())) }
        guard present == 1 else { return nil }
        return FileSystem.Fingerprint(device: UInt64(bitPattern: n[0]), inode: UInt64(bitPattern: n[1]), size: n[2],
                                      modifiedSeconds: n[3], modifiedNanoseconds: n[4],
                                      changedSeconds: n[5], changedNanoseconds: n[6])
    }

    mutating func streamDigest() throws -> StreamDigest {
        let length = try int()
        var lanes = SIMD4<UInt64>(), pending = SIMD4<UInt64>()
        for k in 0..<4 { lanes[k] = try uint64() }
        for k in 0..<4 { pending[k] = try uint64() }
        return StreamDigest(length: length, lanes: lanes, pending: pending)
    }
}
