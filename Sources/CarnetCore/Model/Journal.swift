#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every interaction, in journal order, held compactly: one 28-byte entry per line, the
/// people, kinds and events as small integers into tables of their names, and the few
/// texts (notes, what was given or asked) in one byte arena.
///
/// A heavy user's journal has a million lines. As an array of `Interaction` (about 120
/// bytes each plus a handful of reference-counted strings and arrays) it cost most of the
/// load time and memory; as entries it is a fraction of both, and the planner and measures
/// read the entries' dates and exchanges straight from one buffer. `Interaction` values
/// are made on demand, for the few lines a view shows.
public struct Journal: RandomAccessCollection, Sendable, Equatable {
    private(set) var entries: [JournalEntry] = []
    private var extras: [Extra] = []
    /// The texts of every line, decoded (escapes resolved), one after the other.
    private var texts: [UInt8] = []
    /// The people after the first on lines naming several, as entries in `people`.
    private var groups: [Int32] = []
    /// Every person id the journal names, contact or not.
    private(set) var people = IDTable(capacity: 16)
    /// While the loader parses a file: the ids named since the last batch, as places in it,
    /// numbered together (`numberDeferredPeople`). Nil: ids are numbered as they come.
    private var deferredPeople: DeferredPeople?
    private var kinds = NameTable()
    private var events = NameTable()
    /// The last date the parser read, and its ten bytes: lines are mostly in date order,
    /// about a hundred a day in a large journal, so most share the line before's date.
    private var lastDay: (bytes: (UInt64, UInt16), day: Day)?

    /// What a line holds beyond date, kind, channel, exchange, follow-up and first person.
    struct Extra: Sendable, BitwiseCopyable {
        var what = TextSpan.none
        var note = TextSpan.none
        var event: Int32 = -1
        var groupStart: Int32 = 0
        var groupCount: Int32 = 0
    }

    public init() {}

    public init(_ interactions: some Sequence<Interaction>) {
        for x in interactions { append(x) }
    }

    // MARK: - Collection

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    /// The interaction on a line, made from its entry.
    public subscript(position: Int) -> Interaction {
        let e = entries[position]
        var people = [self.people.strings[Int(e.person)]]
        var exchange = Exchange.neutral
        var note: String?
        var event: String?
        if e.extra >= 0 {
            let x = extras[Int(e.extra)]
            if x.groupCount > 0 {
                for k in Int(x.groupStart)..<Int(x.groupStart + x.groupCount) {
                    people.append(self.people.strings[Int(groups[k])])
                }
            }
            let what = text(x.what) ?? ""
            switch e.exchange {
            case .neutral: break
            case .gave: exchange = .gave(what)
            case .asked: exchange = .asked(what)
            case .received: exchange = .received(what)
            }
            note = text(x.note)
            event = x.event >= 0 ? events.names[Int(x.event)] : nil
        }
        return Interaction(date: e.date, people: people, kind: kinds.names[Int(e.kind)], channel: e.channel,
                           exchange: exchange, note: note, followUp: e.followUp, event: event, line: Int(e.line))
    }

    public static func == (a: Journal, b: Journal) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    // MARK: - Reading entries

    /// The entries, for a pass over the whole journal without making any `Interaction`.
    public func withUnsafeEntries<R>(_ body: (UnsafeBufferPointer<JournalEntry>) throws -> R) rethrows -> R {
        try entries.withUnsafeBufferPointer(body)
    }

    func date(at position: Int) -> Day { entries[position].date }

    /// The event id of a line, if any.
    func event(at position: Int) -> String? {
        let e = entries[position].extra
        guard e >= 0, extras[Int(e)].event >= 0 else { return nil }
        return events.names[Int(extras[Int(e)].event)]
    }

    /// The entry number of a kind, to compare with `JournalEntry.kind` (nil: no line has it).
    func kindNumber(_ kind: String) -> Int32? { kinds.number(kind) }

    /// Every (line, person entry) pair in journal order, a line's first person first.
    func forEachPerson(_ body: (Int, Int32) -> Void) {
        entries.withUnsafeBufferPointer { entries in
            extras.withUnsafeBufferPointer { extras in
                groups.withUnsafeBufferPointer { groups in
                    for i in entries.indices {
                        body(i, entries[i].person)
                        let e = entries[i].extra
                        guard e >= 0, extras[Int(e)].groupCount > 0 else { continue }
                        let x = extras[Int(e)]
                        for k in Int(x.groupStart)..<Int(x.groupStart + x.groupCount) { body(i, groups[k]) }
                    }
                }
            }
        }
    }

