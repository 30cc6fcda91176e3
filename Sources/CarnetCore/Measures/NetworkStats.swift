/// The network in numbers, for the circle map, `carnet stats` and its stable JSON.
public struct NetworkStats: Hashable, Sendable, Codable {
    /// The day the numbers are for.
    public var today: String
    /// People in the network.
    public var size: Int
    /// People added (else met) per month, the last 12 months, oldest first.
    public var growth: [MonthCount]
    /// Journal lines per month, the last 12 months, oldest first.
    public var interactionsPerMonth: [MonthCount]
    /// Over every interaction up to today.
    public var balance: Balance
    /// The sum of the members' balances (a coffee with two members counts for both).
    public var balanceByCircle: [CircleBalance]
    /// People with at least one interaction, in the order of the contacts file.
    public var balanceByContact: [ContactBalance]
    /// Every circle, described or only named on contacts.
    public var circles: [CircleHealth]
    /// People in two circles or more, in the order of the contacts file.
    public var bridges: [Bridge]
    public var diversity: Diversity

    public struct MonthCount: Hashable, Sendable, Codable {
        /// `YYYY-MM`.
        public var month: String
        public var count: Int
    }

    /// Computes everything in a few passes over the contacts and the journal. Counts
    /// (growth, per month, balances) ignore what is dated after `today`; warmth and days
    /// since last contact treat a planned meeting as being in touch, like the planner.
    public static func compute(_ network: Network, today: Day) -> NetworkStats {
        let months = (0..<12).map { today.month.adding($0 - 11) }
        let firstDay = months[0].first
        func monthly(_ days: [Day]) -> [MonthCount] {
            var counts: [Month: Int] = [:]
            for d in days where d >= firstDay && d <= today { counts[d.month, default: 0] += 1 }
            return months.map { MonthCount(month: $0.description, count: counts[$0] ?? 0) }
        }
        let growth = monthly(network.contacts.compactMap { $0.added ?? $0.met?.date })
        let perMonth = network.interactions.withUnsafeEntries { journal in
            monthly(journal.indices.map { journal[$0].date })
        }

        let memberships = CircleMemberships(network)
        let names = memberships.names

        // Balances: overall from the journal, per person from each one's index list (no
        // id to look up per line), per circle as the sum of its members'.
        var overall = Balance()
        var byContact = Array(repeating: Balance(), count: network.contacts.count)
        var touched = Array(repeating: false, count: network.contacts.count)
        network.interactions.withUnsafeEntries { journal in
            for i in journal.indices where journal[i].date <= today { overall.record(journal[i].exchange) }
            for p in network.contacts.indices {
                for i in network.interactionIndices(atPosition: p).lazy.map(Int.init) where journal[i].date <= today {
                    byContact[p].record(journal[i].exchange)
                    touched[p] = true
                }
            }
        }
        var byCircle = Array(repeating: Balance(), count: names.count)
        for p in network.contacts.indices where touched[p] {
            for c in memberships.ofContact[p] { byCircle[c].add(byContact[p]) }
        }

        let health = CircleHealth.all(memberships, in: network, today: today)

        let bridges = network.contacts.indices.compactMap { p -> Bridge? in
            guard memberships.ofContact[p].count >= 2 else { return nil }
            let contact = network.contacts[p]
            return Bridge(id: contact.id, name: contact.name, circles: memberships.ofContact[p].map { names[$0] })
        }

        return NetworkStats(
            today: today.description,
            size: network.contacts.count,
            growth: growth,
            interactionsPerMonth: perMonth,
            balance: overall,
            balanceByCircle: names.indices.map { CircleBalance(circle: names[$0], balance: byCircle[$0]) },
            balanceByContact: network.contacts.indices.filter { touched[$0] }.map {
                ContactBalance(id: network.contacts[$0].id, name: network.contacts[$0].name, balance: byContact[$0])
            },
            circles: health,
            bridges: bridges,
            diversity: Diversity.compute(network.contacts))
    }
}
