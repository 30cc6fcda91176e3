/// Contact ids looked up straight from the journal's bytes: a million `@id`s resolve to
/// the contact's position and share the contact's `String` (no allocation, no SipHash of
/// a fresh string), and an id nobody has is made once however often it appears.
///
/// Open addressing over an arena of the ids' bytes; FNV-1a hashing. Not a general map:
/// entries are only ever added.
struct IDTable {
    /// The position given when the id was added, or `IDTable.stray` for an id that no
    /// contact has (seen only in the journal).
    static let stray: Int32 = -1

    private var slots: [Int32]            // entry index + 1; 0 = empty
    private var mask: Int
    private var arena: [UInt8] = []
    private var starts: [Int32] = []      // entry → offset of its bytes in `arena`
    private var lengths: [Int32] = []
    private(set) var strings: [String] = []
    private(set) var positions: [Int32] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 16)
        starts.reserveCapacity(capacity)
        lengths.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
    }

    var count: Int { strings.count }

    /// Adds an id (the first position stays when an id is added twice).
    mutating func add(_ id: String, position: Int32) {
        let bytes = Array(id.utf8)
        let (slot, entry) = find(bytes[...])
        if entry == nil { insert(bytes[...], string: id, position: position, slot: slot) }
    }

    /// The id's string and position; an unknown id is added as a stray, its string made from the bytes.
    mutating func resolve(_ bytes: ArraySlice<UInt8>) -> (id: String, position: Int32) {
        let (slot, entry) = find(bytes)
        if let entry { return (strings[entry], positions[entry]) }
        let string = String(decoding: bytes, as: UTF8.self)
        insert(bytes, string: string, position: IDTable.stray, slot: slot)
        return (string, IDTable.stray)
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot holding the id, or the empty slot where it would go.
    private func find(_ bytes: ArraySlice<UInt8>) -> (slot: Int, entry: Int?) {
        bytes.withUnsafeBufferPointer { key in
            var slot = IDTable.hash(key) & mask
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return (slot, nil) }
                if Int(lengths[entry]) == key.count && equal(entry, key) { return (slot, entry) }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(_ bytes: ArraySlice<UInt8>, string: String, position: Int32, slot: Int) {
        let entry = strings.count
        starts.append(Int32(arena.count))
        lengths.append(Int32(bytes.count))
        arena.append(contentsOf: bytes)
        strings.append(string)
        positions.append(position)
        slots[slot] = Int32(entry + 1)
        if strings.count * 2 > slots.count { grow() }
    }

    private func equal(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { a in
            let start = Int(starts[entry])
            for i in 0..<key.count where a[start + i] != key[i] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for entry in 0..<strings.count {
            let start = Int(starts[entry])
            let h = arena[start..<(start + Int(lengths[entry]))].withUnsafeBufferPointer { IDTable.hash($0) }
            var slot = h & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }
}
