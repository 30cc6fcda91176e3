/// The events' days and names by id, for the planner's pass over the contacts: each person
/// met at an event names it (`met: DATE at ID`), and thousands name the same few. Found by
/// the id's bytes (`SpellingMemo`): looking each up in a `[String: Event]` hashed the id
/// with SipHash over its normalised form and copied the whole event (perf: a tenth of the
/// plan's samples at 100,000 people).
final class EventTable {
    typealias Found = (day: Day, name: String)
    private let byID: [String: Found]
    // Not checked for exclusive access at run time, as `CircleTable.memo`.
    @exclusivity(unchecked) private var memo = SpellingMemo<Found?>()

    init(_ events: [Event]) {
        var byID: [String: Found] = [:]
        // The first event with an id stands, as in the file.
        for event in events where byID[event.id] == nil { byID[event.id] = (event.date, event.name) }
        self.byID = byID
    }

    func event(id: String) -> Found? {
        memo.value(of: id) { byID[$0] }
    }
}
