import CarnetCore

/// What the circle map shows: for each circle its size and warmth, the people who bridge
/// circles, and the people outside any circle.
///
/// Built in one pass over the contacts (carnet-bench's "switch to the map pane" measures
/// it).
public struct CircleMapModel: Equatable, Sendable {
    /// One group of people: a circle, or the people outside any circle.
    public struct Group: Equatable, Sendable {
        /// The circle's name as first written; "" for the people outside any circle.
        public let name: String
        /// The circle's kind from the circles file (alumni, club…), if described.
        public let kind: String?
        public internal(set) var members = 0
        /// Members within their cadence today.
        public internal(set) var warm = 0
        /// Members past their cadence today.
        public internal(set) var overdue = 0
        /// Members within cadence today who pass it within `CircleMapModel.horizon` days.
        public internal(set) var coolingSoon = 0
        /// A few members, the coldest first: who to reconnect with in this circle.
        public internal(set) var coldest: [Member] = []
        /// The other circles this one shares people with, the strongest link first.
        public internal(set) var links: [Link] = []
        var daysSinceTotal = 0
        var daysSinceCount = 0

        init(name: String, kind: String?) {
            self.name = name
            self.kind = kind
        }

        /// Members not within cadence: overdue, or never in touch.
        public var cold: Int { members - warm }
        /// Members never in touch (an import not yet contacted).
        public var neverInTouch: Int { members - warm - overdue }

        /// Share of members within cadence, 0–100, rounded; nil for an empty circle.
        public var warmth: Int? { Self.percent(warm, of: members) }
        /// The warmth in `horizon` days if no one is contacted meanwhile.
        public var warmthSoon: Int? { Self.percent(warm - coolingSoon, of: members) }

        /// Mean days since the last contact, over members with a known last contact.
        public var averageDaysSince: Int? {
            daysSinceCount == 0 ? nil : (daysSinceTotal + daysSinceCount / 2) / daysSinceCount
        }

        /// Cold today: fewer than half the members within cadence.
        public var isCold: Bool { members > 0 && warm * 2 < members }

        /// Going cold: cold today, or the overdue share is rising so that it will be
        /// within `horizon` days unless someone is contacted. Looking ahead rather than
        /// back because it is cheap (no journal replay) and it is what can still be acted on.
        public var isGoingCold: Bool { members > 0 && (warm - coolingSoon) * 2 < members }

        static func percent(_ part: Int, of whole: Int) -> Int? {
            whole == 0 ? nil : (part * 200 + whole) / (2 * whole)
        }
    }

    /// A person shown by name in a bubble.
    public struct Member: Equatable, Sendable {
        public let id: String
        /// Made inert: safe to draw.
        public let name: String
        /// Days before the cadence runs out (negative: overdue); nil: never in touch.
        public let daysLeft: Int?

        public var isWarm: Bool { (daysLeft ?? -1) >= 0 }
    }

    /// Two circles sharing `people` members, seen from one of them.
    public struct Link: Equatable, Sendable {
        /// Index of the other circle in `circles`.
        public let circle: Int
        public let people: Int
    }

    /// A person in two circles or more: who can open the door from one circle to another.
    public struct Bridge: Equatable, Sendable {
        public let id: String
        /// Made inert: safe to draw.
        public let name: String
        /// Indices in `circles`, in the order the person lists them.
        public let circles: [Int]
    }

    /// In `Network.circleNames` order, which is `AppState.mapSelection`'s order.
    public internal(set) var circles: [Group] = []
    public internal(set) var outside = Group(name: "", kind: nil)
    /// In contact order.
    public internal(set) var bridges: [Bridge] = []
    public internal(set) var people = 0
    /// Warm people over the whole network, each counted once.
    public internal(set) var warmPeople = 0

    /// How far ahead "going cold" looks.
    public static let horizon = 14
    /// How many names each group keeps for the bubbles.
    public static let namesKept = 8

    /// Share of the whole network within cadence, 0–100; nil with no one.
    public var warmth: Int? { Group.percent(warmPeople, of: people) }

    public var goingColdCount: Int { circles.filter(\.isGoingCold).count }
}

