/// Everything the store holds, in memory, with the indexes the planner and views need.
///
/// Arrays keep file order (the store is lossless); the indexes are rebuilt by the
/// mutating methods, so a `Network` is always consistent.
public struct Network: Sendable, Equatable {
    public private(set) var contacts: [Contact] = []
    /// Circles described in the circles file. Circles only named on contacts exist too:
    /// see `circleNames` and `circle(named:)`.
    public private(set) var circles: [Circle] = []
    /// Journal order, which is the order lines were appended.
    public private(set) var interactions: [Interaction] = []
    public private(set) var events: [Event] = []
    public var goals: [Goal] = []
    public var objective: Objective?

    private var contactIndex: [String: Int] = [:]
    /// For each contact, by position in `contacts`: indices into `interactions`, oldest first.
    /// (Int32 and one array per position rather than a dictionary keyed by id: at a million
    /// journal lines this halves the memory and spares a million string hashes on load.)
    private var timelines: [[Int32]] = []
    /// The same for ids in the journal that no contact has (kept: removing someone by hand
    /// must not lose the lines, and adding them back brings their history back).
    private var strayTimelines: [String: [Int32]] = [:]
    private var eventIndex: [String: Int] = [:]

    public init() {}

    public init(contacts: [Contact], circles: [Circle] = [], interactions: [Interaction] = [],
                events: [Event] = [], goals: [Goal] = [], objective: Objective? = nil) {
        self.init(contacts: contacts, circles: circles, interactions: interactions, events: events,
                  goals: goals, objective: objective, resolvedPeople: nil)
    }

    /// The loader's way in: `resolvedPeople` gives, for every person of every interaction in
    /// order, their position in `contacts` (or -1 for an id no contact has), already known
    /// from reading the journal, so that nothing is looked up again.
    init(contacts: [Contact], circles: [Circle], interactions: [Interaction], events: [Event],
         goals: [Goal], objective: Objective?, resolvedPeople: [Int32]?) {
        self.contacts = contacts
        self.circles = circles
        self.interactions = interactions
        self.events = events
        self.goals = goals
        self.objective = objective
        reindex(resolvedPeople: resolvedPeople)
    }

    // MARK: - Lookup

    public func contact(id: String) -> Contact? {
        contactIndex[id].map { contacts[$0] }
    }

    public func contains(id: String) -> Bool { contactIndex[id] != nil }

    /// The person's interactions, oldest first.
    public func interactions(of id: String) -> [Interaction] {
        timeline(of: id).map { interactions[Int($0)] }
    }

    /// Positions in `interactions` of a person's interactions, oldest first. Lets the
    /// planner read a field or two of each without copying whole interactions.
    func interactionIndices(of id: String) -> [Int] { timeline(of: id).map(Int.init) }

    public func lastInteraction(of id: String) -> Interaction? {
        timeline(of: id).last.map { interactions[Int($0)] }
    }

    /// The same for the contact at `position` in `contacts`, without hashing its id: the
    /// planner's pass over everyone. (A duplicate id, which the store rejects, is seen
    /// with no interactions.)
    func interactionIndices(atPosition position: Int) -> [Int32] { timelines[position] }

    /// Where the contact with this id is in `contacts`.
    func position(ofContact id: String) -> Int? { contactIndex[id] }

    private func timeline(of id: String) -> [Int32] {
        if let p = contactIndex[id] { return timelines[p] }
        return strayTimelines[id] ?? []
    }

    public func event(id: String) -> Event? { eventIndex[id].map { events[$0] } }

