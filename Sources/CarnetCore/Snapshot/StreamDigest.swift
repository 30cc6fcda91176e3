/// A 64-bit hash of bytes that arrive in pieces (the journal is read 64 KB at a time),
/// whose state can be kept and compared: two states of the same length are equal when the
/// bytes before them were, so a snapshot can tell that the journal on disk still begins
/// with what it read, and hash on from there. Not for adversaries: it tells a file changed
/// by an editor, `git` or another program from the one it was.
///
/// Four lanes, each mixing every fourth word of a 32-byte block: their multiplications do
/// not wait for each other (one lane hashed ~3 GB/s here; a start hashes the contacts file,
/// the journal and both parts of the snapshot).
struct StreamDigest: Equatable, Sendable {
    /// Bytes hashed so far.
    private(set) var length = 0
    private(set) var lanes = SIMD4<UInt64>(0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
    /// The last `length % 32` bytes, waiting for a whole block, little-endian.
    private(set) var pending = SIMD4<UInt64>()

    init() {}

    init(length: Int, lanes: SIMD4<UInt64>, pending: SIMD4<UInt64>) {
        self.length = length
        self.lanes = lanes
        self.pending = pending
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        let n = bytes.count
        // Complete the pending block first, a byte at a time.
        while i < n && length % 32 != 0 {
            keep(base[i])
            i += 1
            if length % 32 == 0 { mix(pending); pending = SIMD4() }
        }
        let raw = UnsafeRawPointer(base)
        while i + 32 <= n {
            mix(SIMD4(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self),
                      raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self), raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)))
            i += 32
            length += 32
        }
        while i < n {
            keep(base[i])
            i += 1
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    /// The hash of all the bytes so far.
    var hash: Int {
        var h = UInt64(length) &* 0x94D0_49BB_1331_11EB
        for k in 0..<4 {
            h = (h ^ lanes[k] ^ pending[k]) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    private mutating func keep(_ byte: UInt8) {
        let at = length % 32
        withUnsafeMutableBytes(of: &pending) { $0[at] = byte }  // in memory order, as the loads read
        length += 1
    }

    @inline(__always)
    private mutating func mix(_ block: SIMD4<UInt64>) {
        lanes = (lanes ^ block) &* SIMD4(repeating: 0xBF58_476D_1CE4_E5B9)
        lanes ^= lanes &>> 31
    }
}
