/// How a `Contact` is written in the `contacts` file, and read back.
enum ContactRecord {
    static let repeatable = RecordKey.mask([.email, .phone, .url])

    /// Decodes a record into `c`, a new `Contact` already where it is to be kept (the end of
    /// the loader's array): a contact is some twenty strings and lists, and every copy of
    /// one retains them all. Returns whether the record makes a contact: it does even with
    /// problems in other fields (the store is then read-only, but the person still shows,
    /// and a duplicate id further down is still caught).
    /// Values that repeat between people (company, city, circles…) come from `pool`.
    static func decode(_ record: RecordParser.Record, file: String, into c: inout Contact,
                       pool: inout ValuePool) -> (Bool, [Problem]) {
        var r = FieldReader(record, file: file, repeatable: repeatable)
        let id = r.required(.id)
        let name = r.required(.name)
        if let id, !isValidID(id) {
            r.complain(r.field(.id)!, "'\(Inert.text(id))' is not a valid id (letters, digits and '-', no spaces)")
        }
        let complete = id != nil && name != nil
        c.id = id ?? ""
        c.name = name ?? ""
        c.company = r.text(.company, pool: &pool)
        c.role = r.text(.role, pool: &pool)
        c.roleSince = r.day(.roleSince)
        c.emails = r.all(.email)
        c.phones = r.all(.phone)
        c.urls = r.all(.url)
        c.city = r.text(.city, pool: &pool)
        c.country = r.text(.country, pool: &pool)
        c.sector = r.text(.sector, pool: &pool)
        c.seniority = r.text(.seniority, pool: &pool)
        c.circles = r.list(.circles, pool: &pool)
        c.tags = r.list(.tags, pool: &pool)
        if let f = r.field(.met), !f.isEmpty {
            let text = r.value(f)
            if let met = parseMet(text) { c.met = met } else {
                r.complain(f, "'\(Inert.text(text))' is not a date in 'met' (write YYYY-MM-DD, optionally followed by 'at EVENT-ID')")
            }
        }
        c.introducedBy = r.text(.introducedBy)
        c.cadence = r.cadence(.cadence)
        c.birthday = r.birthday(.birthday)
        c.note = r.text(.note)
        c.snoozedUntil = r.day(.snoozedUntil)
        c.added = r.day(.added)
        c.source = r.text(.source, pool: &pool)
        // A field of one line continued on an indented line: read as one value with a line
        // break, which no later edit could write back (it blamed that field). Only a note
        // holds several lines; keys Carnet does not know are kept as they are.
        if !record.continued.isEmpty {
            for f in record.fields where f.continued >= 0 && f.code != .note && f.code != .unknown {
                r.complain(f, "'\(f.code.text)' holds one line: the indented line after it continues it "
                              + "(only a note may have several)")
            }
        }
        return (complete, r.problems)
    }

    /// The record's keys in the order a new record is written; absent values are empty lists.
    static func fields(_ c: Contact) -> [(key: String, values: [String])] {
        func one(_ v: String?) -> [String] { v.map { [flat($0)] } ?? [] }
        return [
            ("id", [c.id]), ("name", [flat(c.name)]), ("company", one(c.company)), ("role", one(c.role)),
            ("role-since", one(c.roleSince?.description)),
            ("email", c.emails.map(flat)), ("phone", c.phones.map(flat)), ("url", c.urls.map(flat)),
            ("city", one(c.city)), ("country", one(c.country)), ("sector", one(c.sector)),
            ("seniority", one(c.seniority)),
            ("circles", c.circles.isEmpty ? [] : [c.circles.map(listItem).joined(separator: ", ")]),
            ("tags", c.tags.isEmpty ? [] : [c.tags.map(listItem).joined(separator: ", ")]),
            ("met", c.met.map { [$0.description] } ?? []),
            ("introduced-by", one(c.introducedBy)), ("cadence", one(c.cadence?.description)),
            ("birthday", one(c.birthday?.description)), ("snoozed-until", one(c.snoozedUntil?.description)),
            ("added", one(c.added?.description)), ("source", one(c.source)),
            ("note", c.note.map { [$0] } ?? []),
        ]
    }

    static func parseMet(_ text: String) -> Contact.Met? {
        // The usual cases, a bare date or `DATE at EVENT`, without trimming and splitting.
        var text = text
        if let met = text.withUTF8(parseUsualMet) { return met }
        let t = text.trimmingSpaces
        if let d = Day(t) { return Contact.Met(date: d) }
        if t.hasPrefix("at ") { return Contact.Met(date: nil, event: t.dropFirst(3).trimmingSpaces) }
        let parts = t.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[1] == "at", let d = Day(parts[0]) else { return nil }
        return Contact.Met(date: d, event: parts[2].trimmingSpaces)
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DD at EVENT` with EVENT starting with an ASCII byte (a
    /// Unicode mark there would join the space before it, and the general path would not
    /// see a separate word); nil for anything else, for the general path to decide.
    private static func parseUsualMet(_ b: UnsafeBufferPointer<UInt8>) -> Contact.Met? {
        guard b.count >= 10, let d = StoreBytes.day(b, 0..<10) else { return nil }
        if b.count == 10 { return Contact.Met(date: d) }
        guard b.count > 14, b[10] == 0x20, b[11] == UInt8(ascii: "a"), b[12] == UInt8(ascii: "t"), b[13] == 0x20,
              b[14] < 0x80 else { return nil }
        let event = String(decoding: UnsafeBufferPointer(rebasing: b[14...]), as: UTF8.self).trimmingSpaces
        return event.isEmpty ? nil : Contact.Met(date: d, event: event)
    }

    static func isValidID(_ id: String) -> Bool {
        // ASCII ids (nearly all) are checked byte by byte, in one pass over the string's
        // storage; others by Character, as always.
        var id = id
        let ascii = id.withUTF8 { b -> Bool? in
            var valid = !b.isEmpty
            for c in b {
                guard c < 0x80 else { return nil }
                if FieldReader.isASCIISpace(c) || c == UInt8(ascii: "@") || c == UInt8(ascii: ",")
                    || c == UInt8(ascii: ":") || c == UInt8(ascii: "\"") { valid = false }
            }
            return valid
        }
        if let ascii { return ascii }
        return !id.isEmpty && !id.contains { $0.isWhitespace || $0 == "@" || $0 == "," || $0 == ":" || $0 == "\"" }
    }

    /// Single-line values cannot hold a line break: the record format would break.
    static func flat(_ s: String) -> String {
        s.contains("\n") || s.contains("\r") ? s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ") : s
    }

    /// A comma inside a list item would split it on reading; it becomes a space.
    static func listItem(_ s: String) -> String { flat(s).replacingCommas }
}

extension String {
    var replacingCommas: String { contains(",") ? split(separator: ",").joined(separator: " ").trimmingSpaces : self }
}
