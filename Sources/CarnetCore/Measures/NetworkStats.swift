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

        // Circles, keyed accent- and case-insensitively, in `Network.circleNames` order
        // (described ones first, then as first named on a contact). Each spelling is
        // folded once: folding every contact's circles is the slow part at 100,000 people.
        var names: [String] = []
        var circleIndex: [String: Int] = [:]
        var spelling: [String: Int] = [:]
        func index(of name: String) -> Int {
            if let known = spelling[name] { return known }
            let key = Folding.key(name)
            let i: Int
            if let known = circleIndex[key] { i = known } else {
                i = names.count
                names.append(name)
                circleIndex[key] = i
            }
            spelling[name] = i
            return i
        }
        for circle in network.circles { _ = index(of: circle.name) }
        // Each contact's circles as distinct indices into `names`.
        let memberships: [[Int]] = network.contacts.map { contact in
            var seen: [Int] = []
            for name in contact.circles {
                let i = index(of: name)
                if !seen.contains(i) { seen.append(i) }
            }
            return seen
        }

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
            for c in memberships[p] { byCircle[c].add(byContact[p]) }
        }

        // Circle health.
        var members = Array(repeating: 0, count: names.count)
        var warm = Array(repeating: 0, count: names.count)
        var sinceSum = Array(repeating: 0, count: names.count)
        var sinceCount = Array(repeating: 0, count: names.count)
        let dues = ReconnectPlanner.dueness(in: network, today: today)
        for p in network.contacts.indices where !memberships[p].isEmpty {
            let due = dues[p]
            let isWarm = due.daysSince.map { $0 <= due.cadence.days } ?? false
            for c in memberships[p] {
                members[c] += 1
                if isWarm { warm[c] += 1 }
                if due.basis == .interaction, let days = due.daysSince {
                    sinceSum[c] += days
                    sinceCount[c] += 1
                }
            }
        }
        let health = names.indices.map { c -> CircleHealth in
            let circle = network.circle(named: names[c])
            return CircleHealth(
                name: names[c], kind: circle.kind, cadenceDays: circle.cadence?.days,
                members: members[c], warm: warm[c], cold: members[c] - warm[c],
                warmth: members[c] == 0 ? 0 : Double(warm[c]) / Double(members[c]),
                averageDaysSinceLast: sinceCount[c] == 0 ? nil : (sinceSum[c] + sinceCount[c] / 2) / sinceCount[c])
        }

        let bridges = network.contacts.indices.compactMap { p -> Bridge? in
            guard memberships[p].count >= 2 else { return nil }
            let contact = network.contacts[p]
            return Bridge(id: contact.id, name: contact.name, circles: memberships[p].map { names[$0] })
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
