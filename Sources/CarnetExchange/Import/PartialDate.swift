/// A calendar day as address books write it: a birthday often has no year
/// (`--03-21`), a "met on" date always has one.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int?
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (`2023-02-29`, `13/40`). A date without a
    /// year accepts 29 February: some people are born on it.
    public init?(year: Int?, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if let year, !(1...9999).contains(year) { return nil }
        guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `1985-07-14`, or `--07-14` without a year (the vCard 4 / ISO 8601 spelling,
    /// also what the store writes for a birthday).
    public var description: String {
        let md = PartialDate.pad(month, 2) + "-" + PartialDate.pad(day, 2)
        guard let year else { return "--" + md }
        return PartialDate.pad(year, 4) + "-" + md
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        ((a.year ?? 0), a.month, a.day) < ((b.year ?? 0), b.month, b.day)
    }
}
