/// A 64-bit hash of bytes that arrive in pieces (the journal is read 64 KB at a time),
/// whose state can be kept and compared: two states of the same length are equal when the
/// bytes before them were, so a snapshot can tell that the journal on disk still begins
/// with what it read, and hash on from there. Not for adversaries: it tells a file changed
/// by an editor, `git` or another program from the one it was.
struct StreamDigest: Equatable, Sendable {
    /// Bytes hashed so far.
    private(set) var length = 0
    private(set) var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// The last `length % 8` bytes, waiting for a whole word, little-endian.
    private(set) var pending: UInt64 = 0

    init() {}

    init(length: Int, state: UInt64, pending: UInt64) {
        self.length = length
        self.state = state
        self.pending = pending
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        let n = bytes.count
        // Complete the pending word first, a byte at a time.
        while i < n && length % 8 != 0 {
            pending |= UInt64(base[i]) << UInt64(8 * (length % 8))
            length += 1
            i += 1
            if length % 8 == 0 { mix(pending); pending = 0 }
        }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
            length += 8
        }
        while i < n {
            pending |= UInt64(base[i]) << UInt64(8 * (length % 8))
            length += 1
            i += 1
        }
    }

    /// The hash of all the bytes so far.
    var hash: Int {
        var h = (state ^ pending ^ UInt64(length) << 56) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        state ^= state >> 31
    }
}
