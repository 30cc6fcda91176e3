#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of `key: value` records separated by blank lines, kept byte for byte.
///
/// The document is a sequence of segments: records, and the comments and blank lines
/// between them. Saving writes every untouched segment exactly as it was read, and an
/// edited record keeps its unknown keys, its comments and the order of its lines: only the
/// lines of the keys that changed are rewritten. That is what makes the store lossless.
struct RecordDocument {
    struct Segment {
        var isRecord: Bool
        var bytes: ArraySlice<UInt8>
        var line: Int
    }

    /// One `key: value` (with continuation lines) of a record, decoded.
    struct Field {
        var key: String
        var value: String
        var line: Int
        /// `key`, when Carnet knows it.
        var code: RecordKey = .unknown
    }

    struct Record {
        /// Index of the record's segment in the document.
        var segment: Int
        var line: Int
        var fields: [Field]

        /// Every value of `key`, in order (keys such as `email` may repeat).
        func values(_ key: RecordKey) -> [String] {
            fields.withUnsafeBufferPointer { fields in
                var out: [String] = []
                for i in 0..<fields.count where fields[i].code == key { out.append(fields[i].value) }
                return out
            }
        }
    }

    private(set) var segments: [Segment] = []
    /// The file's line ending, followed by the lines Carnet writes, so that a file saved
    /// with CRLF on Windows does not end up with mixed endings.
    private var usesCRLF = false

