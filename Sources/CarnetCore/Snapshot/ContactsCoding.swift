/// Contacts as a snapshot holds them: each distinct text once in a table, each distinct
/// list of texts once, and every contact as a row of numbers into those tables. Read back,
/// the company, city or circles that thousands of people share are one string again, as
/// after a load from text (`ValuePool`), and reading makes one `String` per distinct text.
enum ContactsCoding {
    /// Numbers per contact (see `row` and `contact`).
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
            let row: [Int32] = [
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
            ]
            assert(row.count == width)
            rows += row
        }
        w.int(texts.count)
        for t in texts.strings { w.text(t) }
        w.plain(lists.map { Int32($0.count) })
        w.plain(Array(lists.joined()))
        w.int(contacts.count)
        w.plain(rows)
    }

    static func read(from r: inout SnapshotReader) throws -> [Contact] {
        let textCount = try r.count(atLeast: 8)
        var texts: [String] = []
        texts.reserveCapacity(textCount)
        for _ in 0..<textCount { texts.append(try r.text()) }
        let listCounts = try r.plain(Int32.self)
        let listItems = try r.plain(Int32.self)
        var lists: [[String]] = []
        lists.reserveCapacity(listCounts.count)
        var next = 0
        for n in listCounts {
            guard n >= 0, Int(n) <= listItems.count - next else { throw SnapshotReader.Damaged() }
            lists.append(try listItems[next..<(next + Int(n))].map { try text($0, in: texts) })
            next += Int(n)
        }
        let count = try r.count()
        let rows = try r.plain(Int32.self)
        guard rows.count == count * width else { throw SnapshotReader.Damaged() }

        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        try rows.withUnsafeBufferPointer { rows in
            for start in stride(from: 0, to: rows.count, by: width) {
                let f = UnsafeBufferPointer(rebasing: rows[start..<(start + width)])
                func text(_ k: Int) throws -> String? { f[k] == none ? nil : try ContactsCoding.text(f[k], in: texts) }
                func list(_ k: Int) throws -> [String] {
                    guard f[k] >= 0, Int(f[k]) < lists.count else { throw SnapshotReader.Damaged() }
                    return lists[Int(f[k])]
                }
                func day(_ k: Int) -> Day? { f[k] == noDay ? nil : Day(ordinal: Int(f[k])) }
                guard let id = try text(0), let name = try text(1) else { throw SnapshotReader.Damaged() }
                var c = Contact(id: id, name: name)
                c.company = try text(2)
                c.role = try text(3)
                c.roleSince = day(4)
                c.emails = try list(5)
                c.phones = try list(6)
                c.urls = try list(7)
                c.city = try text(8)
                c.country = try text(9)
                c.sector = try text(10)
                c.seniority = try text(11)
                c.circles = try list(12)
                c.tags = try list(13)
                if f[14] != 0 { c.met = Contact.Met(date: day(15), event: try text(16)) }
                c.introducedBy = try text(17)
                if f[18] > 0 {
                    guard Int(f[19]) >= 0 && Int(f[19]) < units.count else { throw SnapshotReader.Damaged() }
                    c.cadence = Cadence(count: Int(f[18]), unit: units[Int(f[19])])
                }
                if f[20] != 0 {
                    c.birthday = Birthday(year: f[21] == noDay ? nil : Int(f[21]), month: Int(f[22]), day: Int(f[23]))
                }
                c.note = try text(24)
                c.snoozedUntil = day(25)
                c.added = day(26)
                c.source = try text(27)
                contacts.append(c)
            }
        }
        return contacts
    }

    private static func text(_ n: Int32, in texts: [String]) throws -> String {
        guard n >= 0, Int(n) < texts.count else { throw SnapshotReader.Damaged() }
        return texts[Int(n)]
    }
}
