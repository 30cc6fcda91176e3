#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The contact list's order by name: folded names (accents and case set aside), then
/// position, so that namesakes keep file order. Kept in the store's snapshot for all the
/// contacts (`Network.byName`): at 100,000 people, sorting them was a tenth of the start.
///
/// The folded names go into one byte buffer and are compared as bytes: String's own order
/// too, but for a name written in another canonically equivalent form (a kana and a
/// separate voicing mark, Hangul as jamo), which String takes as the composed one and the
/// bytes keep apart, as the filter's byte search (`SearchIndex`) does. Each name's
/// first eight bytes are also kept as a big-endian integer beside it, so that most
/// comparisons are one integer comparison in a contiguous array: comparing through the
/// buffer with `memcmp` was most of the first screen after the load at 100,000 people.
public enum NameOrder {
    fileprivate struct Key: Sendable {
        /// The first eight bytes, zero-padded, most significant first.
        var prefix: UInt64
        /// The next eight: many names begin alike for eight bytes (a first name and a space),
        /// and sixteen tell nearly all of them apart without reading the names.
        var next: UInt64
        var start: Int32
        var count: Int32
        var position: Int
    }

    /// Some contacts' folded names with their keys, in order: two of them, for two parts
    /// of the contacts read on two threads, merge into the order of the whole (`merged`).
    struct Sorted: Sendable {
        fileprivate var bytes: [UInt8] = []
        fileprivate var keys: [Key] = []

        var positions: [Int] { keys.map(\.position) }

        init(capacity: Int = 0) {
            bytes.reserveCapacity(capacity * 16)
            keys.reserveCapacity(capacity)
        }

        var count: Int { keys.count }

        /// Adds the name of the contact at `position`, in no order until `sort()`. The loader
        /// adds each name as it decodes its contact, on the thread that decodes it: the name
        /// is still in the cache, where sorting afterwards read 100,000 of them back from
        /// memory, 26–35 ms of the main thread before the first screen (timestamps in the app).
        mutating func add(_ name: String, position: Int) {
            let start = bytes.count
            Folding.appendKey(of: name, to: &bytes)
            func word(_ from: Int) -> UInt64 {
                var word: UInt64 = 0
                for k in from..<(from + 8) { word = word << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                return word
            }
            keys.append(Key(prefix: word(start), next: word(start + 8), start: Int32(start),
                            count: Int32(bytes.count - start), position: position))
        }

        /// Adds the name of `contacts[position]`, read in place: `contacts[position].name`
        /// copied the whole contact, each of its texts retained and released (`perf`).
        mutating func add(nameOf contacts: [Contact], at position: Int) {
            contacts.withUnsafeBufferPointer { add($0[position].name, position: position) }
        }

        /// Puts the names added in order.
        mutating func sort() {
            bytes.withUnsafeBufferPointer { b in NameOrder.sortByPrefix(&keys, b) }
        }
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
        sortedNames(positions, in: contacts).positions
    }

    /// `sortedNames` for the loader, which has the other core idle once the journal is read:
    /// each half of the positions sorted on a core of its own, then the two merged. At
    /// 100,000 people the main thread sorted some 85,000 names alone, 40–73 ms, with the
    /// journal's thread done and waiting (timestamps in the app, docs/benchmarks-history.md).
    static func sortedNamesOnTwoCores(_ positions: [Int], in contacts: [Contact]) -> Sorted {
        guard positions.count >= twoCoresFrom else { return sortedNames(positions, in: contacts) }
        let (first, second) = BackgroundWork.inHalves(positions.count) { sortedNames(Array(positions[$0]), in: contacts) }
        return joined(first, second)
    }

    /// Below this many names, sorting on one core is over sooner than handing half to another.
    static let twoCoresFrom = 4096

    static func sortedNames(_ positions: [Int], in contacts: [Contact]) -> Sorted {
        var names = Sorted(capacity: positions.count)
        for p in positions { names.add(contacts[p].name, position: p) }
        names.sort()
        return names
    }

    /// `keys` in the order `precedes` gives. A stable radix sort of their eight-byte prefixes,
    /// a byte at a time from the last, then each run of keys sharing a prefix (names that
    /// begin alike for eight bytes) sorted by `precedes`. Comparing took some 17 comparisons
    /// a key at 100,000 people, each a move of the 32-byte keys; this is eight moves at most,
    /// fewer when a byte is the same in every key (the eighth of short names, the first of a
    /// list of one letter). Sorting all of them was a tenth of the main thread's start.
    private static func sortByPrefix(_ keys: inout [Key], _ b: UnsafeBufferPointer<UInt8>) {
        let n = keys.count
        guard n > 64 else {
            keys.sort { x, y in precedes(x, b, y, b) }
            return
        }
        // How many keys have each value of each byte, counted for all eight in one pass.
        var counts = [Int](repeating: 0, count: 8 * 256)
        for k in keys {
            for byte in 0..<8 { counts[byte << 8 | Int(k.prefix >> UInt64(byte * 8) & 0xFF)] += 1 }
        }
        var other = keys
        var sortedInKeys = true
        keys.withUnsafeMutableBufferPointer { keys in
            other.withUnsafeMutableBufferPointer { other in
                for byte in 0..<8 {
                    let first = byte << 8
                    // One value for all: this byte moves nothing.
                    if counts[first..<(first + 256)].contains(n) { continue }
                    var next = [Int](repeating: 0, count: 256)
                    var total = 0
                    for v in 0..<256 {
                        next[v] = total
                        total += counts[first | v]
                    }
                    let (from, to) = sortedInKeys ? (keys, other) : (other, keys)
                    let shift = UInt64(byte * 8)
                    for k in from {
                        let v = Int(k.prefix >> shift & 0xFF)
                        to[next[v]] = k
                        next[v] += 1
                    }
                    sortedInKeys.toggle()
                }
            }
        }
        if !sortedInKeys { swap(&keys, &other) }
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && keys[end].prefix == keys[start].prefix { end += 1 }
            if end - start > 1 { keys[start..<end].sort { x, y in precedes(x, b, y, b) } }
            start = end
        }
    }

