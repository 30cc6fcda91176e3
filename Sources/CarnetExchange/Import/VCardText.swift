import CarnetCore

/// vCard's backslash escapes, for reading and for writing.
enum VCardText {
    /// `\,` `\;` `\:` `\\` and `\n`/`\N` (a line break). `\:` is not in any
    /// standard but Apple writes it in URLs (`https\://…`). Any other backslash is
    /// kept as written, so a Windows path in a note survives.
    static func unescape(_ text: Substring) -> String {
        var out = ""
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let next = iterator.next() else { out.append(c); break }
            switch next {
            case "n", "N": out.append("\n")
            case ",", ";", ":", "\\": out.append(next)
            default: out.append(c); out.append(next)
            }
        }
        return out
    }

    static func unescape(_ text: String) -> String { unescape(text[...]) }

    /// Splits on a separator not preceded by a backslash, leaving escapes in place
    /// (the pieces are unescaped afterwards): `N`, `ADR` and `ORG` use `;`,
    /// `CATEGORIES` and multi-valued components use `,`.
    static func split(_ text: String, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\" {
                i = text.index(after: i)
                if i < text.endIndex { i = text.index(after: i) }
                continue
            }
            if c == separator {
                parts.append(text[start..<i])
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        parts.append(text[start...])
        return parts
    }

    /// Structured components, each unescaped; commas inside a component (several
    /// middle names) become spaces.
    static func components(_ text: String) -> [String] {
        split(text, on: ";").map { component in
            split(String(component), on: ",").map(unescape).filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// The inverse of `unescape` for a text value (vCard 4.0, RFC 6350 §3.4).
    static func escape(_ text: String) -> String {
        var out = ""
        // vCard and iCalendar TEXT may not hold controls (RFC 6350 §3.3, RFC 5545 §3.3.11),
        // and an export printed to a terminal must be inert: ESC sequences, C1, bidi go.
        for c in Inert.text(text, keepNewlines: true) {
            switch c {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
