/// Reads typed values out of one record, collecting located problems instead of failing
/// at the first: `carnet check` reports every mistake in one pass.
struct FieldReader {
    let record: RecordDocument.Record
    let file: String
    var problems: [Problem] = []
    /// Keys that may appear several times (one e-mail per line, for instance).
    let repeatable: Set<String>

    init(_ record: RecordDocument.Record, file: String, repeatable: Set<String> = []) {
        self.record = record
        self.file = file
        self.repeatable = repeatable
        // A record has a dozen fields: comparing pairs of (small, inline) key strings is
        // cheaper than hashing them into a set.
        let fields = record.fields
        for (i, field) in fields.enumerated() where i > 0 && !repeatable.contains(field.key) {
            var j = 0
            while j < i && fields[j].key != field.key { j += 1 }
            if j < i {
                problems.append(Problem(file: file, line: field.line, "'\(field.key)' appears twice in this record"))
            }
        }
    }

    func field(_ key: String) -> RecordDocument.Field? { record.fields.first { $0.key == key } }

    /// The value, nil when absent or empty.
    func text(_ key: String) -> String? {
        guard let v = field(key)?.value, !v.isEmpty else { return nil }
        return v
    }

    func all(_ key: String) -> [String] { record.values(key).filter { !$0.isEmpty } }

    func list(_ key: String) -> [String] { text(key).map(FieldReader.commaList) ?? [] }

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
                    if b[from] >= 0x80 || b[to - 1] >= 0x80 { return nil }
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
                }
                start = i + 1
            }
            return items
        }
        return fast ?? text.commaList()
    }

    static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    mutating func required(_ key: String) -> String? {
        if let v = text(key) { return v }
        problems.append(Problem(file: file, line: record.line, "this record has no '\(key)'"))
        return nil
    }

    mutating func day(_ key: String) -> Day? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let d = Day(f.value) { return d }
        complain(f, "'\(Inert.text(f.value))' is not a date in '\(key)' (write YYYY-MM-DD)")
        return nil
    }

    mutating func cadence(_ key: String) -> Cadence? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let c = Cadence(f.value) { return c }
        complain(f, "'\(Inert.text(f.value))' is not a cadence in '\(key)' (write 30d, 6w, 3m or 1y)")
        return nil
    }

    mutating func birthday(_ key: String) -> Birthday? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let b = Birthday(f.value) { return b }
        complain(f, "'\(Inert.text(f.value))' is not a birthday in '\(key)' (write YYYY-MM-DD or --MM-DD)")
        return nil
    }

    mutating func count(_ key: String) -> Int? {
        guard let f = field(key), !f.value.isEmpty else { return nil }
        if let n = Int(f.value), n >= 0 { return n }
        complain(f, "'\(Inert.text(f.value))' is not a whole number in '\(key)'")
        return nil
    }

    mutating func complain(_ field: RecordDocument.Field, _ message: String) {
        problems.append(Problem(file: file, line: field.line, message))
    }
}