    /// The order of `first` and `second` together, `second`'s positions moved on by
    /// `offset` (its contacts come after `first`'s): a merge, one comparison a contact,
    /// where sorting them together took n log n.
    static func merged(_ first: Sorted, _ second: Sorted, offset: Int) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(first.keys.count + second.keys.count)
        merge(first, second, offset: offset) { key, _ in order.append(key.position) }
        return order
    }

    /// `first` and `second` (positions in the same contacts) as one: their names' bytes one
    /// after the other, their keys merged.
    static func joined(_ first: Sorted, _ second: Sorted) -> Sorted {
        var both = Sorted()
        both.bytes = first.bytes + second.bytes
        both.keys.reserveCapacity(first.keys.count + second.keys.count)
        let moved = Int32(first.bytes.count)
        merge(first, second, offset: 0) { key, fromSecond in
            var key = key
            if fromSecond { key.start += moved }
            both.keys.append(key)
        }
        return both
    }

    /// Hands over the keys of `first` and `second` in order (`true` for the second's), the
    /// second's positions moved on by `offset`.
    private static func merge(_ first: Sorted, _ second: Sorted, offset: Int, _ take: (Key, Bool) -> Void) {
        first.bytes.withUnsafeBufferPointer { a in
            second.bytes.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                while i < first.keys.count && j < second.keys.count {
                    var y = second.keys[j]
                    y.position += offset
                    if precedes(y, b, first.keys[i], a) {
                        take(y, true)
                        j += 1
                    } else {
                        take(first.keys[i], false)
                        i += 1
                    }
                }
                for x in first.keys[i...] { take(x, false) }
                for var y in second.keys[j...] {
                    y.position += offset
                    take(y, true)
                }
            }
        }
    }

    /// `order` (positions in `contacts`, by name) with `more` (other positions) put in their
    /// places: a binary search each, for a few contacts among many (those parsed again after
    /// an outside edit, among those taken from the snapshot), where sorting all of them
    /// took 35–44 ms at 100,000 people.
    static func inserting(_ more: [Int], into order: [Int], in contacts: [Contact]) -> [Int] {
        func key(_ p: Int) -> [UInt8] {
            var k: [UInt8] = []
            Folding.appendKey(of: contacts[p].name, to: &k)
            return k
        }
        // As `precedes` orders them: folded names as bytes (a name before the longer ones it
        // begins), then position.
        func precedes(_ a: Int, _ ak: [UInt8], _ b: Int, _ bk: [UInt8]) -> Bool {
            ak == bk ? a < b : ak.lexicographicallyPrecedes(bk)
        }
        let places = more.map { p in
            let pk = key(p)
            var low = 0, high = order.count
            while low < high {
                let mid = (low + high) / 2
                if precedes(order[mid], key(order[mid]), p, pk) { low = mid + 1 } else { high = mid }
            }
            return (at: low, position: p, key: pk)
        }.sorted { x, y in x.at != y.at ? x.at < y.at : precedes(x.position, x.key, y.position, y.key) }
        var out: [Int] = []
        out.reserveCapacity(order.count + more.count)
        var next = 0
        for i in 0...order.count {
            while next < places.count && places[next].at == i {
                out.append(places[next].position)
                next += 1
            }
            if i < order.count { out.append(order[i]) }
        }
        return out
    }

    /// Whether `x`, whose bytes are in `xb`, comes before `y`, whose bytes are in `yb`.
    @inline(__always)
    private static func precedes(_ x: Key, _ xb: UnsafeBufferPointer<UInt8>, _ y: Key, _ yb: UnsafeBufferPointer<UInt8>) -> Bool {
        if x.prefix != y.prefix { return x.prefix < y.prefix }
        if x.next != y.next { return x.next < y.next }
        // The same first sixteen bytes (or a NUL among them): the whole names decide.
        let shorter = Int(min(x.count, y.count))
        if shorter > 0, let xs = xb.baseAddress, let ys = yb.baseAddress {
            let c = memcmp(xs + Int(x.start), ys + Int(y.start), shorter)
            if c != 0 { return c < 0 }
        }
        if x.count != y.count { return x.count < y.count }
        return x.position < y.position
    }
}
