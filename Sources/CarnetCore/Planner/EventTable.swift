/// The events' days and names by id, for the planner's pass over the contacts: each person
/// met at an event names it (`met: DATE at ID`), and thousands name the same few. Found by
/// the id's bytes (`SpellingMemo`), each id asked of the network once: looking each up in
/// a `[String: Event]` hashed the id with SipHash over its normalised form and copied the
/// whole event (perf: a tenth of the plan's samples at 100,000 people).
final class EventTable {
    typealias Found = (day: Day, name: String)
    private let network: Network
    // Not checked for exclusive access at run time, as `CircleTable.memo`.
    @exclusivity(unchecked) private var memo = SpellingMemo<Found?>()

    init(_ network: Network) { self.network = network }

    /// The event with this id (the first in the file, as `Network.event(id:)`).
    func event(id: String) -> Found? {
        memo.value(of: id) { network.event(id: $0).map { ($0.date, $0.name) } }
    }
}
