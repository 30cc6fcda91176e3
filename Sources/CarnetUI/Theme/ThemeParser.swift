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
        var firstLine: [Role: Int] = [:]
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
            guard let role = Role(rawValue: roleName.lowercased()) else {
                if roleName.isEmpty {
                    fail(.badSyntax, "missing role before '='")
                } else {
                    fail(.unknownRole, "unknown role '\(roleName)'")
                }
                continue
            }
            switch parseStyle(words(value)) {
            case .success(let style):
                if let earlier = firstLine[role] {
                    fail(.duplicateRole, "role '\(roleName)' already set on line \(earlier)")
                } else {
                    firstLine[role] = lineNumber
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
        let characters = Array(line)
        var i = 0
        while i < characters.count {
            if characters[i] == "#" {
                let atStart = characters[..<i].allSatisfy { $0 == " " || $0 == "\t" }
                let next = i + 1 < characters.count ? characters[i + 1] : " "
                if atStart || next == " " || next == "\t" || next == "\r" {
                    return String(characters[..<i])
                }
            }
            i += 1
        }
        return line
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " || $0 == "\t" }).reversed()
            .drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