extension CircleMapModel {
    /// The map of `network` on `today`.
    public init(network: Network, today: Day) {
        // The circles in `Network.circleNames` order (described ones first, then those only
        // named on contacts, by first appearance), found in the same pass as the counts:
        // `circleNames` folds every name of every person, as much as the rest of the map.
        var indexByKey: [String: Int] = [:]
        var cadenceByKey: [String: Cadence] = [:]
        for circle in network.circles where indexByKey[circle.id] == nil {
            // First description wins, as in `Network.circle(named:)`.
            indexByKey[circle.id] = circles.count
            circles.append(Group(name: Inert.text(circle.name), kind: circle.kind.map { Inert.text($0) }))
            if let cadence = circle.cadence { cadenceByKey[circle.id] = cadence }
        }

        // Spellings on contacts ("Club", "club") fold once each, not once per person.
        var spelling: [String: (index: Int, cadence: Cadence?)] = [:]
        var circles = circles  // a local the lookup below can grow
        func lookup(_ written: String) -> (index: Int, cadence: Cadence?) {
            if let known = spelling[written] { return known }
            let key = Folding.key(written)
            let index = indexByKey[key] ?? circles.count
            if index == circles.count {
                indexByKey[key] = index
                circles.append(Group(name: Inert.text(written), kind: nil))
            }
            let found = (index, cadenceByKey[key])
            spelling[written] = found
            return found
        }

        var pairs: [Int: Int] = [:]  // low << 32 | high → people
        var seen: [Int] = []
        for (position, contact) in network.contacts.enumerated() {
            seen.removeAll(keepingCapacity: true)
            var circleCadence: (name: String, cadence: Cadence)?
            for written in contact.circles {
                let (index, cadence) = lookup(written)
                if !seen.contains(index) { seen.append(index) }
                // Strictly shorter, so the first of equal cadences wins, as in `Network.cadence(for:)`.
                if let cadence, circleCadence == nil || cadence.days < circleCadence!.cadence.days {
                    circleCadence = (written, cadence)
                }
            }
            let due = Self.dueness(of: contact, at: position, in: network, today: today, circleCadence: circleCadence)
            people += 1
            if (due.daysLeft ?? -1) >= 0 { warmPeople += 1 }
            if seen.isEmpty {
                outside.count(contact, due: due)
            } else {
                for i in seen { circles[i].count(contact, due: due) }
            }
            if seen.count >= 2 {
                bridges.append(Bridge(id: contact.id, name: Inert.text(contact.name), circles: seen))
                for a in seen.indices {
                    for b in seen.indices where a < b {
                        let low = min(seen[a], seen[b]), high = max(seen[a], seen[b])
                        pairs[low << 32 | high, default: 0] += 1
                    }
                }
            }
        }
        for (pair, count) in pairs {
            let low = pair >> 32, high = pair & 0xFFFF_FFFF
            circles[low].links.append(Link(circle: high, people: count))
            circles[high].links.append(Link(circle: low, people: count))
        }
        for i in circles.indices {
            circles[i].links.sort { ($1.people, $0.circle) < ($0.people, $1.circle) }
        }
        self.circles = circles
    }

    /// `ReconnectPlanner.dueness`, with the circles' cadence already resolved: the
    /// planner's version folds and searches every circle name for every person, which
    /// is most of the cost at 10,000 people. A test checks both agree. The last contact is
    /// found by the person's `position` in `contacts`, as the planner does: by id, hashing
    /// it, was half of the map's cost at 100,000 people (`perf`).
    static func dueness(of contact: Contact, at position: Int, in network: Network, today: Day,
                        circleCadence: (name: String, cadence: Cadence)?) -> Due {
        let cadence: (Cadence, String)
        if let own = contact.cadence {
            cadence = (own, "their own")
        } else if let circleCadence {
            cadence = (circleCadence.cadence, circleCadence.name)
        } else {
            cadence = (Cadence.fallback, "default")
        }
        let start: (Day, Reason.Since)?
        if let last = network.lastInteractionDate(atPosition: position) {
            start = (last, .interaction)
        } else if contact.source != nil {
            start = nil  // an import not yet contacted: unknown, not cold since the import
        } else {
            switch (contact.met?.date, contact.added) {
            case let (m?, a?): start = a > m ? (a, .added) : (m, .met)
            case let (m?, nil): start = (m, .met)
            case let (nil, a?): start = (a, .added)
            case (nil, nil): start = nil
            }
        }
        return Due(since: start?.0, basis: start?.1, today: today, cadence: cadence.0, cadenceSource: cadence.1)
    }
}

extension CircleMapModel.Group {
    mutating func count(_ contact: Contact, due: Due) {
        members += 1
        if let left = due.daysLeft {
            if left >= 0 {
                warm += 1
                if left < CircleMapModel.horizon { coolingSoon += 1 }
            } else {
                overdue += 1
            }
        }
        if let days = due.daysSince {
            daysSinceTotal += days
            daysSinceCount += 1
        }
        keep(contact, daysLeft: due.daysLeft)
    }

    /// Keeps the `namesKept` coldest: overdue longest first, then nearest their cadence,
    /// then people never in touch (least actionable: the planner waits for a first contact).
    /// The name is made safe only for the few kept: it allocates, and this runs per person.
    private mutating func keep(_ contact: Contact, daysLeft: Int?) {
        func rank(_ m: CircleMapModel.Member) -> Int { m.daysLeft ?? Int.max }
        let limit = CircleMapModel.namesKept, own = daysLeft ?? Int.max
        if coldest.count == limit, own >= rank(coldest[limit - 1]) { return }
        var at = coldest.count
        while at > 0 && rank(coldest[at - 1]) > own { at -= 1 }
        coldest.insert(CircleMapModel.Member(id: contact.id, name: Inert.text(contact.name), daysLeft: daysLeft), at: at)
        if coldest.count > limit { coldest.removeLast() }
    }
}
