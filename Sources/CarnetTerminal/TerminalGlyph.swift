import CNCursesW
import CarnetUI

/// How one canvas grapheme is handed to ncurses so the screen stays aligned
/// with the canvas, whatever the C library thinks of its width.
///
/// The canvas measures with its own table; ncurses and the terminal use
/// `wcwidth`. Where they disagree the glyph is simplified (first scalar of a
/// ZWJ sequence or flag, `?` for what the locale cannot show) and padded, so
/// one odd grapheme can never shift the rest of the line.
enum TerminalGlyph {
    /// The wide characters for `setcchar` (NUL-terminated) and whether the
    /// cell to the right must be drawn as a space by hand.
    static func encode(_ character: Character, width: Int, unicode: Bool) -> (chars: [wchar_t], padRight: Bool) {
        let scalars = character.unicodeScalars
        let base = scalars.first!.value
        if base < 0x80 && scalars.count == 1 { return ([wchar_t(base), 0], false) }
        guard unicode else {
            return ([wchar_t(asciiFallback(base)), 0], width == 2)
        }
        let baseWidth = Int(carnet_wcwidth(wchar_t(base)))
        if baseWidth <= 0 || (width == 1 && baseWidth == 2) {
            // Unknown to the C library, of no width to it (ncurses would add it to the cell
            // on the left and leave this one as it was), or wider than the canvas planned: a
            // safe stand-in.
            return ([wchar_t(UInt8(ascii: "?")), 0], width == 2)
        }
        var chars: [wchar_t] = [wchar_t(base)]
        // ncurses takes one spacing character and up to four zero-width ones.
        for scalar in scalars.dropFirst() {
            let value = scalar.value
            if value == 0x200D || chars.count == 5 { break }  // ZWJ: the terminal draws the first emoji only
            if carnet_wcwidth(wchar_t(value)) != 0 { break }
            chars.append(wchar_t(value))
        }
        chars.append(0)
        return (chars, width == 2 && baseWidth == 1)
    }

    /// ASCII stand-ins when the locale is not UTF-8: lines and blocks keep their shape.
    static func asciiFallback(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2500, 0x2501: return UInt8(ascii: "-")
        case 0x2502, 0x2503: return UInt8(ascii: "|")
        case 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C: return UInt8(ascii: "+")
        case 0x2588: return UInt8(ascii: "#")
        case 0x2591: return UInt8(ascii: "-")
        case 0x2026: return UInt8(ascii: ".")
        case 0x2191: return UInt8(ascii: "^")
        case 0x2193: return UInt8(ascii: "v")
        case 0x2190: return UInt8(ascii: "<")
        case 0x2192: return UInt8(ascii: ">")
        case 0x2039: return UInt8(ascii: "<")
        case 0x203A: return UInt8(ascii: ">")
        default: return UInt8(ascii: "?")
        }
    }
}
