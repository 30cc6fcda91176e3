/// Accent- and case-insensitive matching: "Hélène" and "helene" are the same search key.
///
/// Hand-written rather than Foundation's `folding(options:)` so that the core starts
/// fast and behaves identically everywhere. Covers Latin-1, Latin Extended-A and
/// combining marks, which is what names in a European network carry; other scripts
/// (CJK, Greek, Cyrillic) are lowercased and otherwise kept.
public enum Folding {
    /// The search key of a text: lowercased, accents removed, ligatures spelled out.
    public static func key(_ text: some StringProtocol) -> String {
        // Most names and companies are plain ASCII: lowercase their bytes directly.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
                continue
            }
            if (0x300...0x36F).contains(v) { continue }  // combining diacritics
            if v >= latinStart, v < latinStart + UInt32(latin.count), let mapped = latin[Int(v - latinStart)] {
                out.append(contentsOf: mapped.unicodeScalars)
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    /// True when every word of `query` starts a word, or appears inside, the folded `text`.
    public static func matches(query foldedQuery: String, in foldedText: String) -> Bool {
        foldedQuery.isEmpty || foldedText.contains(foldedQuery)
    }

    /// Latin-1 Supplement and Latin Extended-A, U+00C0 to U+017F, indexed from U+00C0:
    /// an array, not a dictionary, because this runs for every accented letter of every name.
    private static let latinStart: UInt32 = 0xC0
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
