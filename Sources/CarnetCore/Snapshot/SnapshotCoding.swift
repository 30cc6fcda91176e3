#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values laid out as bytes for a snapshot: integers little-endian, texts as a length and
/// their UTF-8, arrays of plain values as their memory. Read back on the same machine by
/// the same build of Carnet only (`StoreSnapshot` checks both), so no portability is sought.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func uint64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func int32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func byte(_ v: UInt8) { bytes.append(v) }

    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalText(_ s: String?) {
        byte(s == nil ? 0 : 1)
        if let s { text(s) }
    }

    /// An array of plain values (no references), as its count and its memory.
    mutating func plain<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against what is left: a
/// damaged snapshot is refused (`SnapshotReader.Damaged`), never trusted.
struct SnapshotReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

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
    mutating func int32() throws -> Int32 { Int32(littleEndian: try take(4).loadUnaligned(as: Int32.self)) }
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

    mutating func optionalText() throws -> String? {
        try byte() == 0 ? nil : try text()
    }

    mutating func plain<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let n = try count(atLeast: MemoryLayout<T>.stride)
        let source = try take(n * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { memcpy(buffer.baseAddress!, source.baseAddress!, source.count) }
            initialized = n
        }
    }
}
