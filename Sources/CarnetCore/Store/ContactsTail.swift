/// The second part of a large contacts file, decoded on a thread of its own while the
/// loader decodes the first: after an outside edit of the contacts, the journal comes from
/// the snapshot and its thread soon has nothing left to do, while the contacts' parse was
/// the whole wait (docs/benchmarks.md).
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

    /// `count`: the number of records from `start` on.
    init(_ content: [UInt8], from start: RecordParser.Outline.Start, count: Int, sortsByName: Bool) {
        let file = StoreFile.contacts.rawValue
        var pool = ValuePool()
        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        var records: [Record] = []
        records.reserveCapacity(count)
        var syntaxProblems: [Problem] = []
        RecordParser.parse(content, from: start, to: content.count, file: file, problems: &syntaxProblems) { record in
            // Decoded in place, at the end of the array (see `ContactRecord.decode`).
            contacts.append(Contact(id: "", name: ""))
            let (complete, problems) = ContactRecord.decode(record, file: file, into: &contacts[contacts.count - 1],
                                                            pool: &pool)
            if !complete { contacts.removeLast() }
            records.append(Record(line: record.line, segment: record.segment, problems: problems,
                                  contact: complete ? contacts.count - 1 : -1))
        }
        self.contacts = contacts
        self.records = records
        self.syntaxProblems = syntaxProblems
        if sortsByName { byName = NameOrder.sortedNames(Array(contacts.indices), in: contacts) }
    }

    /// Appends the part's contacts to `contacts`, all but those at `dropped` (in order),
    /// and leaves blank ones here in their place: taken, not copied. A copy retained every
    /// text of every contact, and destroying this part then released them all (10–12 ms of
    /// the first screen's wait after an outside edit at 100,000 people, by timestamps).
    mutating func moveContacts(to contacts: inout [Contact], skipping dropped: [Int]) {
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
