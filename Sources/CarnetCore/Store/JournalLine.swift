#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One interaction per line of the `journal`, appended, never rewritten:
///
///     2026-11-20 coffee @alice-martin gave:"intro to Bob" follow-up:2026-12-01
///
/// A date, a kind, one or more `@person` ids, then `key:value` or `key:"quoted value"`;
/// keys Carnet does not know stay in the file and are ignored (a later version may know
/// them). Parsed from bytes into a `Journal`: a heavy user's journal has a million lines.
enum JournalLine {
    /// Parses one line (`b` without its line break, leading blanks skipped) for a test or a
    /// caller outside the loader.
    static func parse(_ b: ArraySlice<UInt8>, line: Int) -> Result<Interaction, JournalProblem> {
        var journal = Journal()
        let problem = b.withUnsafeBufferPointer { p in
            parse(p, from: 0, to: p.count, line: line, into: &journal)
        }
        if let problem { return .failure(problem) }
        return .success(journal[0])
    }

    /// Parses the line `b[from..<to]` and appends it to `journal`. A line that fails appends
    /// nothing and returns what is wrong with it.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, line: Int,
                      into journal: inout Journal) -> JournalProblem? {
        let mark = journal.mark
        let problem = read(b, from: from, to: end, line: line, into: &journal)
        if problem != nil { journal.rollBack(to: mark) }
        return problem
    }

    /// The parse itself; on failure the caller takes back the texts and people it stored.
    private static func read(_ b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, line: Int,
                             into journal: inout Journal) -> JournalProblem? {
        var i = from
        skipSpaces(b, &i, end)
        let dateText = word(b, &i, end)
        guard let date = journal.day(b, dateText) else {
            return JournalProblem("'\(shown(b, dateText))' is not a date (each line starts with YYYY-MM-DD)")
        }
        skipSpaces(b, &i, end)
        let kindText = word(b, &i, end)
        guard !kindText.isEmpty, b[kindText.lowerBound] != UInt8(ascii: "@"),
              !b[kindText].contains(UInt8(ascii: ":")) else {
            return JournalProblem("the date must be followed by a kind (coffee, call, message…)")
        }
        // Keys may come before the first person; `person` stays -1 until one is named.
        var parsed = Journal.Line(date: date, kind: journal.kind(UnsafeBufferPointer(rebasing: b[kindText])), person: -1)
        // The keys given so far, a bit each (gave, asked and received share one): a second
        // one was taken over the first, which was lost without a word.
        var given: UInt8 = 0

        while true {
            skipSpaces(b, &i, end)
            guard i < end else { break }
            if b[i] == UInt8(ascii: "@") {
                i += 1
                let id = word(b, &i, end)
                guard !id.isEmpty else { return JournalProblem("'@' must be followed by a person's id") }
                let person = journal.person(b, id)
                if parsed.person < 0 { parsed.person = person } else { journal.addOther(person, to: &parsed) }
                continue
            }
            let keyStart = i
            while i < end && b[i] != UInt8(ascii: ":") && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
            guard i < end, b[i] == UInt8(ascii: ":"), i > keyStart else {
                return JournalProblem("'\(shown(b, keyStart..<i))' is neither '@person' nor 'key:value'")
            }
            let keyEnd = i
            let key = Key(b, keyStart..<keyEnd)
            i += 1
            // The value's bytes: as written, or between quotes with escapes to resolve.
            var value = Value(range: i..<i, escaped: false)
            if i < end && b[i] == UInt8(ascii: "\"") {
                i += 1
                guard let v = quoted(b, &i, end) else {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<keyEnd]), as: UTF8.self)
                    return JournalProblem("the quote opened after '\(name):' is never closed")
                }
                value = v
            } else {
                value.range = word(b, &i, end)
            }
            if let bit = key.bit {
                guard given & bit == 0 else {
                    return JournalProblem(bit == Key.exchangeBit ? "a line has at most one of gave:, asked: and received:"
                                          : "'\(shown(b, keyStart..<keyEnd)):' is given twice on this line")
                }
                given |= bit
            }
            switch key {
            case .gave: parsed.exchange = .gave; parsed.what = value.store(b, in: &journal)
            case .asked: parsed.exchange = .asked; parsed.what = value.store(b, in: &journal)
            case .received: parsed.exchange = .received; parsed.what = value.store(b, in: &journal)
            case .note: parsed.note = value.store(b, in: &journal)
            case .event:
                parsed.event = value.escaped ? journal.event(value.text(b))
                    : journal.event(UnsafeBufferPointer(rebasing: b[value.range]))
            case .followUp:
                if !value.escaped, let d = StoreBytes.day(b, value.range) {
                    parsed.followUp = d
                } else {
                    let v = value.text(b)
                    guard let d = Day(v) else { return JournalProblem("'\(Inert.text(v))' is not a date in 'follow-up'") }
                    parsed.followUp = d
                }
            case .channel:
                let v = value.text(b)
                guard let c = Channel(rawValue: v) else {
                    return JournalProblem("'\(Inert.text(v))' is not a channel (in-person, phone, written, online)")
                }
                parsed.channel = c
            case .other: break
            }
        }
        guard parsed.person >= 0 else {
            return JournalProblem("no one is named on this line (write @id for each person)")
        }
        parsed.line = Int32(clamping: line)
        journal.append(parsed)
        return nil
    }

    @inline(__always)
    private static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) {
        while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
    }

    /// From `i` to the next blank or the end. Eight bytes are tested at a time for a space
    /// or a tab (the classic "has a zero byte" bit trick on the bytes xor-ed with each):
    /// scanning words was the largest single cost of reading a million lines.
    @inline(__always)
    private static func word(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Range<Int> {
        let start = i
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= end {
            let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
            let spaces = w ^ (ones &* 0x20), tabs = w ^ (ones &* 0x09)
            let blank = ((spaces &- ones) & ~spaces | (tabs &- ones) & ~tabs) & highs
            if blank != 0 {
                // The lowest flagged byte is exact (false flags only come above a true one).
                i += blank.trailingZeroBitCount >> 3
                return start..<i
            }
            i += 8
        }
        while i < end && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
        return start..<i
    }

    /// A value's bytes in the line, and whether escapes (quoted values only) are to be resolved.
    private struct Value {
        var range: Range<Int>
        var escaped: Bool

        func bytes(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] { escaped ? unescape(b, range) : Array(b[range]) }
        func text(_ b: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes(b), as: UTF8.self) }

        /// Into the journal's text arena.
        func store(_ b: UnsafeBufferPointer<UInt8>, in journal: inout Journal) -> TextSpan {
            escaped ? journal.appendText(unescape(b, range)) : journal.appendText(UnsafeBufferPointer(rebasing: b[range]))
        }
    }

    /// The keys Carnet reads, recognised from their bytes.
    private enum Key {
        static let exchangeBit: UInt8 = 1

        /// Its bit among those a line may give once; nil for keys Carnet keeps unread.
        var bit: UInt8? {
            switch self {
            case .gave, .asked, .received: return Key.exchangeBit
            case .note: return 2
            case .event: return 4
            case .followUp: return 8
            case .channel: return 16
            case .other: return nil
            }
        }

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

    /// The value between quotes (`i` just past the opening one): its range, and whether it
    /// holds escapes to resolve. Nil when the quote is never closed.
    private static func quoted(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Value? {
        let start = i
        var escaped = false
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return Value(range: start..<(i - 1), escaped: escaped)
            }
            if c == UInt8(ascii: "\\") && i + 1 < end {
                escaped = true
                i += 2
            } else {
                i += 1
            }
        }
        return nil
    }

    /// `\n` is a line break; a backslash keeps any other byte as it is.
    private static func unescape(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\\") && i < r.upperBound {
                let e = b[i]
                i += 1
                out.append(e == UInt8(ascii: "n") ? 0x0A : e)
            } else {
                out.append(c)
            }
        }
        return out
    }

    private static func shown(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        Inert.text(String(decoding: UnsafeBufferPointer(rebasing: b[r]).prefix(30), as: UTF8.self))
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
