/// The second part of a large contacts file, decoded on a thread of its own while the
/// loader decodes the first: after an outside edit of the contacts, the journal comes from
/// the snapshot and its thread soon has nothing left to do, while the contacts' parse was
/// the whole wait (docs/benchmarks-history.md).
///
/// Each record is decoded as the loader decodes it, with a value pool of its own; whether
/// its id was already used is decided when the loader joins the parts, in file order, so
/// that the store reads as if in one pass: the same contacts, problems in the same order,
/// the same record numbers.
struct ContactsTail: Sendable {
    /// A record of the part, in file order.
    struct Record: Sendable {
        var line: Int
        var segment: Int
        /// Problems in its values, in the order the decoder found them.
        var problems: [Problem]
        /// Its place in `contacts`, or -1 when it makes no contact (no id or no name).
        var contact: Int
    }

    var contacts: [Contact] = []
    var records: [Record] = []
    /// Lines that are not `key: value` (and the like), in file order.
    var syntaxProblems: [Problem] = []
    /// `contacts` in order by name, when asked for: sorted here, the loader only merges
    /// them with the first part's (`NameOrder.merged`).
    var byName: NameOrder.Sorted?
    /// Contacts taken from the snapshot rather than parsed (`init(_:records:reusing:)`).
    private(set) var reused = 0
    /// The order by name of all of `contacts`, when the part is the whole file and `reused`
    /// ones kept their order (see `init(_:records:reusing:)`).
    private(set) var orderByName: [Int]?

    /// `count`: the number of records from `start` on.
    init(_ content: FileBytes, from start: RecordParser.Outline.Start, count: Int, sortsByName: Bool) {
        var pool = ValuePool()
        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        var records: [Record] = []
        records.reserveCapacity(count)
        var syntaxProblems: [Problem] = []
        var names = sortsByName ? NameOrder.Sorted(capacity: count) : nil
        ContactsTail.decode(content, from: start, to: content.count, into: &contacts, &records, &syntaxProblems,
                            names: &names, pool: &pool)
        names?.sort()
        self.contacts = contacts
        self.records = records
        self.syntaxProblems = syntaxProblems
        byName = names
    }

    /// The whole contacts file as one part, after an outside edit: each record whose bytes
    /// are those of a record in `old` (`RecordHashes`) takes that record's contact, moved out
    /// of it; only the others are parsed. Nil when `old` cannot tell (it had problems, or no
    /// hashes), when something outside the records would be reported, or when fewer than half
    /// the records are found in it (the file rewritten: then the split read is faster).
    init?(_ content: FileBytes, records walk: RecordHashes, reusing old: consuming StoreSnapshot.ContactsPart) {
        let records = walk.records
        guard walk.outsideIsClean, old.problems.isEmpty, old.recordHashes.count == old.contacts.count else { return nil }
        let found = ContactsTail.match(records, in: old.recordHashes)
        guard found.reused * 2 >= records.count else { return nil }
        var taken = old.contacts
        old.contacts = []  // `taken` is then the only reference: its contacts move without a copy
        var pool = ValuePool()
        var contacts: [Contact] = []
        contacts.reserveCapacity(records.count)
        var parts: [Record] = []
        parts.reserveCapacity(records.count)
        var syntaxProblems: [Problem] = []
        taken.withUnsafeMutableBufferPointer { taken in
            for (k, r) in records.enumerated() {
                if let from = found.positions[k] {
                    contacts.append((taken.baseAddress! + from).move())
                    (taken.baseAddress! + from).initialize(to: Contact(id: "", name: ""))
                    parts.append(Record(line: r.line, segment: r.segment, problems: [], contact: contacts.count - 1))
                    continue
                }
                let start = RecordParser.Outline.Start(offset: r.start, line: r.line, segment: r.segment, records: 0)
                var names: NameOrder.Sorted?
                ContactsTail.decode(content, from: start, to: r.end, into: &contacts, &parts, &syntaxProblems,
                                    names: &names, pool: &pool)
            }
        }
        self.contacts = contacts
        self.records = parts
        self.syntaxProblems = syntaxProblems
        assert(parts.count == records.count, "a record's bytes are one record")  // `order` pairs them by index
        orderByName = ContactsTail.order(old.byName, taken: found.positions, records: parts, contacts: contacts)
        reused = found.reused
    }

