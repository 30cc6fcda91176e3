/// Reads typed values out of one record, collecting located problems instead of failing
/// at the first: `carnet check` reports every mistake in one pass.
struct FieldReader {
    typealias Field = RecordParser.Field
    let record: RecordParser.Record
    let file: String
    var problems: [Problem] = []
    /// Where each key first appears in the record's fields, plus one (0: absent), indexed by
    /// `RecordKey` code: a decoder asks for some twenty keys, most of them absent. 255 stands
    /// for "at 254 or after", found by searching (only a record of hundreds of lines).
    private var first = SIMD64<UInt8>()

    /// `repeatable`: keys that may appear several times (one e-mail per line, for instance),
    /// as a `RecordKey.mask`.
    init(_ record: RecordParser.Record, file: String, repeatable: UInt64 = 0) {
        self.record = record
        self.file = file
        // Built in locals, then stored: changing `self` from the loop made the compiler copy it.
        let fields = record.fields
        var first = SIMD64<UInt8>()
        // Through its bytes (setting a lane of the vector stored and reloaded it whole), from
        // the last field to the first, so that the first one of a key is what stays.
        withUnsafeMutableBytes(of: &first) { table in
            for i in fields.indices.reversed() { table[Int(fields[i].code.rawValue)] = UInt8(min(i + 1, 255)) }
        }
        var problems: [Problem] = []
        var seen: UInt64 = 0
        let bytes = record.bytes
        for i in 0..<fields.count {
            let code = fields[i].code
            // Known keys are bits of a mask; keys Carnet does not know (rare) are compared
            // with the unknown keys before them.
            let bit: UInt64 = 1 << UInt64(code.rawValue)
            var twice = false
            if code != .unknown {
                guard repeatable & bit == 0 else { continue }
                twice = seen & bit != 0
                seen |= bit
            } else {
                let key = bytes[fields[i].key]
                var j = 0
                while j < i && !(fields[j].code == .unknown && bytes[fields[j].key].elementsEqual(key)) { j += 1 }
                twice = j < i
            }
            if twice {
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[i].key]), as: UTF8.self)
                problems.append(Problem(file: file, line: fields[i].line, "'\(key)' appears twice in this record"))
            }
        }
        self.first = first
        self.problems = problems
    }

    func field(_ key: RecordKey) -> Field? {
        let slot = Int(first[Int(key.rawValue)])
        if slot == 0 { return nil }
        let fields = record.fields
        if slot < 255 { return fields[slot - 1] }
        for i in 254..<fields.count where fields[i].code == key { return fields[i] }
        return nil
    }

    /// The field's value as text.
    func value(_ f: Field) -> String {
        f.continued >= 0 ? record.continued[f.continued] : String(decoding: bytes(f.value), as: UTF8.self)
    }

    /// The field's value as UTF-8, without making a String of a value on one line.
    func withValue<T>(_ f: Field, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard f.continued >= 0 else { return body(bytes(f.value)) }
        var text = record.continued[f.continued]
        return text.withUTF8(body)
    }

    private func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: record.bytes[range])
    }

    /// The value, nil when absent or empty.
    func text(_ key: RecordKey) -> String? {
        guard let f = field(key), !f.isEmpty else { return nil }
        return value(f)
    }

    /// Every value of `key` that is not empty, in order (keys such as `email` may repeat).
    func all(_ key: RecordKey) -> [String] {
        let slot = Int(first[Int(key.rawValue)])
        if slot == 0 { return [] }
        let fields = record.fields
        let from = slot - 1
        let count = (from..<fields.count).reduce(0) { $0 + (fields[$1].code == key ? 1 : 0) }
        // Usually one (an e-mail, a phone): made as a literal, which costs a third of an array
        // reserved and appended to (`TextList`). `from` is exact only below slot 255 (`first`).
        if count == 1 && slot < 255 { return fields[from].isEmpty ? [] : [value(fields[from])] }
        var out: [String] = []
        // Reserved at the count: growing one by one would allocate again at the second.
        out.reserveCapacity(count)
        for i in from..<fields.count where fields[i].code == key && !fields[i].isEmpty { out.append(value(fields[i])) }
        return out
    }

    func list(_ key: RecordKey) -> [String] {
        guard let f = field(key), !f.isEmpty else { return [] }
        return withValue(f, FieldReader.commaList) ?? value(f).commaList()
    }

    /// `text(key)`, shared through `pool` with the records that have the same value.
    func text(_ key: RecordKey, pool: inout ValuePool) -> String? {
        guard let f = field(key), !f.isEmpty else { return nil }
        return withValue(f) { pool.text($0) }
    }

    /// `list(key)`, shared through `pool` with the records that have the same value.
    func list(_ key: RecordKey, pool: inout ValuePool) -> [String] {
        guard let f = field(key), !f.isEmpty else { return [] }
        return withValue(f) { bytes in pool.list(bytes) { FieldReader.commaList(bytes) ?? value(f).commaList() } }
    }

    /// `String.commaList()` on a value's bytes for the usual case (ASCII spaces around the
    /// items); nil when anything could involve Unicode whitespace or a comma with a combining
    /// mark: the general path then gives the result, which is always the same.
    static func commaList(_ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        var items: [String] = []
        // Reserved at the number of items: growing one by one would allocate again and again.
        items.reserveCapacity(b.reduce(1) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) })
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

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8: the loader checked the file).
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
        guard let f = field(key), !f.isEmpty else { return nil }
        if let d = withValue(f, { StoreBytes.day($0, 0..<$0.count) }) { return d }
        complain(f, "'\(Inert.text(value(f)))' is not a date in '\(key.text)' (write YYYY-MM-DD)")
        return nil
    }

    mutating func cadence(_ key: RecordKey) -> Cadence? {
        guard let f = field(key), !f.isEmpty else { return nil }
        let text = value(f)
        if let c = Cadence(text) { return c }
        complain(f, "'\(Inert.text(text))' is not a cadence in '\(key.text)' (write 30d, 6w, 3m or 1y)")
        return nil
    }

    mutating func birthday(_ key: RecordKey) -> Birthday? {
        guard let f = field(key), !f.isEmpty else { return nil }
        if let b = withValue(f, FieldReader.birthday) ?? Birthday(value(f)) { return b }
        complain(f, "'\(Inert.text(value(f)))' is not a birthday in '\(key.text)' (write YYYY-MM-DD or --MM-DD)")
        return nil
    }

    mutating func count(_ key: RecordKey) -> Int? {
        guard let f = field(key), !f.isEmpty else { return nil }
        let text = value(f)
        if let n = Int(text), n >= 0 { return n }
        complain(f, "'\(Inert.text(text))' is not a whole number in '\(key.text)'")
        return nil
    }

    mutating func complain(_ field: Field, _ message: String) {
        problems.append(Problem(file: file, line: field.line, message))
    }

    /// `Day(text)`, read from the string's bytes without copying them into an array.
    static func day(_ text: String) -> Day? {
        if let d = text.utf8.withContiguousStorageIfAvailable({ StoreBytes.day($0, 0..<$0.count) }) { return d }
        return Day(text)
    }

    /// `Birthday(text)` for the usual `YYYY-MM-DD` and `--MM-DD`, read from bytes; nil
    /// otherwise, for `Birthday(text)` to decide.
    static func birthday(_ b: UnsafeBufferPointer<UInt8>) -> Birthday? {
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
}
