/// How often a person should hear from you: `30d`, `6w`, `3m`, `1y`.
///
/// Kept as the text the user wrote so that saving never reformats it; `days` is what the
/// planner uses (a month counts 30 days, a year 365).
public struct Cadence: Hashable, Sendable, CustomStringConvertible {
    public let count: Int
    public let unit: Unit

    public enum Unit: Character, Sendable {
        case day = "d", week = "w", month = "m", year = "y"
    }

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingSpaces
        guard let last = trimmed.last, let unit = Unit(rawValue: last),
              let n = Int(trimmed.dropLast()), n > 0, n <= 10_000 else { return nil }
        self.init(count: n, unit: unit)
    }

    public var days: Int {
        switch unit {
        case .day: return count
        case .week: return count * 7
        case .month: return count * 30
        case .year: return count * 365
        }
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// What a person reads: "30 days", "6 weeks".
    public var spelledOut: String {
        let name: String
        switch unit {
        case .day: name = "day"
        case .week: name = "week"
        case .month: name = "month"
        case .year: name = "year"
        }
        return "\(count) \(name)\(count == 1 ? "" : "s")"
    }

    /// Used when neither the person nor any of their circles sets one.
    public static let fallback = Cadence(count: 90, unit: .day)
}
