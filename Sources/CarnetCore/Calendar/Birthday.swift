/// A birthday, with or without the year (`1985-07-14`, `--07-14`).
public struct Birthday: Hashable, Sendable, CustomStringConvertible {
    public let year: Int?
    public let month: Int
    public let day: Int

    public init?(year: Int?, month: Int, day: Int) {
        // A year-less date is checked against a leap year so that 29 February is allowed.
        guard Day(year: year ?? 2000, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `--MM-DD` or `MM-DD`.
    public init?(_ text: some StringProtocol) {
        let t = text.trimmingSpaces
        if let full = Day(t) {
            let c = full.civil
            self.init(year: c.year, month: c.month, day: c.day)
            return
        }
        var rest = Substring(t)
        if rest.hasPrefix("--") { rest = rest.dropFirst(2) }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(year: nil, month: m, day: d)
    }

    /// The next birthday on or after `day`. 29 February falls on 28 February in other years.
    public func next(onOrAfter day: Day) -> Day {
        let thisYear = day.year
        for year in [thisYear, thisYear + 1] {
            let d = (month == 2 && self.day == 29 && !Day.isLeap(year)) ? 28 : self.day
            let candidate = Day(year: year, month: month, day: d)!
            if candidate >= day { return candidate }
        }
        return day // unreachable: a birthday recurs within a year
    }

    /// Age reached on `day`, when the year is known.
    public func age(on day: Day) -> Int? {
        guard let year else { return nil }
        return day.year - year
    }

    public var description: String {
        let md = Day.pad(month, 2) + "-" + Day.pad(day, 2)
        if let year { return Day.pad(year, 4) + "-" + md }
        return "--" + md
    }
}
