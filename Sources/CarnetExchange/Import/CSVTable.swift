import CarnetCore
import CSV

/// A CSV export as a header and numbered records, columns found by name.
///
/// CSV.swift does the quoting (commas and doubled quotes inside quotes, fields
/// spanning lines). Two things it cannot do are done around it: LinkedIn puts a
/// "Notes:" block before the header, so we find the header line by the column
/// names we expect and hand the library the text from there; and it does not
/// report line numbers, so we count the line breaks inside each record.
struct CSVTable {
    struct Record {
        /// The line the record starts on, 1-based, in the file as the user sees it.
        var line: Int
        var fields: [String]
    }

    let file: String
    let header: [String]
    let headerLine: Int
    let records: [Record]
    private let columnIndex: [String: Int]

    /// Reads `text`, whose header row must contain every name of one of
    /// `headerSignatures` (compared ignoring case and surrounding spaces).
    static func read(_ text: String, file: String, formatName: String,
                     headerSignatures: [[String]]) throws -> CSVTable {
        guard let (offset, line, header) = findHeader(text, signatures: headerSignatures) else {
            let expected = headerSignatures[0].joined(separator: ", ")
            let article = "AEIOU".contains(formatName.first ?? "x") ? "an" : "a"
            throw ImportError(file: file, "not \(article) \(formatName) export: no header line with the columns \(expected)")
        }
        switch quoteProblem(in: text[offset...], firstLine: line) {
        case .unclosed(let open)?:
            throw ImportError(file: file, line: open, "a quoted field opens on this line and is never closed: "
                              + "every line after it would be read into it (a quote lost in an edit?); nothing was imported")
        case .textAfterClosingQuote(let at)?:
            throw ImportError(file: file, line: at, "text follows a closing quote (as in '\"Acme\" Inc'): the lines after "
                              + "it would be read into that field; quote the whole field, doubling the quotes inside "
                              + "('\"\"\"Acme\"\" Inc\"'); nothing was imported")
        case nil:
            break
        }
        let reader = try CSVReader(string: String(text[offset...]))
        _ = reader.next() // the header, already read
        var records: [Record] = []
        var nextLine = line + 1
        while let fields = reader.next() {
            let start = nextLine
            nextLine += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            if fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            records.append(Record(line: start, fields: fields))
        }
        return CSVTable(file: file, header: header, headerLine: line, records: records)
    }

    private init(file: String, header: [String], headerLine: Int, records: [Record]) {
        self.file = file
        self.header = header
        self.headerLine = headerLine
        self.records = records
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[CSVTable.key(name)] == nil {
            index[CSVTable.key(name)] = i
        }
        self.columnIndex = index
    }

    /// The header line: the first physical line that parses into cells holding
    /// all the names of a signature. Scanning lines (instead of CSV records) keeps
    /// an odd quote in a preamble from swallowing the header.
    private static func findHeader(_ text: String, signatures: [[String]])
        -> (String.Index, Int, [String])? {
        var lineStart = text.startIndex
        var lineNumber = 1
        let firstNames = Set(signatures.map { $0[0].lowercased() })
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if firstNames.contains(where: { line.lowercased().contains($0) }),
               let cells = try? CSVReader(string: String(line)).next() {
                let names = Set(cells.map(key))
                if signatures.contains(where: { $0.allSatisfy { names.contains(key($0)) } }) {
                    return (lineStart, lineNumber, cells.map { $0.trimmed })
                }
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            lineNumber += 1
        }
        return nil
    }

    enum QuoteProblem: Equatable {
        /// A quoted field opens on this line and the text never closes it.
        case unclosed(line: Int)
        /// A quote inside a quoted field, on this line, is followed by neither a quote, a
        /// comma nor a line break.
        case textAfterClosingQuote(line: Int)
    }

    /// What CSV.swift would read wrongly, without a word: a quoted field the text never
    /// closes is read to the end of the file, every record after it taken in as its text;
    /// a quote followed by text (`"Acme" Inc`) does not close the field either, which then
    /// runs on to the next quote. Quotes are read as RFC 4180 and CSV.swift have them: a
    /// quote opens a field only at its start, `""` inside one is a quote, a quote followed
    /// by a comma, a line break or the end closes it, and a quote elsewhere is text.
    static func quoteProblem(in text: Substring, firstLine: Int) -> QuoteProblem? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var line = firstLine
        var opened: Int?
        var atFieldStart = true
        var bytes = text.utf8.makeIterator()
        var pending = bytes.next()
        while let byte = pending {
            pending = bytes.next()
            // CRLF, LF or a CR alone: one line break each.
            if byte == lf || (byte == cr && pending != lf) { line += 1 }
            if opened != nil {
                guard byte == quote else { continue }
                if pending == quote {
                    pending = bytes.next()
                } else if pending == nil || pending == comma || pending == lf || pending == cr {
                    opened = nil
                    atFieldStart = false
                } else {
                    return .textAfterClosingQuote(line: line)
                }
            } else if byte == quote && atFieldStart {
                opened = line
            } else {
                atFieldStart = byte == comma || byte == lf || byte == cr
            }
        }
        return opened.map { .unclosed(line: $0) }
    }

    private static func lineBreaks(in field: String) -> Int {
        field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) }
    }

    private static func key(_ name: String) -> String {
        name.trimmed.lowercased()
    }

    // MARK: Looking columns up by name

    func column(_ name: String) -> Int? {
        columnIndex[CSVTable.key(name)]
    }

    func has(_ name: String) -> Bool { column(name) != nil }

    /// The columns whose names match, in file order — for Google's numbered
    /// groups (`E-mail 1 - Value`, `E-mail 2 - Value`, …), however many there are.
    func columns(where matches: (String) -> Bool) -> [Int] {
        header.indices.filter { matches(header[$0].lowercased()) }
    }

    /// The cell, or "" when the column is absent or the row is short.
    func value(_ record: Record, _ name: String) -> String {
        value(record, column(name))
    }

    func value(_ record: Record, _ column: Int?) -> String {
        guard let column, column < record.fields.count else { return "" }
        return record.fields[column]
    }

    /// A warning for a row whose number of fields is not the header's: its values may sit
    /// under the wrong columns (a comma that was not quoted), nil when they match.
    func shapeWarning(_ record: Record) -> String? {
        guard record.fields.count != header.count else { return nil }
        return "this row has \(record.fields.count) fields where the header has \(header.count): "
            + (record.fields.count > header.count ? "values may sit under the wrong columns (a comma not in quotes?)"
                                                  : "the last columns are missing")
    }

    /// The cell trimmed, nil when empty.
    func text(_ record: Record, _ name: String) -> String? {
        let v = value(record, name).trimmed
        return v.isEmpty ? nil : v
    }
}
