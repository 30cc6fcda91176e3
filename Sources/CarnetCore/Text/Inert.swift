/// Makes text from the data safe to show: nothing a person or an import wrote may reach a
/// terminal as a control sequence (clear screen, set title, OSC 52 clipboard…), nor
/// reorder what is displayed (bidi overrides). The screen (through the canvas) and every
/// command's output go through here.
public enum Inert {
    /// Removes C0 and C1 controls, DEL and bidi controls. An ESC starts a sequence, which is
    /// removed whole (`ESC [ 31 m`, an OSC title or clipboard request), so none of its bytes
    /// show as garbage. Tabs and line breaks become a space, so that words stay apart; with
    /// `keepNewlines`, `\n` stays (multi-line notes).
    public static func text(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
        self.text(String(text), keepNewlines: keepNewlines)
    }

    /// `text` for a `String`, which nearly every caller has: the generic version, called from
    /// another module, ran its first scan through unspecialized `contains(where:)`, a tenth
    /// of `carnet list` at 100,000 people (`perf`).
    public static func text(_ text: String, keepNewlines: Bool = false) -> String {
        // Most text is clean: return it without scanning scalar by scalar.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }),
              text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var previousWasCR = false
        while let s = scalars.next() {
            let v = s.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x0A:
                if keepNewlines {
                    if previousWasCR, out.last == " " { out.removeLast() }
                    out.append(s)
                } else if !previousWasCR {
                    out.append(" ")  // CR LF is one break
                }
            case 0x09, 0x0D:
                out.append(" ")
            default:
                if !isControl(v) { out.append(s) }
            }
        }
        return String(out)
    }

    /// JSON text with the controls a JSON encoder leaves raw (DEL, C1, bidi) written as
    /// `\uXXXX` escapes: the same value, inert when printed.
    public static func escapingControlsInJSON(_ json: String) -> String {
        // Most JSON has none: return it as it is rather than rebuild it scalar by scalar,
        // which was a third of `carnet export json` at 10,000 people (`perf`).
        guard json.utf8.contains(where: { $0 == 0x7F || $0 >= 0xC2 }),
              json.unicodeScalars.contains(where: { $0.value >= 0x7F && isControl($0.value) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && isControl(scalar.value) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for the scalars that must never reach a terminal.
    public static func isControl(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }  // C0, DEL, C1
        if v < 0x61C { return false }
        return v == 0x061C                       // Arabic letter mark
            || v == 0x200E || v == 0x200F        // LRM, RLM
            || (v >= 0x202A && v <= 0x202E)      // LRE, RLE, PDF, LRO, RLO
            || (v >= 0x2066 && v <= 0x2069)      // LRI, RLI, FSI, PDI
    }

    /// Skips the rest of an escape sequence after ESC: CSI (`[` … final byte), a string
    /// (OSC `]`, DCS `P`, APC `_`, PM `^`, SOS `X`) up to BEL or ST, or a single character.
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
