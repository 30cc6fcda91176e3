/// Contact id → position in `Network.contacts`.
///
/// The ids' UTF-8 bytes are hashed a word at a time (`IDTable`), where a `[String: Int]`
/// hashed each id with SipHash after checking its normalisation: building and probing
/// that dictionary was most of the time spent indexing a loaded network. Ids are matched
/// byte for byte, as the journal's `@id`s are.
struct ContactIndex: Sendable {
    private var table: IDTable
    /// Entry in `table` → position (the first, when an id is added twice).
    private var positions: [Int] = []

    init(capacity: Int = 16) {
        table = IDTable(capacity: capacity, keepsStrings: false)
        positions.reserveCapacity(capacity)
    }

    /// The index of every contact's id, in order.
    init(of contacts: [Contact]) {
        self.init(capacity: contacts.count)
        // By index: `enumerated()` would copy each contact (and retain its twenty fields) to read its id.
        for i in contacts.indices { add(contacts[i].id, position: i) }
    }

    subscript(id: String) -> Int? {
        table.existing(string: id).map { positions[$0] }
    }

    /// Adds an id; an id already there keeps its first position. Returns whether it was new.
    @discardableResult
    mutating func add(_ id: String, position: Int) -> Bool {
        let entry = table.resolve(string: id)
        guard entry == positions.count else { return false }
        positions.append(position)
        return true
    }

    /// The positions of many ids, looked up in a loop of their own: lookups that do not wait
    /// for other work overlap their cache misses (see `IDTable.resolveAll`). Many are looked
    /// up half on each core: the journal's hundred thousand people, found among as many
    /// contacts, were 13–15 ms of the main thread at the end of the load, with the other
    /// core idle (each lookup mostly waits for memory).
    func positions(of ids: [String]) -> [Int?] {
        guard ids.count >= ContactIndex.twoCoresFrom else { return positions(of: ids[...]) }
        let (first, second) = BackgroundWork.inHalves(ids.count) { [self] in positions(of: ids[$0]) }
        return first + second
    }

    /// Below this many ids, looking up on one core is over sooner than handing half to another.
    static let twoCoresFrom = 8192

    private func positions(of ids: ArraySlice<String>) -> [Int?] {
        ids.map { id in table.existing(string: id).map { positions[$0] } }
    }
}
