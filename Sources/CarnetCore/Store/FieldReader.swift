/// Reads typed values out of one record, collecting located problems instead of failing
/// at the first: `carnet check` reports every mistake in one pass.
struct FieldReader {
    let record: RecordDocument.Record
    let file: String
    var problems: [Problem] = []
    /// Keys that may appear several times (one e-mail per line, for instance), as a
    /// `RecordKey.mask`.
    let repeatable: UInt64

    init(_ record: RecordDocument.Record, file: String, repeatable: UInt64 = 0) {
        self.record = record
        self.file = file
        self.repeatable = repeatable
        // Known keys are bits of a mask; keys Carnet does not know (rare) are compared with
        // the unknown keys before them.
        var seen: UInt64 = 0
        record.fields.withUnsafeBufferPointer { fields in
            for i in 0..<fields.count {
                let code = fields[i].code
                let bit: UInt64 = 1 << UInt64(code.rawValue)
                var twice = false
                if code != .unknown {
                    guard repeatable & bit == 0 else { continue }
                    twice = seen & bit != 0
                    seen |= bit
                } else {
                    var j = 0
                    while j < i && !(fields[j].code == .unknown && fields[j].key == fields[i].key) { j += 1 }
                    twice = j < i
                }
                if twice {
                    problems.append(Problem(file: file, line: fields[i].line, "'\(fields[i].key)' appears twice in this record"))
                }
            }
        }
    }

    func field(_ key: RecordKey) -> RecordDocument.Field? {
        // By position, comparing codes only: copying each field on the way would retain its strings.
        record.fields.withUnsafeBufferPointer { fields in
            for i in 0..<fields.count where fields[i].code == key { return fields[i] }
            return nil
        }
    }

    /// The value, nil when absent or empty.
    func text(_ key: RecordKey) -> String? {
        guard let v = field(key)?.value, !v.isEmpty else { return nil }
        return v
    }

    func all(_ key: RecordKey) -> [String] { record.values(key).filter { !$0.isEmpty } }

    func list(_ key: RecordKey) -> [String] { text(key).map(FieldReader.commaList) ?? [] }

    /// `String.commaList()`, on bytes for the usual case (ASCII spaces around the items);
    /// anything that could involve Unicode whitespace or a comma with a combining mark
    /// takes the general path, so the result is always the same.
    static func commaList(_ text: String) -> [String] {
        var text = text
        let fast = text.withUTF8 { b -> [String]? in
            var items: [String] = []
            var start = 0
            for i in 0...b.count {
                guard i == b.count || b[i] == UInt8(ascii: ",") else { continue }
                if i < b.count - 1 && b[i + 1] >= 0x80 { return nil }
                var from = start, to = i
                while from < to && isASCIISpace(b[from]) { from += 1 }
                while to > from && isASCIISpace(b[to - 1]) { to -= 1 }
                if from < to {
                    // An accented first or last letter ("Équipe") is fine; Unicode spaces
                    // there would be trimmed by the general path.
                    if b[from] >= 0x80 && firstScalar(b, from).properties.isWhitespace { return nil }
                    if b[to - 1] >= 0x80 && lastScalar(b, to).properties.isWhitespace { return nil }
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
                }
                start = i + 1
            }
            return items
        }
        return fast ?? text.commaList()
    }

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8: it comes from a String).
    private static func firstScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar {
        let c = b[i]
        let length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        var v = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < b.count { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return Unicode.Scalar(v) ?? "x"
    }

    /// The scalar whose UTF-8 ends just before `end`.
    private static func lastScalar(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Unicode.Scalar {
        var i = end - 1
        while i > 0 && b[i] & 0xC0 == 0x80 { i -= 1 }
        return firstScalar(b, i)
    }

    static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    mutating func required(_ key: RecordKey) -> String? {
        if let v = text(key) { return v }
        problems.append(Problem(file: file, line: record.line, "this record has no '\(key.text)'"))
        return nil
    }

    mutating func day(_ key: RecordKey) -> Day? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let d = FieldReader.day(f.value) { return d }
        complain(f, "'\(Inert.text(f.value))' is not a date in '\(key.text)' (write YYYY-MM-DD)")
        return nil
    }

    mutating func cadence(_ key: RecordKey) -> Cadence? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let c = Cadence(f.value) { return c }
        complain(f, "'\(Inert.text(f.value))' is not a cadence in '\(key.text)' (write 30d, 6w, 3m or 1y)")
        return nil
    }

    mutating func birthday(_ key: RecordKey) -> Birthday? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let b = FieldReader.birthday(f.value) { return b }
        complain(f, "'\(Inert.text(f.value))' is not a birthday in '\(key.text)' (write YYYY-MM-DD or --MM-DD)")
        return nil
    }

    mutating func count(_ key: RecordKey) -> Int? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let n = Int(f.value), n >= 0 { return n }
        complain(f, "'\(Inert.text(f.value))' is not a whole number in '\(key.text)'")
        return nil
    }

    mutating func complain(_ field: RecordDocument.Field, _ message: String) {
        problems.append(Problem(file: file, line: field.line, message))
    }

    /// `Day(text)`, read from the string's bytes without copying them into an array.
    static func day(_ text: String) -> Day? {
        if let d = text.utf8.withContiguousStorageIfAvailable({ StoreBytes.day($0, 0..<$0.count) }) { return d }
        return Day(text)
    }

    /// `Birthday(text)`, with the usual `YYYY-MM-DD` and `--MM-DD` read from bytes.
    static func birthday(_ text: String) -> Birthday? {
        let fast = text.utf8.withContiguousStorageIfAvailable { b -> Birthday? in
            if b.count == 10, let d = StoreBytes.day(b, 0..<10) {
                let c = d.civil
                return Birthday(year: c.year, month: c.month, day: c.day)
            }
            if b.count == 7, b[0] == UInt8(ascii: "-"), b[1] == UInt8(ascii: "-"), b[4] == UInt8(ascii: "-") {
                let (m1, m2, d1, d2) = (Int(b[2]) &- 48, Int(b[3]) &- 48, Int(b[5]) &- 48, Int(b[6]) &- 48)
                guard (0...9).contains(m1), (0...9).contains(m2), (0...9).contains(d1), (0...9).contains(d2) else { return nil }
                return Birthday(year: nil, month: m1 * 10 + m2, day: d1 * 10 + d2)
            }
            return nil
        }
        if let fast, let b = fast { return b }
        return Birthday(text)
    }
}