    /// Numbered as if it started `lines` lines and `segments` segments further down: a part
    /// taken over from a place the other thread found (`ContactsShare`) counts from there.
    mutating func moveOn(lines: Int, segments: Int) {
        func moved(_ p: Problem) -> Problem {
            var p = p
            if p.line > 0 { p.line += lines }
            return p
        }
        for k in records.indices {
            records[k].line += lines
            records[k].segment += segments
            if !records[k].problems.isEmpty { records[k].problems = records[k].problems.map(moved) }
        }
        syntaxProblems = syntaxProblems.map(moved)
    }

    /// Decodes the records from `start` to `end` onto the ends of `contacts` and `records`,
    /// and each contact's name into `names` when there are names to keep.
    private static func decode(_ content: FileBytes, from start: RecordParser.Outline.Start, to end: Int,
                               into contacts: inout [Contact], _ records: inout [Record], _ syntaxProblems: inout [Problem],
                               names: inout NameOrder.Sorted?, pool: inout ValuePool) {
        let file = StoreFile.contacts.rawValue
        RecordParser.parse(content, from: start, to: end, file: file, problems: &syntaxProblems) { record in
            // Decoded in place, at the end of the array (see `ContactRecord.decode`).
            contacts.append(Contact(id: "", name: ""))
            let (complete, problems) = ContactRecord.decode(record, file: file, into: &contacts[contacts.count - 1],
                                                            pool: &pool)
            if !complete { contacts.removeLast() } else { names?.add(nameOf: contacts, at: contacts.count - 1) }
            records.append(Record(line: record.line, segment: record.segment, problems: problems,
                                  contact: complete ? contacts.count - 1 : -1))
        }
    }

    /// The snapshot's order by name for the contacts taken from it, the parsed ones inserted:
    /// nil when there are many of those (a sort is then as fast), or when records moved (the
    /// order of namesakes, by position, would no longer hold).
    private static func order(_ old: [Int]?, taken: [Int?], records: [Record], contacts: [Contact]) -> [Int]? {
        guard let old else { return nil }
        var now = [Int](repeating: -1, count: old.count)
        var parsed: [Int] = []
        var last = -1
        for (k, record) in records.enumerated() where record.contact >= 0 {
            guard let from = taken[k] else {
                parsed.append(record.contact)
                continue
            }
            guard from > last else { return nil }
            last = from
            now[from] = record.contact
        }
        guard parsed.count * 16 <= contacts.count else { return nil }
        return NameOrder.inserting(parsed, into: old.compactMap { now[$0] >= 0 ? now[$0] : nil }, in: contacts)
    }

    /// For each record, the position in `old` of a record with the same hash, each position
    /// given once. Most files are edited in a few places: records are looked for where the
    /// last one was found, then, past a few misses, through a table of all of them.
    private static func match(_ records: [RecordHashes.Record], in old: [Int]) -> (positions: [Int?], reused: Int) {
        var positions = [Int?](repeating: nil, count: records.count)
        var used = [Bool](repeating: false, count: old.count)
        var table: [Int: Int]?
        var misses = 0
        var next = 0
        var reused = 0
        for (k, r) in records.enumerated() {
            var at: Int?
            if let near = (next..<min(next + 4, old.count)).first(where: { old[$0] == r.hash && !used[$0] }) {
                at = near
            } else {
                misses += 1
                if table == nil && misses > 16 {
                    table = Dictionary(old.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                }
                if let p = table?[r.hash], !used[p] { at = p }
            }
            guard let at else { continue }
            positions[k] = at
            used[at] = true
            next = at + 1
            reused += 1
        }
        return (positions, reused)
    }

    /// Appends the part's contacts to `contacts`, all but those at `dropped` (in order),
    /// and leaves blank ones here in their place: taken, not copied. A copy retained every
    /// text of every contact, and destroying this part then released them all (10–12 ms of
    /// the first screen's wait after an outside edit at 100,000 people, by timestamps).
    mutating func moveContacts(to contacts: inout [Contact], skipping dropped: [Int]) {
        if contacts.isEmpty && dropped.isEmpty {
            swap(&contacts, &self.contacts)  // the whole file was this part (`init(_:records:reusing:)`)
            return
        }
        contacts.reserveCapacity(contacts.count + self.contacts.count - dropped.count)
        self.contacts.withUnsafeMutableBufferPointer { part in
            guard let base = part.baseAddress else { return }
            var next = 0
            for k in part.indices {
                if next < dropped.count && dropped[next] == k {
                    next += 1
                    continue
                }
                contacts.append((base + k).move())
                (base + k).initialize(to: Contact(id: "", name: ""))
            }
        }
    }
}
