/// Days written for a person to read ("Thu 26 Nov", "16 Nov 2025"), in English.
///
/// Hand-written because a date formatter is the only reason the core would otherwise
/// pay for Foundation at start-up; English only, like the rest of `EnglishPhrases`.
public enum DayWords {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Indexed by ISO weekday − 1 (Monday first).
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// "16 Nov", or "16 Nov 2025" when `day` is not in the same year as `today`.
    public static func date(_ day: Day, today: Day) -> String {
        let c = day.civil
        let base = "\(c.day) \(monthNames[c.month - 1])"
        return c.year == today.year ? base : base + " \(c.year)"
    }

    /// "Thu 26 Nov"; the year is added only when the day is half a year or more away,
    /// since "Fri 2 Jan" seen on 28 December is unambiguous.
    public static func weekdayDate(_ day: Day, today: Day) -> String {
        let c = day.civil
        let near = abs(today.days(to: day)) < 183
        let text = weekdayNames[day.weekday - 1] + " \(c.day) \(monthNames[c.month - 1])"
        return near ? text : text + " \(c.year)"
    }

    /// "1 day", "47 days".
    public static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
