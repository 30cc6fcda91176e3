/// How a circle is kept: the circle map's size and warmth.
public struct CircleHealth: Hashable, Sendable, Codable {
    public var name: String
    public var kind: String?
    /// The circle's default cadence in days, when it sets one.
    public var cadenceDays: Int?
    public var members: Int
    /// Members within their cadence (their own, else their circles' shortest, else the default).
    public var warm: Int
    /// Members past their cadence or never in touch.
    public var cold: Int
    /// Share of members within cadence, 0…1 (0 for an empty circle).
    public var warmth: Double
    /// Average days since the last interaction, over members with one, rounded; nil when none has.
    public var averageDaysSinceLast: Int?
}

/// Someone in two circles or more: the people who connect parts of a network.
public struct Bridge: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var circles: [String]
}
