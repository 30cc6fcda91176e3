import CarnetCore

/// One content line of a vCard: `[group.]NAME[;PARAM…]:value`, unfolded and with
/// its value decoded to text (still carrying vCard's backslash escapes).
struct VCardProperty {
    var line: Int
    /// `item1` in `item1.EMAIL`, lower-cased; Apple ties a label to a value this way.
    var group: String?
    /// Upper-cased: `EMAIL`, `X-ABLABEL`.
    var name: String
    /// Parameter names upper-cased; 2.1's nameless ones (`TEL;CELL;PREF:`) are filed
    /// under `TYPE`, or `ENCODING` for `QUOTED-PRINTABLE`/`BASE64`.
    var parameters: [(name: String, value: String)]
    var value: String
    /// Set when escape sequences or controls were taken out of the value. They go
    /// before the value is split on `;` and `,`: `ESC[1;31m` in an ORG must not
    /// become two components.
    var removedControls = false

    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// All TYPE values, lower-cased, whether written `TYPE=work,pref`,
    /// `TYPE=work;TYPE=pref` or `WORK;PREF`.
    var types: [String] {
        parameters.filter { $0.name == "TYPE" }
            .flatMap { $0.value.split(separator: ",") }
            .map { $0.lowercased() }
    }
}

/// Splits vCard bytes into properties.
///
/// Works on bytes, not text, because the text encoding of a 2.1 value is only
/// known once its line is whole: a folded line must be unfolded (CRLF or LF
/// followed by a space or tab) and a quoted-printable soft break (`=` at the end
/// of a line) joined before `CHARSET` and `ENCODING` can be applied.
enum VCardLines {
    struct Output {
        var properties: [VCardProperty] = []
        /// Lines whose value was not UTF-8 and was read as Windows-1252.
        var nonUTF8Lines: [Int] = []
    }

    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";")
    private static let quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")

    static func split(_ bytes: [UInt8]) -> Output {
        var output = Output()
        var current: [UInt8] = []
        var currentLine = 0
        var currentIsQP = false

        func finish() {
            defer { current = []; currentIsQP = false }
            guard !current.isEmpty, let property = parse(current, line: currentLine, into: &output) else { return }
            output.properties.append(property)
        }

        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            var end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            let next = end + 1
            if end > start, bytes[end - 1] == carriageReturn { end -= 1 }
            let physical = bytes[start..<end]
            start = next

            if let first = physical.first, first == space || first == tab, !current.isEmpty {
                current.append(contentsOf: physical.dropFirst()) // folded continuation
            } else if currentIsQP, current.last == equals {
                current.removeLast() // quoted-printable soft line break
                current.append(contentsOf: physical)
            } else if physical.allSatisfy({ $0 == space || $0 == tab }) {
                finish() // a blank line ends a 2.1 base64 block
            } else {
                finish()
                current = Array(physical)
                currentLine = lineNumber
                currentIsQP = declaresQuotedPrintable(current)
            }
        }
        finish()
        return output
    }

    /// Whether the part before the value declares `QUOTED-PRINTABLE`, in any case: looked
    /// for in the bytes (as a `String`, Foundation's search made it 6% of a vCard import).
    static func declaresQuotedPrintable(_ line: [UInt8]) -> Bool {
        guard let colonIndex = line.firstIndex(of: colon) else { return false }
        let head = line[..<colonIndex]
        guard head.count >= quotedPrintable.count else { return false }
        return (head.startIndex...(head.endIndex - quotedPrintable.count)).contains { start in
            quotedPrintable.indices.allSatisfy { i in
                let byte = head[start + i]
                return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == quotedPrintable[i]
            }
        }
    }

    private static let quotedPrintable = Array("quoted-printable".utf8)

    private static func parse(_ bytes: [UInt8], line: Int, into output: inout Output) -> VCardProperty? {
        // The value starts at the first colon outside a quoted parameter value.
        var inQuotes = false
        var valueStart: Int?
        for (i, byte) in bytes.enumerated() {
            if byte == quote { inQuotes.toggle() }
            if byte == colon, !inQuotes { valueStart = i; break }
        }
        // No colon: a line of an unindented base64 block or junk; not a property.
        guard let valueStart else { return nil }
        let head = String(decoding: bytes[..<valueStart], as: UTF8.self)
        let pieces = splitOutsideQuotes(head, on: ";")
        guard let qualified = pieces.first?.trimmed, !qualified.isEmpty else { return nil }

        var group: String?
        var name = qualified
        if let dot = qualified.lastIndex(of: ".") {
            group = String(qualified[..<dot]).lowercased()
            name = String(qualified[qualified.index(after: dot)...])
        }
        var parameters: [(name: String, value: String)] = []
        for piece in pieces.dropFirst() where !piece.isEmpty {
            if let eq = piece.firstIndex(of: "=") {
                var value = String(piece[piece.index(after: eq)...])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = String(value.dropFirst().dropLast())
                }
                parameters.append((String(piece[..<eq]).uppercased(), value))
            } else {
                let token = piece.uppercased()
                let isEncoding = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"].contains(token)
                parameters.append((isEncoding ? "ENCODING" : "TYPE", piece))
            }
        }

        var property = VCardProperty(line: line, group: group, name: name.uppercased(),
                                     parameters: parameters, value: "")
        let encoding = property.parameter("ENCODING")?.uppercased()
        if encoding == "B" || encoding == "BASE64" {
            return property // binary (PHOTO, KEY, SOUND): never needed, never decoded
        }
        var valueBytes = Array(bytes[(valueStart + 1)...])
        if encoding == "QUOTED-PRINTABLE" { valueBytes = QuotedPrintable.decode(valueBytes[...]) }
        let text = decodeText(valueBytes, charset: property.parameter("CHARSET"), line: line, into: &output)
        let cleaned = FieldSanitizer.clean(text, multiline: true)
        property.value = cleaned.text
        property.removedControls = cleaned.removedControls
        return property
    }

    /// UTF-8 when it is (the standard for 3.0 and 4.0, and what phones mostly write
    /// even without a CHARSET), Windows-1252 otherwise (a superset of the Latin-1
    /// older 2.1 files use), noting the line so the user can check the accents.
    private static func decodeText(_ bytes: [UInt8], charset: String?, line: Int,
                                   into output: inout Output) -> String {
        let declared = charset?.uppercased()
        let latin = ["ISO-8859-1", "ISO8859-1", "LATIN1", "WINDOWS-1252", "CP1252"]
        if let declared, latin.contains(declared) { return Windows1252.decode(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        output.nonUTF8Lines.append(line)
        return Windows1252.decode(bytes)
    }

    static func splitOutsideQuotes(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            if c == separator, !inQuotes {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }
}
