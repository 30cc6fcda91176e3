#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One interaction per line of the `journal`, appended, never rewritten:
///
///     2026-11-20 coffee @alice-martin gave:"intro to Bob" follow-up:2026-12-01
///
/// A date, a kind, one or more `@person` ids, then `key:value` or `key:"quoted value"`.
/// Parsed from bytes: a heavy user's journal has a million lines.
enum JournalLine {
    /// Keys Carnet reads; others are kept in the file and ignored (a later version may know them).
    static let knownKeys: Set<String> = ["channel", "gave", "asked", "received", "note", "follow-up", "event"]

    /// Parses one line (`b` without its line break, leading blanks skipped) for a test or a
    /// caller outside the loader.
    static func parse(_ b: ArraySlice<UInt8>, line: Int) -> Result<Interaction, JournalProblem> {
        var ids = IDTable(capacity: 4)
        var kinds = KindTable()
        var resolved: [Int32] = []
        var out: [Interaction] = []
        let problem = b.withUnsafeBufferPointer { p in
            parse(p, from: 0, to: p.count, line: line, ids: &ids, kinds: &kinds, resolved: &resolved, into: &out)
        }
        if let problem { return .failure(problem) }
        return .success(out[0])
    }

    /// Parses the line `b[from..<to]` and appends it to `out`; each `@id` is resolved through
    /// `ids` (sharing the contact's string) and its position appended to `resolved`. A line
    /// that fails appends nothing and returns what is wrong with it.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, line: Int, ids: inout IDTable,
                      kinds: inout KindTable, resolved: inout [Int32], into out: inout [Interaction]) -> JournalProblem? {
        let resolvedBefore = resolved.count
        var i = from
        @inline(__always) func skipSpaces() { while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 } }
        @inline(__always) func word() -> Range<Int> {
            let start = i
            while i < end && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
            return start..<i
        }
        func fail(_ message: String) -> JournalProblem {
            resolved.removeSubrange(resolvedBefore...)
            return JournalProblem(message)
        }

        skipSpaces()
        let dateText = word()
        guard let date = StoreBytes.day(b, dateText) else {
            return fail("'\(shown(b, dateText))' is not a date (each line starts with YYYY-MM-DD)")
        }
        skipSpaces()
        let kindText = word()
        guard !kindText.isEmpty, b[kindText.lowerBound] != UInt8(ascii: "@"),
              !b[kindText].contains(UInt8(ascii: ":")) else {
            return fail("the date must be followed by a kind (coffee, call, message…)")
        }
        let (kind, usualChannel) = kinds.kind(UnsafeBufferPointer(rebasing: b[kindText]))
        var firstPerson = -1
        var people: [String] = []
        var channel: Channel? = nil
        var exchange = Exchange.neutral
        var note: String? = nil
        var event: String? = nil
        var followUp: Day? = nil

        while true {
            skipSpaces()
            guard i < end else { break }
            if b[i] == UInt8(ascii: "@") {
                i += 1
                let id = word()
                guard !id.isEmpty else { return fail("'@' must be followed by a person's id") }
                let entry = ids.resolve(UnsafeBufferPointer(rebasing: b[id]))
                resolved.append(ids.positions[entry])
                if firstPerson < 0 {
                    firstPerson = entry
                } else {
                    if people.isEmpty { people.append(ids.strings[firstPerson]) }
                    people.append(ids.strings[entry])
                }
                continue
            }
            let keyStart = i
            while i < end && b[i] != UInt8(ascii: ":") && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
            guard i < end, b[i] == UInt8(ascii: ":"), i > keyStart else {
                return fail("'\(shown(b, keyStart..<i))' is neither '@person' nor 'key:value'")
            }
            let keyEnd = i
            let key = Key(b, keyStart..<keyEnd)
            i += 1
            var valueRange: Range<Int>? = nil
            var value: String? = nil
            if i < end && b[i] == UInt8(ascii: "\"") {
                i += 1
                guard let v = quoted(b, &i, end) else {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<keyEnd]), as: UTF8.self)
                    return fail("the quote opened after '\(name):' is never closed")
                }
                value = v
            } else {
                valueRange = word()
            }
            func text() -> String {
                value ?? String(decoding: UnsafeBufferPointer(rebasing: b[valueRange!]), as: UTF8.self)
            }
            switch key {
            case .gave: exchange = .gave(text())
            case .asked: exchange = .asked(text())
            case .received: exchange = .received(text())
            case .note: note = text()
            case .event: event = text()
            case .followUp:
                if let r = valueRange, let d = StoreBytes.day(b, r) {
                    followUp = d
                } else {
                    let v = text()
                    guard let d = Day(v) else { return fail("'\(Inert.text(v))' is not a date in 'follow-up'") }
                    followUp = d
                }
            case .channel:
                let v = text()
                guard let c = Channel(rawValue: v) else {
                    return fail("'\(Inert.text(v))' is not a channel (in-person, phone, written, online)")
                }
                channel = c
            case .other: break
            }
        }
        guard firstPerson >= 0 else {
            return fail("no one is named on this line (write @id for each person)")
        }
        if people.isEmpty { people = ids.single(firstPerson) }
        out.append(Interaction(date: date, people: people, kind: kind, channel: channel ?? usualChannel,
                               exchange: exchange, note: note, followUp: followUp, event: event, line: line))
        return nil
    }

    /// The keys Carnet reads, recognised from their bytes.
    private enum Key {
        case gave, asked, received, note, event, followUp, channel, other

        init(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
            let k = UnsafeBufferPointer(rebasing: b[r])
            func eq(_ s: StaticString) -> Bool {
                s.utf8CodeUnitCount == k.count && memcmp(s.utf8Start, k.baseAddress!, k.count) == 0
            }
            switch k.count {
            case 4: self = eq("gave") ? .gave : eq("note") ? .note : .other
            case 5: self = eq("asked") ? .asked : eq("event") ? .event : .other
            case 7: self = eq("channel") ? .channel : .other
            case 8: self = eq("received") ? .received : .other
            case 9: self = eq("follow-up") ? .followUp : .other
            default: self = .other
            }
        }
    }

    /// The line for an interaction, without the trailing newline.
    static func format(_ x: Interaction) -> String {
        var out = "\(x.date) \(Slug.make(x.kind))"
        for id in x.people { out += " @\(id)" }
        if x.channel != InteractionKind.defaultChannel(for: x.kind) { out += " channel:\(x.channel.rawValue)" }
        switch x.exchange {
        case .neutral: break
        case .gave(let w): out += " gave:" + quote(w)
        case .asked(let w): out += " asked:" + quote(w)
        case .received(let w): out += " received:" + quote(w)
        }
        if let e = x.event { out += " event:\(e)" }
        if let f = x.followUp { out += " follow-up:\(f)" }
        if let n = x.note, !n.isEmpty { out += " note:" + quote(n) }
        return out
    }

    /// Always quoted, so that a value may hold spaces, colons and `@`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\r\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    private static func quoted(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> String? {
        // Usually no escape: the value is the bytes up to the closing quote.
        var j = i
        while j < end && b[j] != UInt8(ascii: "\"") && b[j] != UInt8(ascii: "\\") { j += 1 }
        if j < end && b[j] == UInt8(ascii: "\"") {
            let value = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
            i = j + 1
            return value
        }
        var bytes = [UInt8]()
        while i < end {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: bytes, as: UTF8.self) }
            if c == UInt8(ascii: "\\") && i < end {
                let e = b[i]
                i += 1
                bytes.append(e == UInt8(ascii: "n") ? 0x0A : e)
            } else {
                bytes.append(c)
            }
        }
        return nil
    }

    private static func shown(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        Inert.text(String(decoding: UnsafeBufferPointer(rebasing: b[r]).prefix(30), as: UTF8.self))
    }
}