    /// For each entry of `people`, the lines naming them, oldest first (journal order, but
    /// for lines logged late): one array for everyone, where person `e`'s lines are
    /// `lines[starts[e]..<starts[e + 1]]`. Counted, then laid out.
    struct LinesByPerson: Sendable {
        var lines: [Int32]
        var starts: [Int]

        func range(of person: Int) -> Range<Int> { starts[person]..<starts[person + 1] }

        /// Whether these are lines of `journal` laid out for each of its people, as
        /// `linesByPerson` lays them out (read back from a snapshot: every number is checked
        /// before use, not that they are the right lines, which the snapshot's hash vouches for).
        func fits(_ journal: Journal) -> Bool {
            guard starts.count == journal.people.count + 1, starts.first == 0, starts.last == lines.count else { return false }
            let count = Int32(clamping: journal.entries.count)
            return zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 } && lines.allSatisfy { $0 >= 0 && $0 < count }
        }
    }

    /// `LinesByPerson` of this journal. The loader runs this on its second core, after
    /// parsing; `Network` makes its timelines of it.
    func linesByPerson() -> LinesByPerson {
        let n = people.count
        var starts = [Int](repeating: 0, count: n + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            forEachPerson { _, e in starts[Int(e) + 1] += 1 }
            for e in 0..<n { starts[e + 1] += starts[e] }
        }
        var lines = [Int32](repeating: 0, count: starts[n])
        var next = starts
        // Whose lines, in journal order, are not in date order (one was logged late): noted
        // while the pass reads the dates in order. Checking each list afterwards read the
        // dates of a million lines in random order, a cache miss each at 100,000 people.
        var latest = [Int32](repeating: Int32.min, count: n)
        var unsorted = [Bool](repeating: false, count: n)
        entries.withUnsafeBufferPointer { entries in
            lines.withUnsafeMutableBufferPointer { lines in
                next.withUnsafeMutableBufferPointer { next in
                    latest.withUnsafeMutableBufferPointer { latest in
                        unsorted.withUnsafeMutableBufferPointer { unsorted in
                            forEachPerson { i, person in
                                let e = Int(person)
                                lines[next[e]] = Int32(i)
                                next[e] += 1
                                let day = entries[i].day
                                if day < latest[e] { unsorted[e] = true } else { latest[e] = day }
                            }
                        }
                    }
                }
                for e in 0..<n where unsorted[e] {
                    var run = UnsafeMutableBufferPointer(rebasing: lines[starts[e]..<starts[e + 1]])
                    run.sort { (entries[Int($0)].day, $0) < (entries[Int($1)].day, $1) }
                }
            }
        }
        return LinesByPerson(lines: lines, starts: starts)
    }

    private func text(_ span: TextSpan) -> String? {
        guard span.count >= 0 else { return nil }
        return texts.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[span.start..<(span.start + Int(span.count))]), as: UTF8.self)
        }
    }

    // MARK: - Adding

    /// Room for `lines` more lines and `textBytes` more bytes of their texts, so that a
    /// load's arrays do not grow (each growth copied them, into fresh pages: at 10,000
    /// people the extras and texts growing were a fifth of a load's page faults). Both are
    /// bounds (a line has at most one extra, its texts are within its bytes): a large
    /// block's pages never written are never resident.
    public mutating func reserveCapacity(lines: Int, textBytes: Int = 0) {
        entries.reserveCapacity(entries.count + lines)
        extras.reserveCapacity(extras.count + lines)
        texts.reserveCapacity(texts.count + textBytes)
    }

    /// Adds an interaction. One naming no one, which no journal line can hold (the store
    /// refuses to log it), is left out.
    public mutating func append(_ x: Interaction) {
        assert(deferredPeople == nil, "an interaction appended while a file's ids are being read")
        guard let first = x.people.first else { return }
        let (exchangeKind, what): (Exchange.Kind, String?) = switch x.exchange {
        case .neutral: (.neutral, nil)
        case .gave(let w): (.gave, w)
        case .asked(let w): (.asked, w)
        case .received(let w): (.received, w)
        }
        var line = Line(date: x.date, kind: kinds.number(adding: x.kind), person: people.entry(first))
        line.channel = x.channel
        line.exchange = exchangeKind
        line.followUp = x.followUp
        line.line = Int32(clamping: x.line)
        for id in x.people.dropFirst() { addOther(people.entry(id), to: &line) }
        if let what { line.what = appendText(Array(what.utf8)) }
        if let note = x.note { line.note = appendText(Array(note.utf8)) }
        if let event = x.event { line.event = events.number(adding: event) }
        append(line)
    }

    /// A line being read, its texts already in the arena.
    struct Line {
        var date: Day
        var kind: Int32
        var person: Int32
        var channel: Channel?
        var exchange = Exchange.Kind.neutral
        var followUp: Day?
        var line: Int32 = 0
        /// How many people after the first, already appended to the journal's groups
        /// (`addOther`): an array here cost an allocation and its release on lines naming several.
        var othersCount: Int32 = 0
        var what = TextSpan.none
        var note = TextSpan.none
        var event: Int32 = -1

        init(date: Day, kind: Int32, person: Int32) {
            self.date = date
            self.kind = kind
            self.person = person
        }
    }

    mutating func append(_ line: Line) {
        var extra: Int32 = -1
        if line.othersCount > 0 || line.what.count >= 0 || line.note.count >= 0 || line.event >= 0 {
            extra = Int32(extras.count)
            extras.append(Extra(what: line.what, note: line.note, event: line.event,
                                groupStart: Int32(groups.count) - line.othersCount, groupCount: line.othersCount))
        }
        entries.append(JournalEntry(
            day: Int32(line.date.ordinal), followUpDay: line.followUp.map { Int32($0.ordinal) } ?? JournalEntry.noDay,
            line: line.line, person: line.person, kind: line.kind, extra: extra,
            channel: line.channel ?? kinds.channels[Int(line.kind)], exchange: line.exchange))
    }

    // The parser's ways in: names interned from bytes, texts copied into the arena.

    /// The number of the person whose id is `b[range]`; while deferring, a place-holder.
    mutating func person(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        if deferredPeople != nil { return deferredPeople!.add(range) }
        return Int32(people.resolve(UnsafeBufferPointer(rebasing: b[range])))
    }

    /// From now on, the lines appended name their people by place-holders, until
    /// `numberDeferredPeople` is given the bytes they were read from.
    mutating func deferPeople() {
        deferredPeople = DeferredPeople(entriesFrom: entries.count, groupsFrom: groups.count)
        deferredPeople!.reserveCapacity(Journal.peopleBatch + 64)
    }

    /// Ids numbered in one loop: enough lookups to overlap their cache misses, few enough
    /// that their places take little memory (all of a million lines' took 12 MB).
    static let peopleBatch = 4096

    /// Between two lines: numbers the deferred ids once there is a batch of them, and goes on
    /// deferring.
    mutating func numberDeferredPeopleIfBatchIsFull(from b: UnsafeBufferPointer<UInt8>) {
        guard let deferred = deferredPeople, deferred.count >= Journal.peopleBatch else { return }
        numberDeferredPeople(from: b)
        deferPeople()
    }

    /// Numbers the ids named since `deferPeople`, read from `b`, in the order they came (the
    /// numbers are the same as if each had been numbered when read), and puts the numbers in
    /// place of the place-holders. Looked up in one tight loop rather than one at a time
    /// between the parsing of lines, the lookups overlap their cache misses: at 100,000
    /// people they had been 40% of the journal's load.
    mutating func numberDeferredPeople(from b: UnsafeBufferPointer<UInt8>) {
        guard let deferred = deferredPeople else { return }
        deferredPeople = nil
        let numbers = people.resolveAll(deferred.count) { deferred.key($0, in: b) }
        numbers.withUnsafeBufferPointer { numbers in
            entries.withUnsafeMutableBufferPointer { entries in
                for i in deferred.entriesFrom..<entries.count { entries[i].person = numbers[Int(entries[i].person)] }
            }
            groups.withUnsafeMutableBufferPointer { groups in
                for i in deferred.groupsFrom..<groups.count { groups[i] = numbers[Int(groups[i])] }
            }
        }
    }
    mutating func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { kinds.number(adding: bytes) }

    /// `StoreBytes.day(b, r)`, the same date as the line before's found again by its bytes.
    mutating func day(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Day? {
        guard r.count == 10, let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base + r.lowerBound)
        let bytes = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        if let lastDay, lastDay.bytes == bytes { return lastDay.day }
        guard let day = StoreBytes.day(b, r) else { return nil }
        lastDay = (bytes, day)
        return day
    }
    mutating func event(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { events.number(adding: bytes) }
    mutating func event(_ id: String) -> Int32 { events.number(adding: id) }

    mutating func appendText(_ bytes: some Collection<UInt8>) -> TextSpan {
        let span = TextSpan(start: texts.count, count: Int32(bytes.count))
        texts.append(contentsOf: bytes)
        return span
    }

    /// One more person named on `line`, after its first; `line` is to be appended next.
    mutating func addOther(_ person: Int32, to line: inout Line) {
        groups.append(person)
        line.othersCount += 1
    }

    /// Where the text arena and the groups end, to take back what a line that turned out
    /// wrong stored there.
    var mark: (texts: Int, groups: Int) { (texts.count, groups.count) }
    mutating func rollBack(to mark: (texts: Int, groups: Int)) {
        texts.removeSubrange(mark.texts...)
        groups.removeSubrange(mark.groups...)
    }

    /// Appends the lines of `part`, which follow this journal's in the file (the loader's
    /// other thread read them, `JournalText.join`): its people, kinds and events are
    /// numbered in this journal's tables (the new ones in the order the part met them, as
    /// if read in one pass), its texts and groups moved after these, and its lines' numbers
    /// moved on by `lines`.
    mutating func append(part: Journal, movingLinesOn lines: Int) {
        precondition(deferredPeople == nil && part.deferredPeople == nil, "the ids of both are numbered")
        let people = part.people.strings.map { self.people.entry($0) }
        let kinds = part.kinds.names.map { self.kinds.number(adding: $0) }
        let events = part.events.names.map { self.events.number(adding: $0) }
        let (extraBase, groupBase, textBase) = (Int32(extras.count), Int32(groups.count), texts.count)
        entries.reserveCapacity(entries.count + part.entries.count)
        for e in part.entries {
            entries.append(JournalEntry(day: e.day, followUpDay: e.followUpDay, line: e.line + Int32(clamping: lines),
                                        person: people[Int(e.person)], kind: kinds[Int(e.kind)],
                                        extra: e.extra < 0 ? -1 : e.extra + extraBase, channel: e.channel, exchange: e.exchange))
        }
        func movedOn(_ span: TextSpan) -> TextSpan {
            span.count < 0 ? span : TextSpan(start: span.start + textBase, count: span.count)
        }
        extras.reserveCapacity(extras.count + part.extras.count)
        for x in part.extras {
            extras.append(Extra(what: movedOn(x.what), note: movedOn(x.note), event: x.event < 0 ? -1 : events[Int(x.event)],
                                groupStart: x.groupStart + groupBase, groupCount: x.groupCount))
        }
        groups.append(contentsOf: part.groups.lazy.map { people[Int($0)] })
        texts.append(contentsOf: part.texts)
    }

    // MARK: - Snapshot

    /// What the journal holds, as `StoreSnapshot` keeps it: the tables' names in number
    /// order, from which the tables are made again.
    struct Parts {
        var entries: [JournalEntry]
        var extras: [Extra]
        var texts: [UInt8]
        var groups: [Int32]
        var people: [String]
        var kinds: [String]
        var events: [String]
    }

    var parts: Parts {
        Parts(entries: entries, extras: extras, texts: texts, groups: groups, people: people.strings,
              kinds: kinds.names, events: events.names)
    }

    /// The journal of `parts`, or nil when they do not hang together (a number pointing
    /// outside its table, a name twice): a damaged snapshot must not be believed.
    init?(parts p: Parts) {
        people = IDTable(capacity: p.people.count)
        for (n, id) in p.people.enumerated() {
            guard Int32(n) == people.entry(id) else { return nil }
        }
        for (n, name) in p.kinds.enumerated() where kinds.number(adding: name) != Int32(n) { return nil }
        for (n, name) in p.events.enumerated() where events.number(adding: name) != Int32(n) { return nil }
        let (peopleCount, kindCount, eventCount) = (Int32(p.people.count), Int32(p.kinds.count), Int32(p.events.count))
        // Compared without sums that could overflow on a damaged number.
        func fits(_ span: TextSpan) -> Bool {
            span.count < 0 || (span.start >= 0 && span.start <= p.texts.count && Int(span.count) <= p.texts.count - span.start)
        }
        for x in p.extras {
            guard x.event >= -1, x.event < eventCount, x.groupStart >= 0, x.groupCount >= 0,
                  Int(x.groupCount) <= p.groups.count - Int(x.groupStart), fits(x.what), fits(x.note)
            else { return nil }
        }
        let extraCount = Int32(p.extras.count)
        for e in p.entries {
            guard e.person >= 0, e.person < peopleCount, e.kind >= 0, e.kind < kindCount, e.extra >= -1, e.extra < extraCount
            else { return nil }
        }
        guard p.groups.allSatisfy({ $0 >= 0 && $0 < peopleCount }) else { return nil }
        entries = p.entries
        extras = p.extras
        texts = p.texts
        groups = p.groups
    }
}

