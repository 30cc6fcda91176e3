import CarnetCore

/// Reads the `.theme` format: one `role = fg [on bg] [bold] [underline] [reverse] [dim]`
/// per line. See docs/themes.md.
///
/// Never fails: every bad line is reported and leaves its role as it was.
public enum ThemeParser {
    /// Parses `text` over `base`, which gives the style of roles the file does
    /// not set or sets wrongly. `file` is only used in error messages.
    public static func parse(_ text: String, file: String, over base: Theme = .builtinDefault)
        -> (theme: Theme, errors: [ThemeError]) {
        var theme = base
        var errors: [ThemeError] = []
        // By role position: a dictionary keyed by `Role` cost the app's start a scan of every
        // protocol conformance in the program (to find `Role: Hashable`), as did the other
        // generic helpers this parser no longer uses (the default theme is parsed at each
        // start: 5.7 M instructions before, callgrind).
        var firstLine = [Int?](repeating: nil, count: Role.allCases.count)
        var lineNumber = 0

        // "\r\n" is one Character in Swift: split on it too, or a theme saved with Windows
        // line endings reads as a single line.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = stripComment(String(rawLine))
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }

            func fail(_ kind: ThemeError.Kind, _ message: String) {
                // Messages quote the file's words: no control of theirs reaches a terminal.
                errors.append(ThemeError(kind: kind, file: file, line: lineNumber, message: Inert.text(message)))
            }

            guard let equals = line.firstIndex(of: "=") else {
                fail(.badSyntax, "expected 'role = colour [on colour] [attributes]'")
                continue
            }
            let roleName = trimmed(line[..<equals])
            let value = line[line.index(after: equals)...]
            guard let role = Role.named(roleName.lowercased()) else {
                if roleName.isEmpty {
                    fail(.badSyntax, "missing role before '='")
                } else {
                    fail(.unknownRole, "unknown role '\(roleName)'")
                }
                continue
            }
            switch parseStyle(words(value)) {
            case .success(let style):
                if let earlier = firstLine[role.index] {
                    fail(.duplicateRole, "role '\(roleName)' already set on line \(earlier)")
                } else {
                    firstLine[role.index] = lineNumber
                }
                theme[role] = style
            case .failure(let error):
                fail(error.kind, error.message)
            }
        }
        return (theme, errors)
    }

    private struct StyleError: Error {
        var kind: ThemeError.Kind
        var message: String
    }

    /// `[fg] [on bg] [attribute]...`; an attribute-only style keeps the terminal's colours.
    private static func parseStyle(_ words: [String]) -> Result<Style, StyleError> {
        guard !words.isEmpty else {
            return .failure(StyleError(kind: .badSyntax, message: "missing colour after '='"))
        }
        var style = Style()
        var i = 0
        if attribute(words[0]) == nil && words[0].lowercased() != "on" {
            guard let color = ThemeColor(parsing: words[0]) else {
                return .failure(StyleError(kind: .unknownColor, message: "unknown colour '\(words[0])'"))
            }
            style.foreground = color
            i = 1
        }
        if i < words.count && words[i].lowercased() == "on" {
            guard i + 1 < words.count else {
                return .failure(StyleError(kind: .badSyntax, message: "missing colour after 'on'"))
            }
            guard let color = ThemeColor(parsing: words[i + 1]) else {
                return .failure(StyleError(kind: .unknownColor, message: "unknown colour '\(words[i + 1])'"))
            }
            style.background = color
            i += 2
        }
        while i < words.count {
            if let attribute = attribute(words[i]) {
                style.attributes.insert(attribute)
            } else if ThemeColor(parsing: words[i]) != nil {
                return .failure(StyleError(kind: .badSyntax,
                                           message: "unexpected colour '\(words[i])' (write 'fg on bg')"))
            } else {
                return .failure(StyleError(kind: .unknownAttribute,
                                           message: "unknown attribute '\(words[i])'"))
            }
            i += 1
        }
        return .success(style)
    }

    private static func attribute(_ word: String) -> Style.Attributes? {
        let lower = word.lowercased()
        return Style.Attributes.names.first { $0.0 == lower }?.1
    }

    /// A whole line starting with `#`, or `#` after a blank and before a blank or
    /// the end, starts a comment; `#rrggbb` is a colour.
    private static func stripComment(_ line: String) -> String {
        var onlyBlanksBefore = true
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            let next = line.index(after: i)
            if c == "#" {
                let after: Character = next < line.endIndex ? line[next] : " "
                if onlyBlanksBefore || after == " " || after == "\t" || after == "\r" { return String(line[..<i]) }
            }
            if c != " " && c != "\t" { onlyBlanksBefore = false }
            i = next
        }
        return line
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    }

    private static func trimmed(_ text: Substring) -> String {
        func blank(_ c: Character) -> Bool { c == " " || c == "\t" }
        var start = text.startIndex, end = text.endIndex
        while start < end && blank(text[start]) { start = text.index(after: start) }
        while end > start && blank(text[text.index(before: end)]) { end = text.index(before: end) }
        return String(text[start..<end])
    }
}