/// Interaction kinds met in the journal: a handful of words repeated a million times, each
/// made into a `String` once, with its usual channel.
struct KindTable {
    private var bytes: [[UInt8]] = []
    private var kinds: [(String, Channel)] = []

    mutating func kind(_ k: UnsafeBufferPointer<UInt8>) -> (String, Channel) {
        for (n, known) in bytes.enumerated() where known.count == k.count {
            if known.withUnsafeBufferPointer({ memcmp($0.baseAddress!, k.baseAddress!, k.count) == 0 }) { return kinds[n] }
        }
        let kind = String(decoding: k, as: UTF8.self)
        let entry = (kind, InteractionKind.defaultChannel(for: kind))
        if bytes.count < 64 {
            bytes.append(Array(k))
            kinds.append(entry)
        }
        return entry
    }
}

/// Values read straight from a file's bytes.
enum StoreBytes {
    /// Exactly `YYYY-MM-DD`, as `Day.parse`.
    @inline(__always)
    static func day(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Day? {
        guard r.count == 10 else { return nil }
        let s = r.lowerBound
        guard b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-") else { return nil }
        @inline(__always) func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) &- 48
                guard d >= 0, d <= 9 else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = number(s, 4), let m = number(s + 5, 2), let d = number(s + 8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

struct JournalProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
