import CarnetCore

/// The date spellings the exports really use, read by hand: a `DateFormatter`
/// would pull in Foundation's locale machinery to parse five fixed shapes, and
/// would happily accept things we want to reject.
enum ExportDates {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"]

    /// LinkedIn's "Connected On": `30 May 2024` / `08 Jan 2018` (recent), or
    /// `1/8/18, 6:14 PM` (2018 exports, US month/day/year; the time is dropped).
    static func linkedIn(_ raw: String) -> PartialDate? {
        let text = raw.trimmed
        let words = text.split(separator: " ")
        if words.count == 3, let day = Int(words[0]), let month = monthNumber(words[1]), let year = Int(words[2]) {
            return PartialDate(year: year, month: month, day: day)
        }
        let datePart = text.split(separator: ",").first.map(String.init) ?? text
        if let date = slashed(datePart, requireYear: true) { return date }
        return iso(text)
    }

    /// Outlook's `7/14/1985` (month first; day first when the first number cannot
    /// be a month, as non-US Outlook writes it, or when `dayFirst` says the file's dates
    /// are all so). `0/0/00` is Outlook for "no date".
    static func outlook(_ raw: String, dayFirst: Bool? = nil) -> ImportedPerson.Birthday? {
        let text = raw.trimmed
        if text.isEmpty || text == "0/0/00" || text == "0/0/0000" { return nil }
        if let date = slashed(text.split(separator: " ").first.map(String.init) ?? text, requireYear: true,
                              dayFirst: dayFirst) {
            return .date(date)
        }
        return birthday(text)
    }

    /// Birthdays in Google CSV and vCard: `1985-07-14`, `19800322`, `--03-21`,
    /// `--0321`, `1985-07-14T00:00:00Z`; anything else is kept as text.
    static func birthday(_ raw: String) -> ImportedPerson.Birthday? {
        let text = raw.trimmed
        if text.isEmpty { return nil }
        if let date = iso(text) { return .date(date) }
        return .text(text)
    }

    /// ISO 8601 / vCard dates, basic or extended, with or without a year.
    static func iso(_ raw: String) -> PartialDate? {
        var text = Substring(raw.trimmed)
        if let t = text.firstIndex(of: "T") { text = text[..<t] }
        if text.hasPrefix("--") {
            let digits = text.dropFirst(2).filter { $0 != "-" }
            guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit),
                  let month = Int(digits.prefix(2)), let day = Int(digits.suffix(2)) else { return nil }
            return PartialDate(year: nil, month: month, day: day)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
           let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            return PartialDate(year: y, month: m, day: d)
        }
        if text.count == 8, text.allSatisfy(\.isASCIIDigit),
           let y = Int(text.prefix(4)), let m = Int(text.dropFirst(4).prefix(2)), let d = Int(text.suffix(2)) {
            return PartialDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// `M/D/YY` or `M/D/YYYY` (or `D/M/…` when M > 12). Two-digit years pivot at
    /// 50: `18` is 2018, `85` is 1985 — right for LinkedIn (founded 2003) and for
    /// nearly every birthday in a professional network.
    private static func slashed(_ text: String, requireYear: Bool, dayFirst: Bool? = nil) -> PartialDate? {
        let parts = text.trimmed.split(separator: "/")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]) else {
            return nil
        }
        if parts[2].count <= 2 { year += year < 50 ? 2000 : 1900 }
        let (month, day) = a > 12 || (dayFirst == true && b <= 12) ? (b, a) : (a, b)
        return PartialDate(year: year, month: month, day: day)
    }

    /// Whether the `a/b/year` dates of a file put the day first: true when some can only be
    /// read so (`14/07/1985`) and none only the other way, false in the reverse case, nil
    /// when no date tells or they disagree (each is then read on its own).
    static func dayFirst(_ raws: [String]) -> Bool? {
        var dayOnly = false, monthOnly = false
        for raw in raws {
            let parts = raw.trimmed.split(separator: " ").first.map { $0.split(separator: "/") } ?? []
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
            // Only what can be a day and a month counts: not `1985/07/14`, nor `32/1/1990`.
            if (13...31).contains(a) && (1...12).contains(b) { dayOnly = true }
            if (13...31).contains(b) && (1...12).contains(a) { monthOnly = true }
        }
        return dayOnly == monthOnly ? nil : dayOnly
    }

    private static func monthNumber(_ word: Substring) -> Int? {
        let key = word.prefix(3).lowercased()
        return months.firstIndex(of: key).map { $0 + 1 }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
