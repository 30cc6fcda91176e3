/// Keeps text from the store, imports or the network from reaching the terminal as
/// control sequences.
///
/// An escape or a C1 byte inside a contact's note could move the cursor, retitle
/// the window or worse; a bidi override could make a line read as something it is
/// not. `Canvas.put` runs every grapheme through here; the CLI should run
/// everything it prints through `sanitized(_:)`.
public enum SafeText {
    /// The text without controls: C0 and C1 controls, DEL and bidi controls are
    /// removed; tab, line feed and carriage return become a space so words stay apart.
    public static func sanitized(_ text: String) -> String {
        // Most text is clean: return it without copying.
        if !text.unicodeScalars.contains(where: { isUnsafe($0.value) }) { return text }
        var result = String()
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let safe = sanitized(character) { result.append(safe) }
        }
        return result
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
