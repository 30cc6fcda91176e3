/// Measuring and cutting strings by display width.
extension String {
    /// Columns this string takes on screen (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The string cut to at most `width` columns, ending in `…` when it was cut.
    ///
    /// Never splits a wide grapheme: a CJK name that does not fit is cut one
    /// column short rather than drawn half.
    public func truncated(toWidth width: Int, ellipsis: Character = "…") -> String {
        if width <= 0 { return "" }
        // One column a scalar, each its own grapheme (`DisplayWidth.simpleWidth`): cut by scalars.
        guard let columns = DisplayWidth.simpleWidth(self) else { return truncatedByGraphemes(toWidth: width, ellipsis: ellipsis) }
        if columns <= width { return self }
        let room = width - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return "" }
        var result = String(String.UnicodeScalarView(unicodeScalars.prefix(room)))
        result.append(ellipsis)
        return result
    }

    /// `truncated` for any text, grapheme by grapheme.
    func truncatedByGraphemes(toWidth width: Int, ellipsis: Character) -> String {
        if width <= 0 { return "" }
        var total = 0
        for character in self {
            total += DisplayWidth.of(character)
            if total > width { break }
        }
        if total <= width { return self }
        let room = width - DisplayWidth.of(ellipsis)
        var result = String()
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        if room >= 0 { result.append(ellipsis) }
        return result
    }

    /// The string cut or padded with spaces to exactly `width` columns.
    public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
        let cut = truncated(toWidth: width)
        let gap = width - cut.displayWidth
        if gap <= 0 { return cut }
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }

    /// The string broken into lines of at most `width` columns, between its pieces split at
    /// `separator` (words; or choices such as `c: create it · q: quit`), never inside one: a
    /// piece wider than the width gets a line of its own. Empty pieces (doubled blanks)
    /// go; the string gives one line at least, empty when it is.
    public func wrapped(toWidth width: Int, breakingAt separator: String = " ") -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in split(separator: separator) {
            if !line.isEmpty && (line + separator + piece).displayWidth > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : separator) + piece
        }
        lines.append(line)
        return lines
    }
}
