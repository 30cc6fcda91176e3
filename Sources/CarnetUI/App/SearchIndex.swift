#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore

/// Folded search keys as bytes, built ahead of the first filter keystroke; a keystroke is
/// then a byte search per person (`find`), not a Unicode string search. The keys lie one
/// after the other in one buffer: at 100,000 people, a search walks 15 MB in order instead
/// of hopping between as many arrays.
public struct SearchIndex: Equatable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each person's key starts in `bytes`; one more entry marks the end.
    private var starts: [Int] = []

    public init() {}

    var count: Int { max(0, starts.count - 1) }

    /// A filter's words as needles, from its folded text (`Folding.key`), split at spaces.
    public static func needles(folded query: String) -> [[UInt8]] {
        query.split(separator: " ").map { Array($0.utf8) }
    }

    /// Whether the keys are those of `network`'s people.
    func isPrepared(for network: Network) -> Bool { count == network.contacts.count }

    public mutating func prepare(_ network: Network) {
        guard !isPrepared(for: network) else { return }
        bytes = []
        bytes.reserveCapacity(network.contacts.count * 160)
        starts = [0]
        starts.reserveCapacity(network.contacts.count + 1)
        for i in network.contacts.indices {
            network.contacts[i].appendSearchKey(to: &bytes)
            starts.append(bytes.count)
        }
    }

    /// The rows of `rows` whose key holds every needle.
    public func filter(_ rows: [Int], needles: [[UInt8]]) -> [Int] {
        bytes.withUnsafeBytes { all in
            rows.filter { i in
                let key = UnsafeRawBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])
                // The keys that follow may be read past this one's end (see `find`).
                let readable = all.count - starts[i]
                return needles.allSatisfy { n in n.withUnsafeBytes { SearchIndex.find($0, in: key, readable: readable) } }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`. Eight positions are tested at a time for the
    /// needle's first two bytes (the "has a zero byte" bit trick on the haystack xor-ed with
    /// each, at offsets 0 and 1), and only those candidates are compared whole: a narrowing
    /// keystroke searches every remaining key, 50,000 of them at 100,000 people, and with
    /// `memchr` on the first byte alone most keys gave several false starts.
    ///
    /// `readable` bytes from the haystack's start may be loaded (at least its count): with
    /// the keys one after the other, the last block of a key reads into the next, where a
    /// candidate is simply out of range, instead of testing its last positions one by one.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, readable: Int? = nil) -> Bool {
        guard let n = needle.baseAddress, needle.count > 0 else { return true }
        guard let h = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let lastStart = haystack.count - needle.count
        if needle.count == 1 { return memchr(h, Int32(needle[0]), haystack.count) != nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let first = ones &* UInt64(needle[0]), second = ones &* UInt64(needle[1])
        let loadable = max(readable ?? haystack.count, haystack.count)
        var i = 0
        // Blocks of eight starting positions, while the nine bytes they need can be loaded.
        while i + 9 <= loadable && i <= lastStart {
            let a = h.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian ^ first
            let b = h.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self).littleEndian ^ second
            var candidates = ((a &- ones) & ~a) & ((b &- ones) & ~b) & highs
            while candidates != 0 {
                let at = i + candidates.trailingZeroBitCount >> 3
                if at <= lastStart && memcmp(h + at, n, needle.count) == 0 { return true }
                candidates &= candidates - 1
            }
            i += 8
        }
        while i <= lastStart {
            if memcmp(h + i, n, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }
}
