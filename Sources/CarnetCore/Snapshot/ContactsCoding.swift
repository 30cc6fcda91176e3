/// Contacts as a snapshot holds them: each distinct text once in a table, each distinct
/// list of texts once, and every contact as a row of numbers into those tables. Read back,
/// the company, city or circles that thousands of people share are one string again, as
/// after a load from text (`ValuePool`), and reading makes one `String` per distinct text.
enum ContactsCoding {
    /// Numbers per contact, in the order `write` puts them and `read` takes them.
    private static let width = 28
    private static let none: Int32 = -1
    private static let noDay = Int32.min
    private static let units: [Cadence.Unit] = [.day, .week, .month, .year]

    static func write(_ contacts: [Contact], to w: inout SnapshotWriter) {
        // Texts are told apart by their bytes, not by `==`, which takes a composed "é" and a
        // decomposed one for the same: each must come back as it was written.
        var texts = IDTable(capacity: contacts.count * 4)
        var lists: [[Int32]] = [[]]
        var listNumbers: [[Int32]: Int32] = [[]: 0]
        func text(_ s: String?) -> Int32 {
            guard let s else { return none }
            return texts.entry(s)
        }
        func list(_ items: [String]) -> Int32 {
            let numbers = items.map { text($0) }
            if let n = listNumbers[numbers] { return n }
            lists.append(numbers)
            listNumbers[numbers] = Int32(lists.count - 1)
            return Int32(lists.count - 1)
        }
        func day(_ d: Day?) -> Int32 { d.map { Int32($0.ordinal) } ?? noDay }

        var rows: [Int32] = []
        rows.reserveCapacity(contacts.count * width)
        for c in contacts {
            rows += [
                text(c.id), text(c.name), text(c.company), text(c.role), day(c.roleSince),
                list(c.emails), list(c.phones), list(c.urls),
                text(c.city), text(c.country), text(c.sector), text(c.seniority),
                list(c.circles), list(c.tags),
                c.met == nil ? 0 : 1, day(c.met?.date), text(c.met?.event),
                text(c.introducedBy),
                Int32(clamping: c.cadence?.count ?? 0), Int32(c.cadence.flatMap { units.firstIndex(of: $0.unit) } ?? 0),
                c.birthday == nil ? 0 : 1, c.birthday?.year.map { Int32(clamping: $0) } ?? noDay,
                Int32(clamping: c.birthday?.month ?? 0), Int32(clamping: c.birthday?.day ?? 0),
                text(c.note), day(c.snoozedUntil), day(c.added), text(c.source),
            ] as [Int32]
        }
        assert(rows.count == contacts.count * width)
        w.texts(texts.strings)
        w.alignedPlain(lists.map { Int32($0.count) })
        w.alignedPlain(Array(lists.joined()))
        w.int(contacts.count)
        w.alignedPlain(rows)
    }

    static func read(from r: inout SnapshotReader) throws -> [Contact] {
        try read(from: &r, indexing: false).contacts
    }

    /// With `indexing`, also the index of their ids (`ContactIndex(of:)`), built on another
    /// core while this one makes the contacts: it needs only the ids, texts already made
    /// then. Built after the contacts, it was 15 ms of the first screen's wait at 100,000
    /// people, while the journal's core was done.
    static func read(from r: inout SnapshotReader, indexing: Bool) throws -> (contacts: [Contact], index: ContactIndex?) {
        let texts = try r.texts()
        // Read where they lie in the mapped file (`alignedPlain`): used only in this function.
        let listCounts = try r.alignedPlain(Int32.self)
        let listItems = try r.alignedPlain(Int32.self)
        guard listItems.allSatisfy({ $0 >= 0 && Int($0) < texts.count }),
              listCounts.allSatisfy({ $0 >= 0 }), listCounts.reduce(0, { $0 + Int($1) }) == listItems.count
        else { throw SnapshotReader.Damaged() }
        var lists: [[String]] = []
        lists.reserveCapacity(listCounts.count)
        texts.withUnsafeBufferPointer { texts in
            var next = 0
            for n in listCounts.lazy.map(Int.init) {
                lists.append(TextList.make(UnsafeBufferPointer(rebasing: listItems[next..<(next + n)]), texts))
                next += n
            }
        }
        let count = try r.count()
        let rows = try r.alignedPlain(Int32.self)
        guard rows.count == count * width, valid(rows, texts: texts.count, lists: lists.count) else {
            throw SnapshotReader.Damaged()
        }
        // The rows stay mapped until this function returns, after the index is waited for.
        nonisolated(unsafe) let mappedRows = rows
        let indexed = !indexing ? nil : BackgroundWork { [texts] in
            let rows = mappedRows
            var index = ContactIndex(capacity: count)
            texts.withUnsafeBufferPointer { texts in
                for i in 0..<count { index.add(texts[Int(rows[i * width])], position: i) }
            }
            return index
        }
        // Every number was checked above: the rows are read without further tests. Each
        // contact is made in the array's memory and filled in there: made whole by an
        // initializer, from `map`'s closure or into the array, it was copied and the original
        // destroyed, twenty fields retained and released (a fifth of this load's instructions
        // at 10,000 people, callgrind). Made on both cores (`ChunkedArray`): 95.4 -> 89.6 ms
        // for this load at 100,000 people (`carnet-bench load --app yes`, alternated runs).
        let contacts = texts.withUnsafeBufferPointer { texts in
            lists.withUnsafeBufferPointer { lists in
                ChunkedArray.make(count: count) { i, c in
                    make(c, from: UnsafeBufferPointer(rebasing: rows[(i * width)..<(i * width + width)]), texts, lists)
                }
            }
        }
        return (contacts, indexed?.wait())
    }

