/// Windows-1252, the "ANSI" code page Outlook for Windows writes CSV in on
/// Western-European systems. It is ISO-8859-1 except for 0x80–0x9F, where it puts
/// typographic characters instead of C1 controls.
enum Windows1252 {
    /// 0x80–0x9F. The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90,
    /// 0x9D) map to the C1 control of the same value, as WHATWG does; the sanitizer
    /// then removes them like any other control.
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{0081}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{008D}", "\u{017D}", "\u{008F}",
        "\u{0090}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{009D}", "\u{017E}", "\u{0178}",
    ]

    static func decode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(high[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
