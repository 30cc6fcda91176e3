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

extension CircleHealth {
    /// Every circle's health, in `Network.circleNames` order. Each person's cadence is
    /// worked out once, not once per circle they are in: `carnet circles` took 1.5 s at
    /// 100,000 people when it did that circle by circle.
    public static func all(in network: Network, today: Day) -> [CircleHealth] {
        all(CircleMemberships(network), in: network, today: today)
    }

    static func all(_ memberships: CircleMemberships, in network: Network, today: Day) -> [CircleHealth] {
        let names = memberships.names
        var members = Array(repeating: 0, count: names.count)
        var warm = Array(repeating: 0, count: names.count)
        var sinceSum = Array(repeating: 0, count: names.count)
        var sinceCount = Array(repeating: 0, count: names.count)
        let dues = ReconnectPlanner.dueness(in: network, today: today)
        for p in network.contacts.indices where !memberships.ofContact[p].isEmpty {
            let due = dues[p]
            let isWarm = due.daysSince.map { $0 <= due.cadence.days } ?? false
            for c in memberships.ofContact[p] {
                members[c] += 1
                if isWarm { warm[c] += 1 }
                if due.basis == .interaction, let days = due.daysSince {
                    sinceSum[c] += days
                    sinceCount[c] += 1
                }
            }
        }
        return names.indices.map { c -> CircleHealth in
            let circle = network.circle(named: names[c])
            return CircleHealth(
                name: names[c], kind: circle.kind, cadenceDays: circle.cadence?.days,
                members: members[c], warm: warm[c], cold: members[c] - warm[c],
                warmth: members[c] == 0 ? 0 : Double(warm[c]) / Double(members[c]),
                averageDaysSinceLast: sinceCount[c] == 0 ? nil : (sinceSum[c] + sinceCount[c] / 2) / sinceCount[c])
        }
    }
}