    /// The whole file as it would be written now.
    var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(segments.reduce(0) { $0 + $1.bytes.count })
        for s in segments { out.append(contentsOf: s.bytes) }
        return out
    }

    /// A new, empty document starting with its header line.
    init(header: String) {
        segments = [Segment(isRecord: false, bytes: ArraySlice(Array((header + "\n").utf8)), line: 1)]
    }

    /// Splits `bytes` into segments and decodes each record's fields. Problems name the
    /// file and line; a document with problems must not be written back.
    init(parsing bytes: [UInt8], file: String, records: inout [Record], problems: inout [Problem]) {
        var collected: [Record] = []
        self.init(parsing: bytes, file: file, problems: &problems) { collected.append($0) }
        records += collected
    }

    /// The same, handing each record to `take` as soon as it is complete (the loader decodes
    /// it at once, so the fields of every record are never in memory together).
    init(parsing bytes: [UInt8], file: String, problems: inout [Problem], take: (Record) -> Void) {
        let newline = UInt8(ascii: "\n")
        if let firstBreak = bytes.firstIndex(of: newline) { usesCRLF = firstBreak > 0 && bytes[firstBreak - 1] == 0x0D }
        var lineStart = 0
        var lineNumber = 0
        var current: (start: Int, line: Int, isRecord: Bool)? = nil
        var fields: [Field] = []

        func close(at end: Int) {
            guard let c = current else { return }
            segments.append(Segment(isRecord: c.isRecord, bytes: bytes[c.start..<end], line: c.line))
            if c.isRecord {
                take(Record(segment: segments.count - 1, line: c.line, fields: fields))
                fields.removeAll(keepingCapacity: true)
            }
            current = nil
        }

        bytes.withUnsafeBufferPointer { b in
            let count = b.count
            while lineStart < count {
                lineNumber += 1
                var lineEnd = count
                if let hit = memchr(b.baseAddress! + lineStart, 0x0A, count - lineStart) {
                    lineEnd = b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                let next = min(lineEnd + 1, count)
                var contentEnd = lineEnd
                if contentEnd > lineStart && b[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: b[lineStart..<contentEnd])
                let kind = RecordDocument.classify(line)

                switch kind {
                case .blank, .comment where current?.isRecord != true:
                    if current?.isRecord == true { close(at: lineStart) }
                    if current == nil { current = (lineStart, lineNumber, false) }
                case .comment:
                    break // a comment inside a record stays in the record's bytes
                case .continuation:
                    if current?.isRecord == true, !fields.isEmpty {
                        fields[fields.count - 1].value += "\n" + RecordDocument.continuationText(line)
                    } else {
                        problems.append(Problem(file: file, line: lineNumber,
                            "an indented line must continue a 'key: value' line above it"))
                    }
                case .field:
                    if current?.isRecord != true {
                        close(at: lineStart)
                        current = (lineStart, lineNumber, true)
                    }
                    if let field = RecordDocument.field(line, lineNumber: lineNumber) {
                        fields.append(field)
                    } else {
                        let shown = Inert.text(String(decoding: line.prefix(40), as: UTF8.self))
                        problems.append(Problem(file: file, line: lineNumber, "expected 'key: value', found '\(shown)'"))
                    }
                }
                lineStart = next
            }
        }
        close(at: bytes.count)
    }

    // MARK: - Editing

    /// Replaces the values of some keys in a record. Keys whose values are unchanged keep
    /// their bytes; a changed key is rewritten where it stood; a new key goes at the end;
    /// an empty list removes the key.
    /// `previous` is what the record's keys meant before, in the same form as `changes`.
    mutating func set(_ changes: [(key: String, values: [String])], previous: [(key: String, values: [String])],
                      inRecord index: Int) {
        var entries = RecordDocument.entries(of: segments[index].bytes)
        for change in changes {
            let old = previous.first { $0.key == change.key }?.values ?? []
            guard old != change.values else { continue }
            let positions = entries.indices.filter { entries[$0].key == change.key }
            let rendered = change.values.map { withLineEnding(RecordDocument.render(key: change.key, value: $0)) }
            if let first = positions.first {
                for p in positions.reversed() { entries.remove(at: p) }
                entries.insert(contentsOf: rendered.map { (change.key, $0) }, at: first)
            } else {
                entries.append(contentsOf: rendered.map { (change.key, $0) })
            }
        }
        var bytes = [UInt8]()
        for e in entries { bytes.append(contentsOf: e.bytes) }
        segments[index].bytes = ArraySlice(bytes)
    }

    /// Rendered lines end in LF; in a CRLF file they end in CRLF.
    private func withLineEnding(_ bytes: [UInt8]) -> [UInt8] {
        guard usesCRLF else { return bytes }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 16)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { out.append(0x0D) }
            out.append(b)
        }
        return out
    }

    /// Adds a record at the end, after a blank line; returns its segment index.
    mutating func append(_ fields: [(key: String, values: [String])]) -> Int {
        let lineEnd = withLineEnding([UInt8(ascii: "\n")])
        if let last = segments.last, last.bytes.last != UInt8(ascii: "\n") {
            segments[segments.count - 1].bytes.append(contentsOf: lineEnd)
        }
        if segments.last?.isRecord == true || !(segments.last.map(RecordDocument.endsWithBlankLine) ?? true) {
            segments.append(Segment(isRecord: false, bytes: ArraySlice(lineEnd), line: 0))
        }
        var bytes = [UInt8]()
        for (key, values) in fields {
            for v in values { bytes.append(contentsOf: withLineEnding(RecordDocument.render(key: key, value: v))) }
        }
        segments.append(Segment(isRecord: true, bytes: ArraySlice(bytes), line: 0))
        return segments.count - 1
    }

    // MARK: - Lines

    private enum LineKind { case blank, comment, continuation, field }

    private static func classify(_ line: UnsafeBufferPointer<UInt8>) -> LineKind {
        guard let first = line.first else { return .blank }
        if first == UInt8(ascii: "#") { return .comment }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            return line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ? .blank : .continuation
        }
        return .field
    }

    private static func classify(_ line: ArraySlice<UInt8>) -> LineKind {
        line.withUnsafeBufferPointer { classify($0) }
    }

    private static func field(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Field? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        let key = UnsafeBufferPointer(rebasing: line[0..<colon])
        guard key.allSatisfy({ isKeyByte($0) }) else { return nil }
        var valueStart = colon + 1
        while valueStart < line.count && (line[valueStart] == UInt8(ascii: " ") || line[valueStart] == UInt8(ascii: "\t")) {
            valueStart += 1
        }
        var valueEnd = line.count
        while valueEnd > valueStart && (line[valueEnd - 1] == UInt8(ascii: " ") || line[valueEnd - 1] == UInt8(ascii: "\t")) {
            valueEnd -= 1
        }
        let code = RecordKey(key)
        return Field(key: code == .unknown ? String(decoding: key, as: UTF8.self) : code.text,
                     value: String(decoding: UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd]), as: UTF8.self),
                     line: lineNumber, code: code)
    }

    private static func field(_ line: ArraySlice<UInt8>, lineNumber: Int) -> Field? {
        line.withUnsafeBufferPointer { field($0, lineNumber: lineNumber) }
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    /// A continuation line's text: two spaces (or a tab) of indent removed; ` .` is an empty line,
    /// as in Debian control files, because a blank line would end the record.
    private static func continuationText(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        if line.first == UInt8(ascii: "\t") {
            start += 1
        } else {
            var n = 0
            while n < 2 && start < line.count && line[start] == UInt8(ascii: " ") { start += 1; n += 1 }
        }
        let text = UnsafeBufferPointer(rebasing: line[start...])
        if text.elementsEqual(".".utf8) || text.elementsEqual(" .".utf8) { return "" }
        return String(decoding: text, as: UTF8.self)
    }

    /// `key: value`, a multi-line value indented on the lines after the first.
    static func render(key: String, value: String) -> [UInt8] {
        var out = Array(key.utf8)
        out.append(UInt8(ascii: ":"))
        // Any line break (LF, CRLF, CR) ends a line; trailing blanks go, so that a line of
        // spaces cannot pass for the blank line that ends a record: it becomes `.`.
        let lines = value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (i, line) in lines.enumerated() {
            var text = Substring(line)
            while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
            if i == 0 {
                if !text.isEmpty { out.append(UInt8(ascii: " ")); out.append(contentsOf: text.utf8) }
            } else {
                out.append(UInt8(ascii: "\n"))
                out.append(contentsOf: "  ".utf8)
                out.append(contentsOf: text.isEmpty ? Array(".".utf8) : Array(text.utf8))
            }
        }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// A record's lines grouped per field (a field with its continuation lines); comments
    /// are entries with no key, so they keep their place.
    private static func entries(of bytes: ArraySlice<UInt8>) -> [(key: String?, bytes: [UInt8])] {
        var entries: [(key: String?, bytes: [UInt8])] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = min(end + 1, bytes.endIndex)
            var lineBytes = Array(bytes[start..<next])
            if lineBytes.last != UInt8(ascii: "\n") { lineBytes.append(UInt8(ascii: "\n")) }
            let content = bytes[start..<end]
            switch classify(content) {
            case .continuation where !entries.isEmpty:
                entries[entries.count - 1].bytes.append(contentsOf: lineBytes)
            case .field:
                entries.append((field(content, lineNumber: 0)?.key, lineBytes))
            default:
                entries.append((nil, lineBytes))
            }
            start = next
        }
        return entries
    }

    private static func endsWithBlankLine(_ segment: Segment) -> Bool {
        let b = segment.bytes.filter { $0 != 0x0D }  // CRLF files too
        guard b.count >= 2 else { return b.isEmpty }
        return b[b.count - 1] == UInt8(ascii: "\n") && b[b.count - 2] == UInt8(ascii: "\n")
    }
}
