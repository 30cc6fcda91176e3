/// Accent- and case-insensitive matching: "Hélène" and "helene" are the same search key.
///
/// Hand-written rather than Foundation's `folding(options:)` so that the core starts
/// fast and behaves identically everywhere. Covers Latin-1, Latin Extended-A and
/// combining marks, which is what names in a European network carry; other scripts
/// (CJK, Greek, Cyrillic) are lowercased and otherwise kept.
public enum Folding {
    /// The search key of a text: lowercased, accents removed, ligatures spelled out.
    public static func key(_ text: some StringProtocol) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        appendKey(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `key(text)` to `out`, working on the text's bytes: ASCII
    /// and the Latin letters of European names are mapped byte by byte, other scripts go
    /// through their Unicode lowercase mapping.
    public static func appendKey(of text: some StringProtocol, to out: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { b in appendKey(bytes: b, to: &out) }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { appendKey(bytes: $0, to: &out) }
        }
    }

    private static func appendKey(bytes b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 65 && c <= 90 ? c + 32 : c)
                i += 1
                continue
            }
            // Decode one scalar (the bytes are valid UTF-8: they come from a String).
            var length = 1
            var v: UInt32
            if c < 0xE0 {
                length = 2; v = UInt32(c & 0x1F)
            } else if c < 0xF0 {
                length = 3; v = UInt32(c & 0x0F)
            } else {
                length = 4; v = UInt32(c & 0x07)
            }
            guard i + length <= n else { return }
            for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            i += length
            if (0x300...0x36F).contains(v) { continue }  // combining diacritics
            if v >= latinStart, v < latinStart + UInt32(latinBytes.count), let mapped = latinBytes[Int(v - latinStart)] {
                out.append(contentsOf: mapped)
                continue
            }
            for lower in Unicode.Scalar(v)!.properties.lowercaseMapping.utf8 { out.append(lower) }
        }
    }

    /// Latin-1 Supplement and Latin Extended-A, U+00C0 to U+017F, indexed from U+00C0:
    /// an array, not a dictionary, because this runs for every accented letter of every name.
    private static let latinStart: UInt32 = 0xC0
    private static let latinBytes: [[UInt8]?] = latin.map { $0.map { Array($0.utf8) } }
    private static let latin: [String?] = {
        var table = [String?](repeating: nil, count: 0x180 - 0xC0)
        func set(_ v: UInt32, _ s: String) { table[Int(v - latinStart)] = s }
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ÐðĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķĸ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉŊŋ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Þþ", "th"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { set(s.value, base) }
        }
        set(0xC6, "ae"); set(0xE6, "ae")   // Æ æ
        set(0x152, "oe"); set(0x153, "oe") // Œ œ
        set(0xDF, "ss")                    // ß
        set(0x132, "ij"); set(0x133, "ij")
        return table
    }()
}
