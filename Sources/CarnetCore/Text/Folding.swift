/// Accent- and case-insensitive matching: "Hélène" and "helene" are the same search key.
///
/// Hand-written rather than Foundation's `folding(options:)` so that the core starts
/// fast and behaves identically everywhere. Covers Latin-1, Latin Extended-A and
/// combining marks, which is what names in a European network carry; other scripts
/// (CJK, Greek, Cyrillic) are lowercased and otherwise kept.
public enum Folding {
    /// The search key of a text: lowercased, accents removed, ligatures spelled out.
    public static func key(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII fast path.
                if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
                continue
            }
            if (0x300...0x36F).contains(v) { continue }  // combining diacritics
            if let mapped = latin[v] {
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

    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ÐðĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķĸ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉŊŋ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Þþ", "th"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { table[s.value] = base }
        }
        table[0xC6] = "ae"; table[0xE6] = "ae"   // Æ æ
        table[0x152] = "oe"; table[0x153] = "oe" // Œ œ
        table[0xDF] = "ss"                       // ß
        table[0x132] = "ij"; table[0x133] = "ij"
        return table
    }()
}
