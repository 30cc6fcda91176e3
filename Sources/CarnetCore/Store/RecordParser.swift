/// Reads the records of a record file for the loader, which decodes each one as soon as it
/// is complete. A field is only located in the file's bytes: a value becomes a String when
/// a decoder asks for it as text, and a key never does unless Carnet does not know it. The
/// document that edits the file is built from the same bytes on the first write.
enum RecordParser {
    /// One `key: value` line (with its continuation lines).
    struct Field {
        var code: RecordKey
        var line: Int
        /// The key's bytes in the file.
        var key: Range<Int>
        /// The value's bytes on the key's line, without the blanks around it.
        var value: Range<Int>
        /// With continuation lines, the whole value is `Record.continued[continued]`; else -1.
        var continued = -1

        var isEmpty: Bool { continued < 0 && value.isEmpty }
    }

    /// Buffers valid only while the record is handed over: nothing is retained per record.
    struct Record {
        /// Index of the record's segment in the document (`RecordDocument(parsing:)`).
        var segment: Int
        var line: Int
        /// The file's bytes (up to the end of the part being read).
        var bytes: UnsafeBufferPointer<UInt8>
        var fields: UnsafeBufferPointer<Field>
        /// The values that have continuation lines, joined (rare).
        var continued: UnsafeBufferPointer<String>
    }

    /// Hands each record of `bytes` to `take`. Problems name the file and line; a file with
    /// problems must not be written back.
    static func parse(_ bytes: [UInt8], file: String, problems: inout [Problem], take: (Record) -> Void) {
        bytes.withUnsafeBufferPointer { _ = parse($0, file: file, problems: &problems, take: take) }
    }

    /// The records of `bytes[from.offset..<end]`, `from` being a record's start (`Outline`),
    /// numbered as in the whole file: for a loader that reads a large file in two parts.
    static func parse(_ bytes: FileBytes, from: Outline.Start, to end: Int, file: String, problems: inout [Problem],
                      take: (Record) -> Void) {
        bytes.withUnsafeBufferPointer {
            _ = parse(UnsafeBufferPointer(rebasing: $0[..<end]), from: from, file: file, problems: &problems, take: take)
        }
    }

    /// `parse(_:from:to:…)`, stopping where `stops` says yes at a record's start (asked with
    /// its offset): where it stopped, numbered as in the whole file, or nil at the end. For a
    /// loader that lets another thread take the end (`ContactsShare`).
    static func parse(_ bytes: FileBytes, from: Outline.Start, to end: Int, file: String, problems: inout [Problem],
                      stoppingAt stops: ((Int) -> Bool)?, take: (Record) -> Void) -> Outline.Start? {
        bytes.withUnsafeBufferPointer {
            parse(UnsafeBufferPointer(rebasing: $0[..<end]), from: from, file: file, problems: &problems, stops: stops,
                  take: take)
        }
    }

    /// How many records `bytes` holds, and where one starts near the middle of its bytes.
    struct Outline {
        struct Start {
            var offset = 0
            var line = 1
            /// The segment the record is, and how many records come before it.
            var segment = 0
            var records = 0
        }
        var records = 0
        var middle: Start?
    }

    static func outline(_ bytes: FileBytes) -> Outline {
        bytes.withUnsafeBufferPointer { b in
            var outline = Outline()
            var segments = 0
            var lines = RecordLines(b)
            while let line = lines.next() {
                guard let starts = line.starts else { continue }
                if starts == .record {
                    if outline.middle == nil && line.start >= b.count / 2 {
                        outline.middle = Outline.Start(offset: line.start, line: line.number, segment: segments,
                                                       records: outline.records)
                    }
                    outline.records += 1
                }
                segments += 1
            }
            return outline
        }
    }

    /// About how many records `bytes` holds, for arrays to be reserved without walking the
    /// whole file: those in its first 64 KiB, scaled to its length, plus a sixteenth. Exact
    /// for a file that short. A file whose records grow shorter further on gets arrays that
    /// grow: the estimate only ever costs time, never changes what is read.
    static func estimatedRecords(_ bytes: FileBytes) -> Int {
        let sample = min(bytes.count, 1 << 16)
        let counted = bytes.withUnsafeBufferPointer { b in
            var lines = RecordLines(UnsafeBufferPointer(rebasing: b[..<sample]))
            var records = 0
            while let line = lines.next() {
                if line.starts == .record { records += 1 }
            }
            return records
        }
        return scaled(counted, sample: sample, total: bytes.count)
    }

    /// `counted` things in the first `sample` bytes of `total`, scaled to all of them plus a
    /// sixteenth (the same when the sample is the whole): the records of a contacts file, the
    /// lines of a journal, for arrays reserved before reading.
    static func scaled(_ counted: Int, sample: Int, total: Int) -> Int {
        guard sample < total else { return counted }
        let scaled = counted * total / sample
        return scaled + scaled / 16 + 1
    }

