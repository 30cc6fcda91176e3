/// Everything the store holds, in memory, with the indexes the planner and views need.
///
/// Arrays keep file order (the store is lossless); the indexes are rebuilt by the
/// mutating methods, so a `Network` is always consistent.
public struct Network: Sendable {
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
    /// For each contact, by position in `contacts`: indices into `interactions`, oldest
    /// first. Aligned with `contacts` so that a pass over everyone (the planner, at
    /// 100,000 people) reads it without hashing an id per person.
    private var interactionsByPosition: [[Int]] = []
    /// The same for ids in the journal that are not (or not yet) contacts.
    private var orphanInteractions: [String: [Int]] = [:]

    public init() {}

    public init(contacts: [Contact], circles: [Circle] = [], interactions: [Interaction] = [],
                events: [Event] = [], goals: [Goal] = [], objective: Objective? = nil) {
        self.contacts = contacts
        self.circles = circles
        self.interactions = interactions
        self.events = events
        self.goals = goals
        self.objective = objective
        reindex()
    }

    // MARK: - Lookup

    public func contact(id: String) -> Contact? {
        contactIndex[id].map { contacts[$0] }
    }

    public func contains(id: String) -> Bool { contactIndex[id] != nil }

    /// Where the contact with this id is in `contacts`.
    func position(ofContact id: String) -> Int? { contactIndex[id] }

    /// The person's interactions, oldest first.
    public func interactions(of id: String) -> [Interaction] {
        interactionIndices(of: id).map { interactions[$0] }
    }

    /// Positions in `interactions` of a person's interactions, oldest first. Lets the
    /// planner read a field or two of each without copying whole interactions.
    func interactionIndices(of id: String) -> [Int] {
        if let position = contactIndex[id] { return interactionsByPosition[position] }
        return orphanInteractions[id] ?? []
    }

    /// The same for the contact at `position` in `contacts`, without hashing its id.
    /// (A duplicate id, which the store rejects, is seen with no interactions.)
    func interactionIndices(atPosition position: Int) -> [Int] { interactionsByPosition[position] }

    public func lastInteraction(of id: String) -> Interaction? {
        interactionIndices(of: id).last.map { interactions[$0] }
    }

    public func event(id: String) -> Event? { events.first { $0.id == id } }

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
            // Journal lines may name someone before they are added.
            interactionsByPosition.append(orphanInteractions.removeValue(forKey: contact.id) ?? [])
        }
    }

    public mutating func append(_ interaction: Interaction) {
        let i = interactions.count
        interactions.append(interaction)
        for id in interaction.people {
            if let position = contactIndex[id] {
                insert(i, into: &interactionsByPosition[position])
            } else {
                insert(i, into: &orphanInteractions[id, default: []])
            }
        }
    }

    /// Keeps each person's list sorted by date even when an older interaction is logged late.
    private func insert(_ i: Int, into list: inout [Int]) {
        let date = interactions[i].date
        var at = list.count
        while at > 0 && interactions[list[at - 1]].date > date { at -= 1 }
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
        if let i = events.firstIndex(where: { $0.id == event.id }) {
            events[i] = event
        } else {
            events.append(event)
        }
    }

    private mutating func reindex() {
        contactIndex = Dictionary(contacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        interactionsByPosition = Array(repeating: [], count: contacts.count)
        orphanInteractions = [:]
        for (i, interaction) in interactions.enumerated() {
            for id in interaction.people {
                if let position = contactIndex[id] {
                    interactionsByPosition[position].append(i)
                } else {
                    orphanInteractions[id, default: []].append(i)
                }
            }
        }
        let byDate: (Int, Int) -> Bool = { [interactions] in (interactions[$0].date, $0) < (interactions[$1].date, $1) }
        for position in interactionsByPosition.indices where !isSorted(interactionsByPosition[position]) {
            interactionsByPosition[position].sort(by: byDate)
        }
        for (id, list) in orphanInteractions where !isSorted(list) {
            orphanInteractions[id] = list.sorted(by: byDate)
        }
    }

    private func isSorted(_ list: [Int]) -> Bool {
        zip(list, list.dropFirst()).allSatisfy { interactions[$0].date <= interactions[$1].date }
    }
}
