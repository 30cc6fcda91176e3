/// Keeps text from the store, imports or the network from reaching the terminal as
/// control sequences.
///
/// An escape or a C1 byte inside a contact's note could move the cursor, retitle
/// the window or worse; a bidi override could make a line read as something it is
/// not. `Canvas.put` runs every grapheme through here; the CLI should run
/// everything it prints through `sanitized(_:)`.
public enum SafeText {
    /// The text without controls: C0 and C1 controls, DEL and bidi controls are
    /// removed; tab, line feed and carriage return become a space so words stay
    /// apart. An escape sequence (`ESC [ 31 m`, an OSC title or clipboard
    /// request) is removed whole, so none of its bytes show as garbage.
    public static func sanitized(_ text: String) -> String {
        // Most text is clean: return it without copying.
        if !text.unicodeScalars.contains(where: { isUnsafe($0.value) }) { return text }
        var kept = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let value = scalar.value
            if value == 0x1B {
                skipEscapeSequence(&scalars)
            } else if value == 0x09 || value == 0x0A || value == 0x0D {
                if value == 0x0A, kept.last == " " { continue }  // CR LF is one break
                kept.append(" ")
            } else if !isUnsafe(value) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    /// Skips what follows an ESC: a CSI sequence up to its final byte, an OSC,
    /// DCS, APC or PM string up to BEL or ESC \, or the single character of a
    /// two-character sequence.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next()?.value else { return }
        switch introducer {
        case 0x5B:  // [ : CSI, parameters then a final byte 0x40–0x7E
            while let next = scalars.next()?.value {
                if next >= 0x40 && next <= 0x7E { return }
            }
        case 0x5D, 0x50, 0x5F, 0x5E:  // ] P _ ^ : strings ended by BEL or ST
            var previous: UInt32 = 0
            while let next = scalars.next()?.value {
                if next == 0x07 || (previous == 0x1B && next == 0x5C) { return }
                previous = next
            }
        default:
            return
        }
    }

    /// The grapheme made safe: itself, a space for whitespace controls, or `nil`
    /// when nothing printable is left.
    public static func sanitized(_ character: Character) -> Character? {
        let scalars = character.unicodeScalars
        if !scalars.contains(where: { isUnsafe($0.value) }) { return character }
        if scalars.contains(where: { $0.value == 0x09 || $0.value == 0x0A || $0.value == 0x0D }) {
            return " "
        }
        var kept = String.UnicodeScalarView()
        for scalar in scalars where !isUnsafe(scalar.value) { kept.append(scalar) }
        let string = String(kept)
        // Dropping a scalar may leave a lone combining mark: keep the first grapheme only.
        return string.first
    }

    /// True for scalars that must never reach the terminal.
    public static func isUnsafe(_ value: UInt32) -> Bool {
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return true }  // C0, DEL, C1
        if value < 0x61C { return false }
        return value == 0x061C                       // Arabic letter mark
            || value == 0x200E || value == 0x200F    // LRM, RLM
            || (value >= 0x202A && value <= 0x202E)  // LRE, RLE, PDF, LRO, RLO
            || (value >= 0x2066 && value <= 0x2069)  // LRI, RLI, FSI, PDI
    }
}
