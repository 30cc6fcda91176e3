/// Makes text from the data safe to show: nothing a person or an import wrote may reach a
/// terminal as a control sequence (clear screen, set title, OSC 52 clipboard…), nor
/// reorder what is displayed (bidi overrides).
public enum Inert {
    /// Removes C0 and C1 controls, DEL and bidi controls. With `keepNewlines`, `\n` stays
    /// (multi-line notes), else it becomes a space, as tabs do. An ESC starts a sequence, which is removed whole.
    public static func text(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return String(text) }
        var out = String.UnicodeScalarView()
        var scalars = String(text).unicodeScalars.makeIterator()
        while let s = scalars.next() {
            let v = s.value
            if v == 0x1B {
                skipEscapeSequence(&scalars)
                continue
            }
            if v == 0x0A { out.append(keepNewlines ? s : " "); continue }
            if v == 0x09 { out.append(" "); continue }
            if isControl(v) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// True for what `text(_:)` removes.
    public static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// Skips the rest of an escape sequence after ESC: CSI (`[` … final byte), OSC (`]` …
    /// BEL or ST), or a single following character.
    private static func skipEscapeSequence(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let intro = it.next() else { return }
        switch intro {
        case "[":
            while let s = it.next(), !(0x40...0x7E).contains(s.value) {}
        case "]", "P", "_", "^", "X":
            var previousWasEscape = false
            while let s = it.next() {
                if s.value == 0x07 || s.value == 0x9C || (previousWasEscape && s == "\\") { break }
                previousWasEscape = s.value == 0x1B
            }
        default:
            break
        }
    }
}
