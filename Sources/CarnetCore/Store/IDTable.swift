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
/// Open addressing over an arena of the strings' bytes; hashed a word at a time. Not a
/// general map: entries are only ever added.
struct IDTable: Sendable {
    /// The hash's high 32 bits (a tag) and entry index + 1 in the low 32; 0 = empty. A probe
    /// compares tags without touching anything else: at 100,000 ids every other array is a
    /// cache miss.
    private var slots: [UInt64]
    private var mask: Int
    private var arena: [UInt8] = []
    /// Entry → offset of its bytes in `arena` (high 32 bits) and their length (low 32).
    private var spans: [UInt64] = []
    private var hashes: [Int] = []
    private(set) var strings: [String] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 16)
        spans.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
    }

    var count: Int { strings.count }

    /// The entry for an id, added if new.
    mutating func entry(_ id: String) -> Int32 {
        var bytes = id
        return Int32(bytes.withUTF8 { resolve($0) })
    }

    /// The entry for an id's bytes, added (its string made from the bytes, unless given) if new.
    mutating func resolve(_ key: UnsafeBufferPointer<UInt8>, string: String? = nil) -> Int {
        let h = IDTable.hash(key)
        let (slot, entry) = find(key, hash: h)
        if let entry { return entry }
        insert(key, hash: h, string: string ?? String(decoding: key, as: UTF8.self), slot: slot)
        return strings.count - 1
    }

    /// The entry for an id's bytes, if it was added.
    func existing(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: IDTable.hash(key)).entry
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
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// The slot holding the id, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: Int) -> (slot: Int, entry: Int?) {
        let tag = UInt64(truncatingIfNeeded: h) >> 32
        return slots.withUnsafeBufferPointer { slots in
            spans.withUnsafeBufferPointer { spans in
                arena.withUnsafeBufferPointer { arena in
                    var slot = h & mask
                    while true {
                        let s = slots[slot]
                        if s == 0 { return (slot, nil) }
                        if s >> 32 == tag {
                            let entry = Int(s & 0xFFFF_FFFF) - 1
                            let span = spans[entry]
                            if Int(span & 0xFFFF_FFFF) == key.count
                                && (key.count == 0 || memcmp(arena.baseAddress! + Int(span >> 32), key.baseAddress!, key.count) == 0) {
                                return (slot, entry)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: Int, string: String, slot: Int) {
        let entry = strings.count
        spans.append(UInt64(arena.count) << 32 | UInt64(key.count))
        hashes.append(h)
        arena.append(contentsOf: key)
        strings.append(string)
        slots[slot] = IDTable.slot(hash: h, entry: entry)
        if strings.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for entry in 0..<strings.count {
            var slot = hashes[entry] & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = IDTable.slot(hash: hashes[entry], entry: entry)
        }
    }

    private static func slot(hash h: Int, entry: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: h) >> 32) << 32 | UInt64(entry + 1)
    }
}
