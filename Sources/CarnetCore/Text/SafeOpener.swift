/// What Carnet may hand to the system's opener (`xdg-open`, `open`) when the user asks to
/// open someone's web page or write to them: an `http`/`https` URL or an e-mail address,
/// as one argument of an argument vector — never through a shell, never something the
/// opener could read as an option, never a `file:`, `javascript:` or custom-scheme link an
/// import slipped into the store.
public enum SafeOpener {
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case startsWithDash
        case control
        case scheme(String)

        public var description: String {
            switch self {
            case .empty: return "there is nothing to open"
            case .startsWithDash: return "a value starting with '-' is not opened (it would read as an option)"
            case .control: return "a value holding spaces or control characters is not opened"
            case .scheme(let s): return "only http, https and mailto links are opened, not '\(Inert.text(s))'"
            }
        }
    }

    /// The argument vector to run without a shell, `[opener, link]`: an e-mail address
    /// becomes a `mailto:` link.
    public static func arguments(toOpen value: String, opener: String = "xdg-open") -> Result<[String], Refusal> {
        link(for: value).map { [opener, $0] }
    }

    /// The link to open for a URL or an e-mail address, or why not.
    public static func link(for value: String) -> Result<String, Refusal> {
        let v = value.trimmingSpaces
        guard !v.isEmpty else { return .failure(.empty) }
        guard !v.hasPrefix("-") else { return .failure(.startsWithDash) }
        guard !v.unicodeScalars.contains(where: { Inert.isControl($0.value) || $0 == " " || $0.properties.isWhitespace })
        else { return .failure(.control) }
        guard let colon = v.firstIndex(of: ":") else {
            // No scheme: an e-mail address (someone@example.com) is written to.
            let parts = v.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !v.contains("/") else {
                return .failure(.scheme(""))
            }
            return .success("mailto:" + v)
        }
        let scheme = v[..<colon].lowercased()
        let rest = v[v.index(after: colon)...]
        switch scheme {
        case "http", "https":
            guard rest.hasPrefix("//"), rest.count > 2 else { return .failure(.scheme(scheme)) }
            return .success(v)
        case "mailto":
            guard !rest.isEmpty, !rest.hasPrefix("-") else { return .failure(.startsWithDash) }
            return .success(v)
        default:
            return .failure(.scheme(String(scheme)))
        }
    }
}
