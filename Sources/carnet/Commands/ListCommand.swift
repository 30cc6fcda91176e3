import ArgumentParser
import CarnetCore
import CarnetUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List people.")

    enum Sort: String, ExpressibleByArgument, CaseIterable { case name, last, due }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Only this circle.", valueName: "name")) var circle: String?
    @Option(help: ArgumentHelp("Only people matching this text (name, company, role, circles, tags, notes; accents and case ignored).", valueName: "text"))
    var filter: String?
    @Option(help: "Order: name, last (longest without contact first), due (most overdue first).") var sort: Sort = .name
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        let network = store.network
        // By position in `contacts`, so that everyone's dueness is computed in one pass.
        var positions = Array(network.contacts.indices)
        if let circle {
            let key = Folding.key(circle)
            guard network.circleNames.contains(where: { Folding.key($0) == key }) else {
                throw CLIFailure.data("no circle called '\(Inert.text(circle))' (see 'carnet circles')")
            }
            positions = positions.filter { network.contacts[$0].circles.contains { Folding.key($0) == key } }
        }
        if let filter {
            // The contact list's search: a byte search per person, where a String search
            // per person took a quarter of a second at 100,000 people.
            var index = SearchIndex()
            index.prepare(network)
            positions = index.filter(positions, needles: SearchIndex.needles(folded: Folding.key(filter)))
        }
        let dues = ReconnectPlanner.dueness(in: network, today: today)
        let contacts = network.contacts
        func row(_ p: Int) -> ContactRow {
            ContactRow(position: p, due: dues[p], lastContact: network.lastInteractionDate(atPosition: p), today: today)
        }
        let sorted: [ContactRow]
        switch sort {
        // The contact list's order (namesakes in file order), sorted as bytes of folded names.
        case .name: sorted = NameOrder.sorted(positions, in: network).map(row)
        // Longest without contact (or most overdue) first; ties by id, A to Z.
        case .last: sorted = positions.map(row).sorted {
            ($1.daysSince ?? Int.max, contacts[$0.position].id) < ($0.daysSince ?? Int.max, contacts[$1.position].id)
        }
        case .due: sorted = positions.map(row).sorted {
            ($1.overdue ?? Int.min, contacts[$0.position].id) < ($0.overdue ?? Int.min, contacts[$1.position].id)
        }
        }
        if json {
            try Console.json(sorted.map { contactJSON(contacts[$0.position], in: network, today: today) })
            return
        }
        Console.table(sorted.map { r in
            let contact = contacts[r.position]
            return [r.overdue.map { $0 > 0 ? "!" : " " } ?? " ", contact.name, contact.company ?? "",
                    contact.circles.joined(separator: ", "), r.daysSince.map { "\($0)d" } ?? "never"]
        }, header: [" ", "NAME", "COMPANY", "CIRCLES", "LAST"])
    }
}

/// One person as a list shows them: how long since last contact, and how overdue.
struct ContactRow {
    /// The person's place in the network's contacts: a copy of the contact in each row
    /// retained and released its texts and lists (`carnet list` at 100,000 people, from
    /// the snapshot: 361 ms with copies, 312 ms without).
    let position: Int
    let daysSince: Int?
    /// Days past the cadence (negative: not yet due); nil when there is nothing to count from.
    let overdue: Int?

    /// `due` is the planner's view of the cadence: imported people never contacted are not overdue.
    init(position: Int, due: Due, lastContact: Day?, today: Day) {
        self.position = position
        daysSince = lastContact.map { $0.days(to: today) }
        overdue = due.daysLeft.map { -$0 }
    }
}