    /// Makes the contact of row `f` at `c` (uninitialized memory), from the tables.
    @inline(__always)
    private static func make(_ c: UnsafeMutablePointer<Contact>, from f: UnsafeBufferPointer<Int32>,
                             _ texts: UnsafeBufferPointer<String>, _ lists: UnsafeBufferPointer<[String]>) {
        func text(_ k: Int) -> String? { f[k] == none ? nil : texts[Int(f[k])] }
        func day(_ k: Int) -> Day? { f[k] == noDay ? nil : Day(ordinal: Int(f[k])) }
        c.initialize(to: Contact(id: texts[Int(f[0])], name: texts[Int(f[1])]))
        c.pointee.company = text(2); c.pointee.role = text(3); c.pointee.roleSince = day(4)
        c.pointee.emails = lists[Int(f[5])]; c.pointee.phones = lists[Int(f[6])]; c.pointee.urls = lists[Int(f[7])]
        c.pointee.city = text(8); c.pointee.country = text(9); c.pointee.sector = text(10)
        c.pointee.seniority = text(11)
        c.pointee.circles = lists[Int(f[12])]; c.pointee.tags = lists[Int(f[13])]
        c.pointee.met = f[14] == 0 ? nil : Contact.Met(date: day(15), event: text(16))
        c.pointee.introducedBy = text(17)
        c.pointee.cadence = f[18] == 0 ? nil : Cadence(count: Int(f[18]), unit: units[Int(f[19])])
        c.pointee.birthday = f[20] == 0 ? nil
            : Birthday(year: f[21] == noDay ? nil : Int(f[21]), month: Int(f[22]), day: Int(f[23]))
        c.pointee.note = text(24); c.pointee.snoozedUntil = day(25); c.pointee.added = day(26)
        c.pointee.source = text(27)
    }

    /// What each number of a row is, by column: 1 a text, 2 a text or none (-1), 3 a list,
    /// 4 a cadence's unit; 0 anything (dates, flags, counts).
    private static let columns: [UInt8] = [1, 1, 2, 2, 0, 3, 3, 3, 2, 2, 2, 2, 3, 3, 0, 0, 2, 2, 0, 4, 0, 0, 0, 0, 2, 0, 0, 2]

    /// Whether every number in the rows points into its table (or is none where it may be):
    /// each column's bounds worked out once, then one comparison pair per number.
    private static func valid(_ rows: UnsafeBufferPointer<Int32>, texts: Int, lists: Int) -> Bool {
        assert(columns.count == width)
        let bounds: [(low: Int, high: Int)] = columns.map {
            switch $0 {
            case 1: (0, texts)
            case 2: (-1, texts)
            case 3: (0, lists)
            case 4: (0, units.count)
            default: (Int.min, Int.max)
            }
        }
        return bounds.withUnsafeBufferPointer { bounds in
            var ok = true
            var i = 0
            while i < rows.count {
                for c in 0..<width {
                    let n = Int(rows[i + c])
                    ok = ok && n >= bounds[c].low && n < bounds[c].high
                }
                i += width
            }
            return ok
        }
    }
}
