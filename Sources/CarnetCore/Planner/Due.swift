/// Where a person stands against their cadence: what the contact list shows and sorts on.
public struct Due: Hashable, Sendable {
    /// The last interaction, else when you met, else when they were added; nil when
    /// nothing is known.
    public let since: Day?
    public let basis: Reason.Since?
    /// Days from `since` to today (0 when `since` is later than today: a planned meeting).
    public let daysSince: Int?
    public let cadence: Cadence
    /// "their own", a circle name, or "default".
    public let cadenceSource: String
    /// Days past the cadence, nil while within it or when nothing is known.
    public let overdueDays: Int?

    public init(since: Day?, basis: Reason.Since?, today: Day, cadence: Cadence, cadenceSource: String) {
        self.since = since
        self.basis = basis
        self.cadence = cadence
        self.cadenceSource = cadenceSource
        if let since {
            let days = max(0, since.days(to: today))
            daysSince = days
            overdueDays = days > cadence.days ? days - cadence.days : nil
        } else {
            daysSince = nil
            overdueDays = nil
        }
    }

    public var isOverdue: Bool { overdueDays != nil }

    /// Days left before the cadence runs out (negative when overdue), nil when unknown:
    /// the key the list sorts "due" on.
    public var daysLeft: Int? { daysSince.map { cadence.days - $0 } }
}
