import ArgumentParser
import CarnetCore

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
        let store = try global.openStore()
        let today = try global.resolvedToday()
        let network = store.network
        var people = network.contacts
        if let circle {
            let key = Folding.key(circle)
            guard network.circleNames.contains(where: { Folding.key($0) == key }) else {
                throw CLIFailure.data("no circle called '\(Inert.text(circle))' (see 'carnet circles')")
            }
            people = people.filter { $0.circles.contains { Folding.key($0) == key } }
        }
        if let filter {
            let words = Folding.key(filter).split(separator: " ").map(String.init)
            people = people.filter { c in
                let key = c.searchKey
                return words.allSatisfy { key.contains($0) }
            }
        }
        let rows = people.map { ContactRow($0, network: network, today: today) }
        let sorted: [ContactRow]
        switch sort {
        case .name: sorted = rows.sorted { (Folding.key($0.contact.name), $0.contact.id) < (Folding.key($1.contact.name), $1.contact.id) }
        // Longest without contact (or most overdue) first; ties by id, A to Z.
        case .last: sorted = rows.sorted { ($1.daysSince ?? Int.max, $0.contact.id) < ($0.daysSince ?? Int.max, $1.contact.id) }
        case .due: sorted = rows.sorted { ($1.overdue ?? Int.min, $0.contact.id) < ($0.overdue ?? Int.min, $1.contact.id) }
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

    init(_ contact: Contact, network: Network, today: Day) {
        self.contact = contact
        daysSince = network.lastInteractionDate(of: contact.id).map { $0.days(to: today) }
        // The planner's view of the cadence: imported people never contacted are not overdue.
        overdue = ReconnectPlanner.dueness(of: contact, in: network, today: today).daysLeft.map { -$0 }
    }
}