/// One line of the journal, as the planner and measures read it.
public struct JournalEntry: Sendable, BitwiseCopyable {
    static let noDay = Int32.min

    let day: Int32
    let followUpDay: Int32
    /// Line in the file (0 when not saved yet).
    let line: Int32
    /// The first person named, as an entry of `Journal.people` (set after the line is read,
    /// see `Journal.numberDeferredPeople`).
    var person: Int32
    /// The kind, as a number (see `Journal.kindNumber`).
    let kind: Int32
    /// The line's `Extra`, or -1 when it has nothing more.
    let extra: Int32
    public let channel: Channel
    public let exchange: Exchange.Kind

    public var date: Day { Day(ordinal: Int(day)) }
    public var followUp: Day? { followUpDay == JournalEntry.noDay ? nil : Day(ordinal: Int(followUpDay)) }
}

/// Person ids named in a file being read, kept as where they are in it: offset in the high
/// 40 bits, length in the low 24 (a longer id, only ever in a damaged file, is kept aside).
struct DeferredPeople: Sendable {
    let entriesFrom: Int
    let groupsFrom: Int
    private var places: [UInt64] = []
    private var long: [Int: Range<Int>] = [:]

    init(entriesFrom: Int, groupsFrom: Int) {
        self.entriesFrom = entriesFrom
        self.groupsFrom = groupsFrom
    }

