import CarnetCore

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
    public static func sanitized(_ text: String) -> String { Inert.text(text) }

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
    public static func isUnsafe(_ value: UInt32) -> Bool { Inert.isControl(value) }
}
