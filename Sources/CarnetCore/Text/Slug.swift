/// Readable ids for people, circles and events: "Hélène Dupont" → `helene-dupont`.
public enum Slug {
    /// Folded to lowercase ASCII where possible; letters of other scripts (王芳) are kept,
    /// everything else becomes a single `-`.
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in Folding.key(text) {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "person" : out
    }

    /// `base`, or `base-2`, `base-3`… whichever is not taken.
    public static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var n = 2
        while taken("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
