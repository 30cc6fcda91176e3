import Dispatch

/// An array whose elements are made independently of each other, made in chunks that both
/// cores take as they come free: a core still busy elsewhere (the journal's, reading the
/// journal) takes fewer. For the contacts a snapshot holds, which the first key waits for.
/// (Their texts and lists made so were no faster, the texts slower: docs/benchmarks-history.md,
/// fifteenth round.)
enum ChunkedArray {
    /// Elements per chunk: large enough that taking one costs nothing next to making it.
    static let chunk = 2048

    /// `count` elements, element `i` made at `at` (uninitialized memory) by `make(i, at)`,
    /// which may run on any thread, each `i` once: it must write nothing but `at`.
    static func make<T>(count: Int, _ make: (_ i: Int, _ at: UnsafeMutablePointer<T>) -> Void) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            withoutActuallyEscaping(make) { make in
                // Each chunk fills its own range of the buffer; all are done when
                // `concurrentPerform` returns.
                nonisolated(unsafe) let (base, make) = (buffer.baseAddress, make)
                let chunks = max(1, count / chunk)
                DispatchQueue.concurrentPerform(iterations: chunks) { k in
                    for i in (count * k / chunks)..<(count * (k + 1) / chunks) { make(i, base! + i) }
                }
            }
            initialized = count
        }
    }
}
