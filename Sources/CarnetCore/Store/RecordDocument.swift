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

    /// Splits a file that was read into segments, numbered as the loader numbered them
    /// (`RecordParser`): the loader keeps only the bytes, and the document is built from
    /// them on the first write.
    init(parsing bytes: [UInt8]) {
        if let firstBreak = bytes.firstIndex(of: UInt8(ascii: "\n")) {
            usesCRLF = firstBreak > 0 && bytes[firstBreak - 1] == 0x0D
        }
        var segments: [Segment] = []
        var open: (start: Int, line: Int, isRecord: Bool)? = nil
        bytes.withUnsafeBufferPointer { b in
            var lines = RecordLines(b)
            while let line = lines.next() {
                guard let starts = line.starts else { continue }
                if let o = open { segments.append(Segment(isRecord: o.isRecord, bytes: bytes[o.start..<line.start], line: o.line)) }
                open = (line.start, line.number, starts == .record)
            }
        }
        if let o = open { segments.append(Segment(isRecord: o.isRecord, bytes: bytes[o.start...], line: o.line)) }
        self.segments = segments
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

    /// `key: value`, a multi-line value indented on the lines after the first.
    static func render(key: String, value: String) -> [UInt8] {
        // Most values are one line that ends in neither a blank nor a tab: put as they are,
        // without the walk over characters (the records of an import of 100,000 vCards
        // took 1.2 s so, perf).
        let utf8 = value.utf8
        if let last = utf8.last, last != 0x20, last != 0x09, !utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            var out = [UInt8]()
            out.reserveCapacity(key.utf8.count + utf8.count + 3)
            out.append(contentsOf: key.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\n"))
            return out
        }
        return renderLines(key: key, value: value)
    }

    /// `render`, line by line.
    static func renderLines(key: String, value: String) -> [UInt8] {
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
            bytes[start..<end].withUnsafeBufferPointer { content in
                switch RecordLines.classify(content) {
                case .continuation where !entries.isEmpty:
                    entries[entries.count - 1].bytes.append(contentsOf: lineBytes)
                case .field:
                    let key = RecordLines.keyEnd(content).map { String(decoding: content[..<$0], as: UTF8.self) }
                    entries.append((key, lineBytes))
                default:
                    entries.append((nil, lineBytes))
                }
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
