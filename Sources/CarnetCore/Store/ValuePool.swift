/// Values that repeat from record to record — a company, a city, a sector, the same list
/// of circles — made into a `String` (or a list) once and shared by every contact that has
/// them, for the length of one load.
///
/// Making a `String` validates and copies its bytes; a pooled value costs a hash of the
/// bytes instead, and contacts sharing it share its storage (less memory at 100,000
/// people). Values that never repeat (names, e-mails, notes) are not pooled.
struct ValuePool {
    private var texts = IDTable(capacity: 1024)
    private var listKeys = IDTable(capacity: 1024)
    private var lists: [[String]] = []

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let entry = texts.resolve(bytes)
        return texts.strings[entry]
    }

    /// The list for a value's bytes, split by `make` the first time they are seen.
    mutating func list(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> [String]) -> [String] {
        let entry = listKeys.resolve(bytes)
        if entry == lists.count { lists.append(make()) }
        return lists[entry]
    }
}
