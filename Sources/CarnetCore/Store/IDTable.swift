#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings numbered in order of first appearance and found again from their UTF-8 bytes:
/// the journal's person ids (a million `@id`s resolve straight from the file's bytes to a
/// small number, each id made into a `String` once), the contacts' ids (`ContactIndex`)
/// and the values shared during a load (`ValuePool`).
///
/// Open addressing; hashed a word at a time. A slot holds the key's first 24 bytes beside
/// its tag, so that finding an id touches one cache line: at 100,000 ids, looking the
/// bytes up in a separate arena was two more misses a lookup, and the lookups were 40% of
/// the journal's load. Not a general map: entries are only ever added.
struct IDTable: Sendable {
    /// Four words a slot: the hash's high 24 bits (a tag), the key's length (up to 255) and
    /// entry index + 1 in the first (0 = empty), then the key's first 24 bytes, zero-padded.
    private var slots: [UInt64]
    private var mask: Int
    /// The bytes after the 24th of the keys that are longer.
    private var arena: [UInt8] = []
    /// Entry → offset of its bytes after the 24th in `arena` (high 32 bits) and the key's
    /// whole length (low 32).
    private var spans: [UInt64] = []
    private var hashes: [Int] = []
    /// Entry → its string; empty when the table is not to keep them (`ContactIndex`, whose
    /// contacts have them: keeping each one again was a reference count changed in memory
    /// out of the cache, for each of a hundred thousand ids).
    private(set) var strings: [String] = []
    private let keepsStrings: Bool
    private(set) var count = 0

    private static let inline = 24

    init(capacity: Int, keepsStrings: Bool = true) {
        self.keepsStrings = keepsStrings
        var size = 16
        while !IDTable.fits(capacity, in: size) { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size * 4)
        mask = size - 1
        spans.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        if keepsStrings { strings.reserveCapacity(capacity) }
    }

    /// The entry for an id, added if new.
    mutating func entry(_ id: String) -> Int32 { Int32(resolve(string: id)) }

    /// The entry for a string, added if new.
    mutating func resolve(string: String) -> Int {
        IDTable.withUTF8(of: string) { resolve($0, string: string) }
    }

    /// The entry for a string, if it was added.
    func existing(string: String) -> Int? {
        IDTable.withUTF8(of: string) { existing($0) }
    }

