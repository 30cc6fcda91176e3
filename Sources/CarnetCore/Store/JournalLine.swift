/// One interaction per line of the `journal`, appended, never rewritten:
///
///     2026-11-20 coffee @alice-martin gave:"intro to Bob" follow-up:2026-12-01
///
/// A date, a kind, one or more `@person` ids, then `key:value` or `key:"quoted value"`.
/// Parsed from bytes: a heavy user's journal has a million lines.
enum JournalLine {
    /// Keys Carnet reads; others are kept in the file and ignored (a later version may know them).
    static let knownKeys: Set<String> = ["channel", "gave", "asked", "received", "note", "follow-up", "event"]

    static func parse(_ b: ArraySlice<UInt8>, line: Int) -> Result<Interaction, JournalProblem> {
        var ids = IDTable(capacity: 4)
        var resolved: [Int32] = []
        return parse(b, line: line, ids: &ids, resolved: &resolved)
    }

    /// Parses one line; each `@id` is resolved through `ids` (sharing the contact's string)
    /// and its position appended to `resolved` (nothing is appended for a line that fails).
    static func parse(_ b: ArraySlice<UInt8>, line: Int, ids: inout IDTable,
                      resolved: inout [Int32]) -> Result<Interaction, JournalProblem> {
        let resolvedBefore = resolved.count
        let result = parseLine(b, line: line, ids: &ids, resolved: &resolved)
        if case .failure = result { resolved.removeSubrange(resolvedBefore...) }
        return result
    }

    private static func parseLine(_ b: ArraySlice<UInt8>, line: Int, ids: inout IDTable,
                                  resolved: inout [Int32]) -> Result<Interaction, JournalProblem> {
        var i = b.startIndex
        let end = b.endIndex
        func skipSpaces() { while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 } }
        func word() -> ArraySlice<UInt8> {
            let start = i
            while i < end && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
            return b[start..<i]
        }

        skipSpaces()
        let dateText = word()
        guard let date = Day.parse(dateText) else {
            return .failure(.init("'\(shown(dateText))' is not a date (each line starts with YYYY-MM-DD)"))
        }
        skipSpaces()
        let kindText = word()
        guard !kindText.isEmpty, kindText.first != UInt8(ascii: "@"), !kindText.contains(UInt8(ascii: ":")) else {
            return .failure(.init("the date must be followed by a kind (coffee, call, message…)"))
        }
        var interaction = Interaction(date: date, people: [], kind: String(decoding: kindText, as: UTF8.self), line: line)
        var channel: Channel? = nil

        while true {
            skipSpaces()
            guard i < end else { break }
            if b[i] == UInt8(ascii: "@") {
                i += 1
                let id = word()
                guard !id.isEmpty else { return .failure(.init("'@' must be followed by a person's id")) }
                let (string, position) = ids.resolve(id)
                interaction.people.append(string)
                resolved.append(position)
                continue
            }
            let keyStart = i
            while i < end && b[i] != UInt8(ascii: ":") && b[i] != 0x20 && b[i] != 0x09 { i += 1 }
            guard i < end, b[i] == UInt8(ascii: ":"), i > keyStart else {
                return .failure(.init("'\(shown(b[keyStart..<i]))' is neither '@person' nor 'key:value'"))
            }
            let key = String(decoding: b[keyStart..<i], as: UTF8.self)
            i += 1
            let value: String
            if i < end && b[i] == UInt8(ascii: "\"") {
                i += 1
                guard let v = quoted(b, &i) else { return .failure(.init("the quote opened after '\(key):' is never closed")) }
                value = v
            } else {
                value = String(decoding: word(), as: UTF8.self)
            }
            switch key {
            case "gave": interaction.exchange = .gave(value)
            case "asked": interaction.exchange = .asked(value)
            case "received": interaction.exchange = .received(value)
            case "note": interaction.note = value
            case "event": interaction.event = value
            case "follow-up":
                guard let d = Day(value) else { return .failure(.init("'\(Inert.text(value))' is not a date in 'follow-up'")) }
                interaction.followUp = d
            case "channel":
                guard let c = Channel(rawValue: value) else {
                    return .failure(.init("'\(Inert.text(value))' is not a channel (in-person, phone, written, online)"))
                }
                channel = c
            default: break
            }
        }
        guard !interaction.people.isEmpty else {
            return .failure(.init("no one is named on this line (write @id for each person)"))
        }
        if let channel { interaction.channel = channel }
        return .success(interaction)
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

    private static func quoted(_ b: ArraySlice<UInt8>, _ i: inout Int) -> String? {
        // Usually no escape: the value is the bytes up to the closing quote.
        var j = i
        while j < b.endIndex && b[j] != UInt8(ascii: "\"") && b[j] != UInt8(ascii: "\\") { j += 1 }
        if j < b.endIndex && b[j] == UInt8(ascii: "\"") {
            let value = String(decoding: b[i..<j], as: UTF8.self)
            i = j + 1
            return value
        }
        var bytes = [UInt8]()
        while i < b.endIndex {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: bytes, as: UTF8.self) }
            if c == UInt8(ascii: "\\") && i < b.endIndex {
                let e = b[i]
                i += 1
                bytes.append(e == UInt8(ascii: "n") ? 0x0A : e)
            } else {
                bytes.append(c)
            }
        }
        return nil
    }

    private static func shown(_ b: ArraySlice<UInt8>) -> String {
        Inert.text(String(decoding: b.prefix(30), as: UTF8.self))
    }
}

struct JournalProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
