#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The contact list's order by name: folded names (accents and case set aside), then
/// position, so that namesakes keep file order. Kept in the store's snapshot for all the
/// contacts (`Network.byName`): at 100,000 people, sorting them was a tenth of the start.
///
/// The folded names go into one byte buffer and are compared as bytes (String comparison
/// is Unicode-aware; on folded keys it orders as their UTF-8 bytes anyway). Each name's
/// first eight bytes are also kept as a big-endian integer beside it, so that most
/// comparisons are one integer comparison in a contiguous array: comparing through the
/// buffer with `memcmp` was most of the first screen after the load at 100,000 people.
public enum NameOrder {
    private struct Key {
        /// The first eight bytes, zero-padded, most significant first.
        var prefix: UInt64
        var start: Int
        var count: Int
        /// Index in the positions being sorted.
        var index: Int
    }

    /// `positions` (distinct places in `contacts`) by name: picked out of `network.byName`
    /// when the network has it, which gives the same order a sort would.
    public static func sorted(_ positions: [Int], in network: Network) -> [Int] {
        guard let byName = network.byName else { return sorted(positions, in: network.contacts) }
        if positions.count == byName.count {
            assert(Set(positions).count == positions.count, "positions must be distinct")
            return byName
        }
        var picked = [Bool](repeating: false, count: byName.count)
        for p in positions { picked[p] = true }
        return byName.filter { picked[$0] }
    }

    static func sorted(_ positions: [Int], in contacts: [Contact]) -> [Int] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(positions.count * 16)
        var keys = [Key]()
        keys.reserveCapacity(positions.count)
        for (i, p) in positions.enumerated() {
            let start = bytes.count
            Folding.appendKey(of: contacts[p].name, to: &bytes)
            var prefix: UInt64 = 0
            for k in 0..<8 { prefix = prefix << 8 | UInt64(start + k < bytes.count ? bytes[start + k] : 0) }
            keys.append(Key(prefix: prefix, start: start, count: bytes.count - start, index: i))
        }
        bytes.withUnsafeBufferPointer { b in
            keys.sort { x, y in
                if x.prefix != y.prefix { return x.prefix < y.prefix }
                // The same first eight bytes (or a NUL among them): the whole names decide.
                let shorter = min(x.count, y.count)
                if shorter > 0, let base = b.baseAddress {
                    let c = memcmp(base + x.start, base + y.start, shorter)
                    if c != 0 { return c < 0 }
                }
                if x.count != y.count { return x.count < y.count }
                return positions[x.index] < positions[y.index]
            }
        }
        return keys.map { positions[$0.index] }
    }
}