    /// The string's UTF-8, read in place: a copy of the string to call `withUTF8` on changed
    /// its reference count, in memory out of the cache at a hundred thousand ids.
    private static func withUTF8<T>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var string = string
        return string.withUTF8(body)
    }

    /// The entry for an id's bytes, added (its string made from the bytes, unless given) if new.
    mutating func resolve(_ key: UnsafeBufferPointer<UInt8>, string: String? = nil) -> Int {
        let h = IDTable.hash(key)
        let head = IDTable.head(key)
        let (slot, entry) = find(key, hash: h, head: head)
        if let entry { return entry }
        if keepsStrings { strings.append(string ?? String(decoding: key, as: UTF8.self)) }
        insert(key, hash: h, head: head, slot: slot)
        return count - 1
    }

    /// The entries for many keys, added in order when new: `resolve` for each, in one loop
    /// whose lookups do not wait for each other.
    mutating func resolveAll(_ n: Int, key: (Int) -> UnsafeBufferPointer<UInt8>) -> [Int32] {
        var out = [Int32](repeating: 0, count: n)
        for i in 0..<n { out[i] = Int32(resolve(key(i))) }
        return out
    }

    /// The entry for an id's bytes, if it was added.
    func existing(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: IDTable.hash(key), head: IDTable.head(key)).entry
    }

    /// Eight bytes at a time (unaligned loads), then the tail; multiply-xorshift mixing.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return Int(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = key.count
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        h = (h ^ tail(base + i, count: n - i)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// Up to 7 bytes as a little-endian word, zero-padded, without a loop over the bytes (a
    /// third of an id's lookup): 4 to 7 bytes as two 4-byte loads that may overlap (where
    /// they do, they hold the same bytes at the same places, so or-ing them is exact), 1 to
    /// 3 as the first, middle and last bytes, likewise.
    @inline(__always)
    private static func tail(_ p: UnsafePointer<UInt8>, count n: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self).littleEndian)
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self).littleEndian)
            return low | high << UInt64((n - 4) * 8)
        }
        guard n > 0 else { return 0 }
        return UInt64(p[0]) | UInt64(p[n >> 1]) << UInt64((n >> 1) * 8) | UInt64(p[n - 1]) << UInt64((n - 1) * 8)
    }

    /// The key's first 24 bytes as three words, zero-padded, as a slot holds them.
    @inline(__always)
    private static func head(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
        guard let base = key.baseAddress else { return (0, 0, 0) }
        let raw = UnsafeRawPointer(base)
        let n = key.count
        @inline(__always) func word(_ at: Int) -> UInt64 {
            raw.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
        }
        switch n {
        case 24...: return (word(0), word(8), word(16))
        case 16..<24: return (word(0), word(8), tail(base + 16, count: n - 16))
        case 8..<16: return (word(0), tail(base + 8, count: n - 8), 0)
        default: return (tail(base, count: n), 0, 0)
        }
    }

    /// Tag and length, as in a slot's first word's high 32 bits.
    @inline(__always)
    private static func label(hash h: Int, count: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: h) >> 40) << 8 | UInt64(min(count, 255))
    }

    /// The slot holding the id, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: Int, head: (UInt64, UInt64, UInt64)) -> (slot: Int, entry: Int?) {
        let label = IDTable.label(hash: h, count: key.count)
        return slots.withUnsafeBufferPointer { slots in
            var slot = h & mask
            while true {
                let s = slots[slot &* 4]
                if s == 0 { return (slot, nil) }
                if s >> 32 == label && slots[slot &* 4 + 1] == head.0 && slots[slot &* 4 + 2] == head.1
                    && slots[slot &* 4 + 3] == head.2 {
                    let entry = Int(s & 0xFFFF_FFFF) - 1
                    if key.count <= IDTable.inline || restMatches(key, entry: entry) { return (slot, entry) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether a long key's bytes after the 24th are the entry's.
    private func restMatches(_ key: UnsafeBufferPointer<UInt8>, entry: Int) -> Bool {
        let span = spans[entry]
        guard Int(span & 0xFFFF_FFFF) == key.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + Int(span >> 32), key.baseAddress! + IDTable.inline, key.count - IDTable.inline) == 0
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: Int, head: (UInt64, UInt64, UInt64), slot: Int) {
        let entry = count
        count += 1
        spans.append(UInt64(arena.count) << 32 | UInt64(key.count))
        if key.count > IDTable.inline { arena.append(contentsOf: key[IDTable.inline...]) }
        hashes.append(h)
        let label = IDTable.label(hash: h, count: key.count)
        slots[slot * 4] = label << 32 | UInt64(entry + 1)
        slots[slot * 4 + 1] = head.0
        slots[slot * 4 + 2] = head.1
        slots[slot * 4 + 3] = head.2
        if !IDTable.fits(count, in: mask + 1) { grow() }
    }

    /// Filled up to 70%: a fuller table probes further, an emptier one takes more memory
    /// (32 bytes a slot), and neighbouring slots share a cache line, so probing on is cheap.
    private static func fits(_ count: Int, in size: Int) -> Bool { count * 10 <= size * 7 }

    private mutating func grow() {
        let old = slots
        let size = (mask + 1) * 2
        slots = [UInt64](repeating: 0, count: size * 4)
        mask = size - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for from in stride(from: 0, to: old.count, by: 4) where old[from] != 0 {
                let entry = Int(old[from] & 0xFFFF_FFFF) - 1
                var slot = hashes[entry] & mask
                while slots[slot * 4] != 0 { slot = (slot + 1) & mask }
                for k in 0..<4 { slots[slot * 4 + k] = old[from + k] }
            }
        }
    }
}
