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
    public private(set) var interactions = Journal()
    public private(set) var events: [Event] = []
    public var goals: [Goal] = []
    public var objective: Objective?

    private var contactIndex = ContactIndex()
    /// For each contact, by position in `contacts`: indices into `interactions`, oldest first.
    /// (Int32 and by position rather than a dictionary keyed by id: at a million journal
    /// lines this halves the memory and spares a million string hashes on load.)
    private var timelines = Timelines()
    /// The same for ids in the journal that no contact has (kept: removing someone by hand
    /// must not lose the lines, and adding them back brings their history back).
    private var strayTimelines: [String: [Int32]] = [:]
    private var eventIndex: [String: Int] = [:]
    /// Circle id (the folded name) → position in `circles`. Looked up for each row the
    /// contact list draws; comparing with each circle's id folded every name every time.
    private var circleIndex: [String: Int] = [:]
    /// Every position in `contacts`, by name (`NameOrder`), when known without sorting: as
    /// the store's snapshot keeps it. Dropped when a contact is added or changed.
    public private(set) var byName: [Int]?

    public init() {}

    /// Networks are equal when what they hold is: the indexes are derived from it.
    public static func == (a: Network, b: Network) -> Bool {
        a.contacts == b.contacts && a.circles == b.circles && a.interactions == b.interactions
            && a.events == b.events && a.goals == b.goals && a.objective == b.objective
    }

    public init(contacts: [Contact], circles: [Circle] = [], interactions: [Interaction] = [],
                events: [Event] = [], goals: [Goal] = [], objective: Objective? = nil) {
        self.init(contacts: contacts, circles: circles, journal: Journal(interactions), events: events,
                  goals: goals, objective: objective)
    }

    /// The loader's way in, with the journal as read and, when already computed (on the
    /// loader's other core), its lines grouped by person (`Journal.linesByPerson`), and the
    /// contacts' index the loader built to find duplicate ids.
    init(contacts: [Contact], circles: [Circle], journal: Journal, events: [Event],
         goals: [Goal], objective: Objective?, linesByPerson: Journal.LinesByPerson? = nil, contactIndex: ContactIndex? = nil,
         byName: [Int]? = nil) {
        self.contacts = contacts
        self.byName = byName
        self.circles = circles
        self.interactions = journal
        self.events = events
        self.goals = goals
        self.objective = objective
        reindex(linesByPerson: linesByPerson, contactIndex: contactIndex)
    }

    // MARK: - Lookup

    public func contact(id: String) -> Contact? {
        contactIndex[id].map { contacts[$0] }
    }

    public func contains(id: String) -> Bool { contactIndex[id] != nil }

    /// Positions in `interactions` of the lines naming someone no contact has, in journal
    /// order (usually none: found from the index, without reading the journal).
    var linesNamingStrangers: [Int] {
        Set(strayTimelines.values.joined()).sorted().map(Int.init)
    }

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

    /// When the person was last in touch: read from the journal's entries, without making
    /// the whole interaction (the contact list asks this of every row it sorts or draws).
    public func lastInteractionDate(of id: String) -> Day? {
        timeline(of: id).last.map { interactions.date(at: Int($0)) }
    }

    /// The same for the contact at `position` in `contacts`.
    public func lastInteractionDate(atPosition position: Int) -> Day? {
        timelines[position].last.map { interactions.date(at: Int($0)) }
    }

    /// The same for the contact at `position` in `contacts`, without hashing its id: the
    /// planner's pass over everyone. (A duplicate id, which the store rejects, is seen
    /// with no interactions.)
    func interactionIndices(atPosition position: Int) -> Timeline { timelines[position] }

    /// Where the contact with this id is in `contacts`.
    func position(ofContact id: String) -> Int? { contactIndex[id] }

    private func timeline(of id: String) -> Timeline {
        if let p = contactIndex[id] { return timelines[p] }
        return Timeline(strayTimelines[id] ?? [])
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
        circleIndex[Folding.key(name)].map { circles[$0] } ?? Circle(name: name)
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
        byName = nil
        if let i = contactIndex[contact.id] {
            contacts[i] = contact
        } else {
            contactIndex.add(contact.id, position: contacts.count)
            contacts.append(contact)
            timelines.append(strayTimelines.removeValue(forKey: contact.id) ?? [])
        }
    }

    public mutating func append(_ interaction: Interaction) {
        let i = Int32(interactions.count)
        interactions.append(interaction)
        let journal = interactions
        for id in interaction.people {
            if let p = contactIndex[id] {
                timelines.change(at: p) { Network.insert(i, into: &$0, journal: journal) }
            } else {
                Network.insert(i, into: &strayTimelines[id, default: []], journal: journal)
            }
        }
    }

    /// Keeps a person's list sorted by date even when an older interaction is logged late.
    /// Static, with the journal passed in: a method reading `self` while one of its lists is
    /// being changed made Swift copy the whole list of timelines (a hundred thousand arrays)
    /// at every logged interaction.
    private static func insert(_ i: Int32, into list: inout [Int32], journal: Journal) {
        journal.withUnsafeEntries { journal in
            let day = journal[Int(i)].day
            var at = list.count
            while at > 0 && journal[Int(list[at - 1])].day > day { at -= 1 }
            list.insert(i, at: at)
        }
    }

    public mutating func upsert(_ circle: Circle) {
        if let i = circleIndex[circle.id] {
            circles[i] = circle
        } else {
            circleIndex[circle.id] = circles.count
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

    private mutating func reindex(linesByPerson: Journal.LinesByPerson? = nil, contactIndex index: ContactIndex? = nil) {
        contactIndex = index ?? ContactIndex(of: contacts)
        eventIndex = [:]
        eventIndex.reserveCapacity(events.count)
        for i in events.indices where eventIndex[events[i].id] == nil { eventIndex[events[i].id] = i }
        circleIndex = [:]
        for i in circles.indices where circleIndex[circles[i].id] == nil { circleIndex[circles[i].id] = i }

        // Each id the journal names, looked up once, takes its lines: a contact's become
        // their timeline, others are kept as strays.
        let journal = interactions
        let byPerson = linesByPerson ?? journal.linesByPerson()
        var lists = Timelines(lines: byPerson.lines, count: contacts.count)
        var strays: [String: [Int32]] = [:]
        let ids = journal.people.strings
        for (e, p) in contactIndex.positions(of: ids).enumerated() {
            let range = byPerson.range(of: e)
            guard !range.isEmpty else { continue }
            if let p { lists.setRun(range, at: p) } else { strays[ids[e]] = Array(byPerson.lines[range]) }
        }
        timelines = lists
        strayTimelines = strays
    }
}
