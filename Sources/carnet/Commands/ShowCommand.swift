import ArgumentParser
import CarnetCore
import CarnetExchange

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show everything about a person.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who: an id or a unique part of the name.") var who: String
    @Flag(help: "Print JSON.") var json = false

    struct Shown: Encodable {
        var contact: JSONExport.ContactShape
        var interactions: [InteractionJSON]
        var balance: BalanceJSON
    }

    struct BalanceJSON: Encodable {
        var gave = 0, asked = 0, received = 0
    }

    func run() throws {
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        let network = store.network
        let c = try Parse.person(who, in: network)
        let timeline = network.interactions(of: c.id)
        var balance = BalanceJSON()
        for x in timeline {
            switch x.exchange {
            case .gave: balance.gave += 1
            case .asked: balance.asked += 1
            case .received: balance.received += 1
            case .neutral: break
            }
        }
        if json {
            try Console.json(Shown(contact: contactJSON(c, in: network, today: today),
                                   interactions: timeline.reversed().map(InteractionJSON.init), balance: balance))
            return
        }
        Console.line("\(c.name)  (\(c.id))")
        var fields: [[String]] = []
        func add(_ label: String, _ value: String?) { if let value, !value.isEmpty { fields.append([label, value]) } }
        add("company", c.company)
        add("role", c.role.map { r in c.roleSince.map { "\(r) (since \($0))" } ?? r })
        add("circles", c.circles.joined(separator: ", "))
        add("tags", c.tags.joined(separator: ", "))
        for e in c.emails { add("email", e) }
        for p in c.phones { add("phone", p) }
        for u in c.urls { add("url", u) }
        add("place", [c.city, c.country].compactMap { $0 }.joined(separator: ", "))
        add("sector", c.sector)
        add("seniority", c.seniority)
        add("met", c.met?.description)
        add("introduced by", c.introducedBy)
        let cadence = network.cadence(for: c)
        add("cadence", "\(cadence.cadence.spelledOut) (\(cadence.source))")
        add("birthday", c.birthday?.description)
        add("snoozed until", c.snoozedUntil.map { $0 > today ? $0.description : nil } ?? nil)
        add("added", c.added?.description)
        add("source", c.source)
        add("give/ask", "gave \(balance.gave), asked \(balance.asked), received \(balance.received)")
        Console.table(fields)
        if let note = c.note {
            Console.line()
            Console.line(note)
        }
        Console.line()
        Console.line(timeline.isEmpty ? "No interactions yet." : "Interactions, newest first:")
        for x in timeline.reversed() {
            var line = "  \(x.date)  \(x.kind)"
            switch x.exchange {
            case .neutral: break
            case .gave(let w): line += "  gave: \(w)"
            case .asked(let w): line += "  asked: \(w)"
            case .received(let w): line += "  received: \(w)"
            }
            if let f = x.followUp { line += "  follow-up \(f)" }
            if let n = x.note { line += "  — \(n)" }
            Console.line(Inert.text(line))
        }
    }
}
