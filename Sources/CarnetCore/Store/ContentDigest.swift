/// What a record file held when it was read or last written, reduced to its length and a
/// 64-bit hash: enough to tell that the file on disk is still exactly that (after its
/// fingerprint changed, or before its document is first built from it), without keeping
/// every byte in memory for the whole session (32 MB at 100,000 people).
struct ContentDigest: Equatable, Sendable {
    let length: Int
    let hash: Int

    init(length: Int, hash: Int) {
        self.length = length
        self.hash = hash
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var digest = StreamDigest()
        digest.add(bytes)
        self.init(digest)
    }

    /// The digest of the bytes `digest` was given, which may have come a chunk at a time.
    init(_ digest: StreamDigest) {
        length = digest.length
        hash = digest.hash
    }
}
