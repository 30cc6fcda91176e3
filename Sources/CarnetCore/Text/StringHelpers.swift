extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    public var trimmingSpaces: String {
        // Fast path: nothing to trim when both ends are printable ASCII.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last,
           first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return whole }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Splits a comma-separated list, trimming each item and dropping empty ones.
    public func commaList() -> [String] {
        split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }
}
