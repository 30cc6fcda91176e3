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
        func row(_ p: Int) -> ContactRow {
            ContactRow(network.contacts[p], due: dues[p], lastContact: network.lastInteractionDate(atPosition: p), today: today)
        }
        let sorted: [ContactRow]
        switch sort {
        // The contact list's order (namesakes in file order), sorted as bytes of folded names.
        case .name: sorted = NameOrder.sorted(positions, in: network).map(row)
        // Longest without contact (or most overdue) first; ties by id, A to Z.
        case .last: sorted = positions.map(row).sorted { ($1.daysSince ?? Int.max, $0.contact.id) < ($0.daysSince ?? Int.max, $1.contact.id) }
        case .due: sorted = positions.map(row).sorted { ($1.overdue ?? Int.min, $0.contact.id) < ($0.overdue ?? Int.min, $1.contact.id) }
        }
        if json {
            try Console.json(sorted.map { contactJSON($0.contact, in: network, today: today) })
            return
        }
        Console.table(sorted.map { r in
            [r.overdue.map { $0 > 0 ? "!" : " " } ?? " ", r.contact.name, r.contact.company ?? "",
             r.contact.circles.joined(separator: ", "), r.daysSince.map { "\($0)d" } ?? "never"]
        }, header: [" ", "NAME", "COMPANY", "CIRCLES", "LAST"])
    }
}

/// One person as a list shows them: how long since last contact, and how overdue.
struct ContactRow {
    let contact: Contact
    let daysSince: Int?
    /// Days past the cadence (negative: not yet due); nil when there is nothing to count from.
    let overdue: Int?

    /// `due` is the planner's view of the cadence: imported people never contacted are not overdue.
    init(_ contact: Contact, due: Due, lastContact: Day?, today: Day) {
        self.contact = contact
        daysSince = lastContact.map { $0.days(to: today) }
        overdue = due.daysLeft.map { -$0 }
    }
}