    /// Every circle, described or only named on a contact, in order of first appearance.
    public var circleNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for name in circles.map(\.name) + contacts.flatMap(\.circles) where seen.insert(Folding.key(name)).inserted {
            names.append(name)
        }
        return names
    }

    /// The described circle, or a bare one for a name used only on contacts.
    public func circle(named name: String) -> Circle {
        let key = Folding.key(name)
        return circles.first { $0.id == key } ?? Circle(name: name)
    }

    public func members(ofCircle name: String) -> [Contact] {
        let key = Folding.key(name)
        return contacts.filter { $0.circles.contains { Folding.key($0) == key } }
    }

    /// The cadence that applies to a person and where it comes from: their own, else
    /// their circles' shortest, else the fallback.
    public func cadence(for contact: Contact) -> (cadence: Cadence, source: String) {
        if let own = contact.cadence { return (own, "their own") }
        let fromCircles = contact.circles.compactMap { name in circle(named: name).cadence.map { (name, $0) } }
        if let shortest = fromCircles.min(by: { $0.1.days < $1.1.days }) {
            return (shortest.1, shortest.0)
        }
        return (Cadence.fallback, "default")
    }

    // MARK: - Changes

    /// Adds the contact, or replaces the one with the same id.
    public mutating func upsert(_ contact: Contact) {
        if let i = contactIndex[contact.id] {
            contacts[i] = contact
        } else {
            contactIndex[contact.id] = contacts.count
            contacts.append(contact)
            timelines.append(strayTimelines.removeValue(forKey: contact.id) ?? [])
        }
    }

    public mutating func append(_ interaction: Interaction) {
        let i = Int32(interactions.count)
        interactions.append(interaction)
        for id in interaction.people {
            if let p = contactIndex[id] {
                insert(i, into: &timelines[p])
            } else {
                insert(i, into: &strayTimelines[id, default: []])
            }
        }
    }

    /// Keeps a person's list sorted by date even when an older interaction is logged late.
    private func insert(_ i: Int32, into list: inout [Int32]) {
        let date = interactions[Int(i)].date
        var at = list.count
        while at > 0 && interactions[Int(list[at - 1])].date > date { at -= 1 }
        list.insert(i, at: at)
    }

    public mutating func upsert(_ circle: Circle) {
        if let i = circles.firstIndex(where: { $0.id == circle.id }) {
            circles[i] = circle
        } else {
            circles.append(circle)
        }
    }

    public mutating func upsert(_ event: Event) {
        if let i = eventIndex[event.id] {
            events[i] = event
        } else {
            eventIndex[event.id] = events.count
            events.append(event)
        }
    }

    private mutating func reindex(resolvedPeople: [Int32]?) {
        contactIndex = [:]
        contactIndex.reserveCapacity(contacts.count)
        for (i, c) in contacts.enumerated() where contactIndex[c.id] == nil { contactIndex[c.id] = i }
        eventIndex = [:]
        eventIndex.reserveCapacity(events.count)
        for (i, e) in events.enumerated() where eventIndex[e.id] == nil { eventIndex[e.id] = i }

        // Each person's position for each interaction, looked up here unless the loader knew.
        var positions: [Int32]
        if let resolvedPeople {
            positions = resolvedPeople
        } else {
            positions = []
            positions.reserveCapacity(interactions.count)
            for x in interactions {
                for id in x.people { positions.append(contactIndex[id].map(Int32.init) ?? -1) }
            }
        }
        // Count first, so that each timeline is allocated once at its exact size.
        var counts = [Int](repeating: 0, count: contacts.count)
        for p in positions where p >= 0 { counts[Int(p)] += 1 }
        timelines = counts.map { n in
            var list = [Int32]()
            list.reserveCapacity(n)
            return list
        }
        strayTimelines = [:]
        var k = 0
        for (i, x) in interactions.enumerated() {
            for id in x.people {
                let p = positions[k]
                k += 1
                if p >= 0 { timelines[Int(p)].append(Int32(i)) } else { strayTimelines[id, default: []].append(Int32(i)) }
            }
        }
        // Journal order is date order but for lines logged late: sort only the lists that need it.
        for p in timelines.indices where !isSorted(timelines[p]) { timelines[p] = sortedByDate(timelines[p]) }
        for (id, list) in strayTimelines where !isSorted(list) { strayTimelines[id] = sortedByDate(list) }
    }

    private func sortedByDate(_ list: [Int32]) -> [Int32] {
        list.sorted { (interactions[Int($0)].date, $0) < (interactions[Int($1)].date, $1) }
    }

    private func isSorted(_ list: [Int32]) -> Bool {
        interactions.withUnsafeBufferPointer { all in
            var previous = Int.min
            for i in list {
                let d = all[Int(i)].date.ordinal
                if d < previous { return false }
                previous = d
            }
            return true
        }
    }
}