    var count: Int { places.count }

    mutating func reserveCapacity(_ n: Int) { places.reserveCapacity(n) }

    /// Keeps an id's place; returns its place-holder number.
    mutating func add(_ range: Range<Int>) -> Int32 {
        if range.count < 0xFF_FFFF {
            places.append(UInt64(range.lowerBound) << 24 | UInt64(range.count))
        } else {
            long[places.count] = range
            places.append(0xFF_FFFF)
        }
        return Int32(places.count - 1)
    }

    func key(_ n: Int, in b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let place = places[n]
        let range = place & 0xFF_FFFF == 0xFF_FFFF ? long[n]! : Int(place >> 24)..<Int(place >> 24 + place & 0xFF_FFFF)
        return UnsafeBufferPointer(rebasing: b[range])
    }
}

/// A run of bytes in the journal's text arena; a negative count means no value.
struct TextSpan: Sendable, BitwiseCopyable {
    var start: Int
    var count: Int32
    static let none = TextSpan(start: 0, count: -1)
}

/// Names numbered in order of first appearance: the journal's kinds and event ids, a
/// handful of words repeated on a million lines.
struct NameTable: Sendable {
    private(set) var names: [String] = []
    /// Each kind's usual channel (unused for events).
    private(set) var channels: [Channel] = []
    private var numbers: [String: Int32] = [:]
    /// The first names' bytes one after the other, compared before anything is hashed;
    /// `recentEnds[n]` is where name `n` ends.
    private var recentBytes: [UInt8] = []
    private var recentEnds: [Int] = []

    func number(_ name: String) -> Int32? { numbers[name] }

    mutating func number(adding name: String) -> Int32 {
        if let n = numbers[name] { return n }
        let n = Int32(names.count)
        names.append(name)
        channels.append(InteractionKind.defaultChannel(for: name))
        numbers[name] = n
        if recentEnds.count < 16 && recentEnds.count == Int(n) {
            recentBytes.append(contentsOf: name.utf8)
            recentEnds.append(recentBytes.count)
        }
        return n
    }

    mutating func number(adding bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let found: Int? = recentBytes.withUnsafeBufferPointer { known in
            var start = 0
            for (n, end) in recentEnds.enumerated() {
                if end - start == bytes.count,
                   bytes.isEmpty || memcmp(known.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 {
                    return n
                }
                start = end
            }
            return nil
        }
        if let found { return Int32(found) }
        return number(adding: String(decoding: bytes, as: UTF8.self))
    }
}
