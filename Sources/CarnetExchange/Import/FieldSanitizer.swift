/// Makes imported text inert before it reaches the store, the screen or a script.
///
/// An export is someone else's data: a name can carry `ESC]52;…` (write the
/// clipboard), `ESC[2J` (clear the screen) or a right-to-left override that makes
/// `gpj.exe` read as `exe.jpg`. We remove whole escape sequences (not just the ESC
/// byte, which would leave `[2J` behind), every other C0/C1 control and DEL, and
/// the bidi controls; notes keep their line breaks, other fields become one line.
enum FieldSanitizer {
    static let singleLineLimit = 1_000
    static let noteLimit = 20_000

    struct Cleaned {
        var text: String
        var removedControls: Bool
    }

    static func clean(_ input: String, multiline: Bool) -> Cleaned {
        if isClean(input) { return Cleaned(text: input, removedControls: false) }
        return cleanScalars(input, multiline: multiline)
    }

    /// Whether `clean` would give `input` back as it is: no control, no escape sequence, no
    /// invisible character it removes (C1 controls, U+061C, the bidi controls, the line and
    /// paragraph separators, the byte-order mark), and no space at either end or doubled.
    /// Most fields of an export are so (an e-mail, a phone, a name with accents or in CJK,
    /// a company with `’` or `«»`), and the long way copies each scalar: it was a fifth of
    /// a vCard import (perf, 10,000 people).
    static func isClean(_ input: String) -> Bool {
        var text = input
        return text.withUTF8(isClean)
    }