    // Not inside the closure above: called from a closure, `hand` made the variables it
    // captures checked for exclusive access at run time.
    private static func parse(_ b: UnsafeBufferPointer<UInt8>, from: Outline.Start = Outline.Start(),
                              file: String, problems: inout [Problem], stops: ((Int) -> Bool)? = nil,
                              take: (Record) -> Void) -> Outline.Start? {
        var fields: [Field] = []
        var continued: [String] = []
        var segments = from.segment
        var open: (segment: Int, line: Int)? = nil
        func hand(_ o: (segment: Int, line: Int)) {
            fields.withUnsafeBufferPointer { f in
                continued.withUnsafeBufferPointer { c in
                    take(Record(segment: o.segment, line: o.line, bytes: b, fields: f, continued: c))
                }
            }
        }
        var lines = RecordLines(b, fromRecordAt: from.offset, line: from.line)
        while let line = lines.next() {
            if let starts = line.starts {
                if starts == .record, let stops, stops(line.start) {
                    if let o = open { hand(o) }
                    return Outline.Start(offset: line.start, line: line.number, segment: segments, records: 0)
                }
                if let o = open {
                    hand(o)
                    fields.removeAll(keepingCapacity: true)
                    continued.removeAll(keepingCapacity: true)
                }
                open = starts == .record ? (segments, line.number) : nil
                segments += 1
            }
            let content = UnsafeBufferPointer(rebasing: b[line.start..<line.end])
            switch line.kind {
            case .blank, .comment:
                break // a comment inside a record stays in the record's bytes
            case .continuation:
                if open != nil, !fields.isEmpty {
                    let text = continuationText(content)
                    let last = fields.count - 1
                    if fields[last].continued < 0 {
                        fields[last].continued = continued.count
                        continued.append(String(decoding: b[fields[last].value], as: UTF8.self) + "\n" + text)
                    } else {
                        continued[fields[last].continued] += "\n" + text
                    }
                } else {
                    problems.append(Problem(file: file, line: line.number,
                        "an indented line must continue a 'key: value' line above it"))
                }
            case .field:
                if let field = field(content, at: line.start, lineNumber: line.number) {
                    fields.append(field)
                } else {
                    let shown = Inert.text(String(decoding: content.prefix(40), as: UTF8.self))
                    problems.append(Problem(file: file, line: line.number, "expected 'key: value', found '\(shown)'"))
                }
            }
        }
        if let o = open { hand(o) }
        return nil
    }


    /// A `key: value` line starting at byte `offset` of the file, or nil when it is not one.
    private static func field(_ line: UnsafeBufferPointer<UInt8>, at offset: Int, lineNumber: Int) -> Field? {
        let colon: Int
        let code: RecordKey
        if let known = knownKey(line) {
            (colon, code) = known
        } else {
            guard let end = RecordLines.keyEnd(line) else { return nil }
            (colon, code) = (end, RecordKey(UnsafeBufferPointer(rebasing: line[..<end])))
        }
        var valueStart = colon + 1
        while valueStart < line.count && (line[valueStart] == UInt8(ascii: " ") || line[valueStart] == UInt8(ascii: "\t")) {
            valueStart += 1
        }
        var valueEnd = line.count
        while valueEnd > valueStart && (line[valueEnd - 1] == UInt8(ascii: " ") || line[valueEnd - 1] == UInt8(ascii: "\t")) {
            valueEnd -= 1
        }
        return Field(code: code, line: lineNumber, key: offset..<(offset + colon),
                     value: (offset + valueStart)..<(offset + valueEnd))
    }

    /// The line's first colon and the key before it, when that key is one Carnet knows (the
    /// usual line): its bytes are then all key bytes, as `keyEnd` would check one at a time
    /// (a tenth of a parse). The colon is found eight bytes at a time, in the first sixteen
    /// (the longest key has 13); nil sends the line to `keyEnd`.
    @inline(__always)
    private static func knownKey(_ line: UnsafeBufferPointer<UInt8>) -> (colon: Int, code: RecordKey)? {
        guard line.count >= 8, let base = line.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var at = 0
        while at + 8 <= min(line.count, 16) {
            let w = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian ^ (ones &* UInt64(UInt8(ascii: ":")))
            // The lowest flagged byte is exact (false flags only come above a true one).
            let found = (w &- ones) & ~w & highs
            if found != 0 {
                let colon = at + found.trailingZeroBitCount >> 3
                guard colon > 0 else { return nil }
                let code = RecordKey(UnsafeBufferPointer(rebasing: line[..<colon]))
                return code == .unknown ? nil : (colon, code)
            }
            at += 8
        }
        return nil
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
}
