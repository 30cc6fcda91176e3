import ArgumentParser
import CarnetCore

struct CirclesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circles",
        abstract: "List circles with their size and warmth, or describe one.",
        subcommands: [CirclesList.self, CirclesSet.self],
        defaultSubcommand: CirclesList.self
    )
}

struct CirclesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List circles (the default).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    struct CircleJSON: Encodable {
        var name: String
        var kind, cadence, description: String?
        var members, withinCadence: Int
    }

    func run() throws {
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        let network = store.network
        let circles = CircleHealth.all(in: network, today: today).map { health -> CircleJSON in
            let circle = network.circle(named: health.name)
            return CircleJSON(name: circle.name, kind: circle.kind, cadence: circle.cadence?.description,
                              description: circle.description, members: health.members, withinCadence: health.warm)
        }
        if json { return try Console.json(circles) }
        Console.table(circles.map { c in
            [c.name, c.kind ?? "", c.cadence ?? "", "\(c.members)",
             c.members == 0 ? "" : "\(c.withinCadence * 100 / c.members)% warm"]
        }, header: ["CIRCLE", "KIND", "CADENCE", "PEOPLE", "WARMTH"])
    }
}

struct CirclesSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Describe a circle: kind, default cadence, description.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The circle's name.") var name: String
    @Option(help: ArgumentHelp("colleagues, alumni, association, club, family-friends, online-community, clients…", valueName: "kind")) var kind: String?
    @Option(help: ArgumentHelp("Default cadence of its members: 30d, 6w, 3m.", valueName: "cadence")) var cadence: String?
    @Option(help: "What the circle is.") var description: String?

    func run() throws {
        guard let clean = name.emptyAsNil, !clean.contains(",") else { throw CLIFailure.usage("a circle's name is non-empty and has no comma") }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        var circle = store.network.circle(named: clean)
        if let kind { circle.kind = kind.emptyAsNil }
        if let cadence { circle.cadence = cadence.isEmpty ? nil : try Parse.cadence(cadence, flag: "--cadence") }
        if let description { circle.description = description.emptyAsNil }
        do { try store.save(circle) } catch { throw CLIFailure.from(error) }
        Console.line("Saved circle \(circle.name)")
    }
}