    private static func isClean(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.first != 0x20, b.last != 0x20 else { return false }
        // A String's bytes are valid UTF-8: a lead byte has its continuation bytes.
        var i = 0
        while i < b.count {
            switch b[i] {
            case 0x00...0x1F, 0x7F: return false
            case 0x20 where b[i + 1] == 0x20: return false
            case 0xC2 where b[i + 1] <= 0x9F: return false                                   // U+0080–U+009F
            case 0xD8 where b[i + 1] == 0x9C: return false                                   // U+061C
            case 0xE2 where b[i + 1] == 0x80 && (b[i + 2] == 0x8E || b[i + 2] == 0x8F): return false  // U+200E, U+200F
            case 0xE2 where b[i + 1] == 0x80 && (0xA8...0xAE).contains(b[i + 2]): return false  // U+2028–U+202E
            case 0xE2 where b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2]): return false  // U+2066–U+2069
            case 0xEF where b[i + 1] == 0xBB && b[i + 2] == 0xBF: return false               // U+FEFF
            default: break
            }
            i += 1
        }
        return true
    }

    /// `clean`, scalar by scalar.
    static func cleanScalars(_ input: String, multiline: Bool) -> Cleaned {
        let scalars = Array(input.unicodeScalars)
        var out = String.UnicodeScalarView()
        var removed = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c.value {
            case 0x1B: // ESC: skip the whole sequence it starts
                i = endOfEscape(scalars, from: i)
                removed = true
                continue
            case 0x9B: // C1 CSI
                i = endOfCSI(scalars, from: i + 1)
                removed = true
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: // C1 DCS, SOS, OSC, PM, APC: strings until ST
                i = endOfControlString(scalars, from: i + 1)
                removed = true
                continue
            case 0x0D: // CR or CRLF: one line break
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                out.append(multiline ? "\n" : " ")
            case 0x0A, 0x2028, 0x2029:
                out.append(multiline ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                removed = true
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                removed = true
            case 0xFEFF: // a stray byte-order mark inside a field is invisible noise
                break
            default:
                out.append(c)
            }
            i += 1
        }
        var text = String(out)
        text = multiline ? trimLines(text) : collapseSpaces(text)
        return Cleaned(text: text, removedControls: removed)
    }

    /// ESC followed by `[` (CSI), `]` (OSC), `P` `X` `^` `_` (strings), or a short
    /// two- or three-character sequence such as `ESC c` or `ESC ( B`.
    private static func endOfEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let next = start + 1
        guard next < s.count else { return next }
        switch s[next] {
        case "[": return endOfCSI(s, from: next + 1)
        case "]", "P", "X", "^", "_": return endOfControlString(s, from: next + 1)
        default:
            var i = next
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 } // intermediates
            if i < s.count, (0x30...0x7E).contains(s[i].value) { i += 1 }    // final
            return i
        }
    }

    /// Parameters and intermediates, then one final byte in 0x40–0x7E.
    private static func endOfCSI(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, (0x20...0x3F).contains(s[i].value) { i += 1 }
        if i < s.count, (0x40...0x7E).contains(s[i].value) { i += 1 }
        return i
    }

    /// OSC and friends end at BEL, ESC `\` or C1 ST; an unterminated one runs to
    /// the end of the field, which is what a terminal would swallow too.
    private static func endOfControlString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            switch s[i].value {
            case 0x07, 0x9C: return i + 1
            case 0x1B: return (i + 1 < s.count && s[i + 1] == "\\") ? i + 2 : i + 1
            default: i += 1
            }
        }
        return i
    }

    private static func collapseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    private static func trimLines(_ s: String) -> String {
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var line = line
                while line.last == " " { line.removeLast() }
                return line
            }
        var joined = lines.joined(separator: "\n")
        while joined.first == "\n" || joined.first == " " { joined.removeFirst() }
        while joined.last == "\n" { joined.removeLast() }
        return joined
    }

    /// Cleans and cuts one field; the warning names the field.
    static func field(_ value: String?, named name: String, multiline: Bool = false,
                      warnings: inout [String]) -> String? {
        guard let value else { return nil }
        var cleaned = clean(value, multiline: multiline)
        if cleaned.removedControls {
            warnings.append("removed control characters or escape sequences from \(name)")
        }
        let limit = multiline ? noteLimit : singleLineLimit
        // No more characters than bytes: the count, a walk over every character, only when
        // the bytes are more than the limit.
        if cleaned.text.utf8.count > limit, case let length = cleaned.text.count, length > limit {
            cleaned.text = String(cleaned.text.prefix(limit))
            warnings.append("\(name) was \(grouped(length)) characters long; cut to \(grouped(limit))")
        }
        return cleaned.text.isEmpty ? nil : cleaned.text
    }

    /// Applies `field` to every text of a person, dropping what ends up empty and
    /// list entries repeated after cleaning.
    static func sanitize(_ person: ImportedPerson) -> ImportedPerson {
        var p = person
        var w = p.warnings
        p.fullName = field(p.fullName, named: "name", warnings: &w)
        p.givenName = field(p.givenName, named: "first name", warnings: &w)
        p.familyName = field(p.familyName, named: "last name", warnings: &w)
        p.company = field(p.company, named: "company", warnings: &w)
        p.role = field(p.role, named: "role", warnings: &w)
        p.emails = list(p.emails, named: "e-mail", warnings: &w)
        p.phones = list(p.phones, named: "phone", warnings: &w)
        p.urls = list(p.urls, named: "web site", warnings: &w)
        p.linkedIn = field(p.linkedIn, named: "LinkedIn URL", warnings: &w)
        p.city = field(p.city, named: "city", warnings: &w)
        p.country = field(p.country, named: "country", warnings: &w)
        if case .text(let text)? = p.birthday {
            p.birthday = field(text, named: "birthday", warnings: &w).map { .text($0) }
        }
        p.circles = list(p.circles, named: "circle", warnings: &w)
        p.note = field(p.note, named: "note", multiline: true, warnings: &w)
        p.warnings = unique(w)
        return p
    }

    private static func list(_ values: [String], named name: String, warnings: inout [String]) -> [String] {
        unique(values.compactMap { field($0, named: name, warnings: &warnings) })
    }

    /// Keeps the first of values equal ignoring case (`Bob@X.com`, `bob@x.com`).
    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }

    static func grouped(_ n: Int) -> String {
        var digits = String(n)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
