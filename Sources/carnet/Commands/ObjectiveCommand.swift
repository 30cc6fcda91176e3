import ArgumentParser
import CarnetCore

struct ObjectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective",
        abstract: "Show or set what your network is for right now.",
        subcommands: [ObjectiveShow.self, ObjectiveSet.self],
        defaultSubcommand: ObjectiveShow.self
    )
}

struct ObjectiveJSON: Encodable {
    var aim: String
    var sectors, companies: [String]
    var note: String?
}

struct ObjectiveShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the objective (the default).")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let objective = try global.openStoreToShow().network.objective
        if json {
            return try Console.json(objective.map { ObjectiveJSON(aim: $0.aim.rawValue, sectors: $0.sectors, companies: $0.companies, note: $0.note) })
        }
        guard let o = objective else { return Console.line("No objective set. Try: carnet objective set job-search --sector Fintech") }
        Console.line("Objective: \(o.aim.spelledOut)")
        if !o.sectors.isEmpty { Console.line("Sectors: \(o.sectors.joined(separator: ", "))") }
        if !o.companies.isEmpty { Console.line("Companies: \(o.companies.joined(separator: ", "))") }
    }
}

struct ObjectiveSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the objective.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "job-search, career, sector-change or business.") var aim: String
    @Option(name: .customLong("sector"), help: ArgumentHelp("A target sector (repeatable).", valueName: "sector")) var sectors: [String] = []
    @Option(name: .customLong("company"), help: ArgumentHelp("A target company (repeatable).", valueName: "company")) var companies: [String] = []

    func run() throws {
        guard let a = Objective.Aim(rawValue: aim) else {
            throw CLIFailure.usage("'\(Inert.text(aim))' is not an objective (job-search, career, sector-change, business)")
        }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        var o = Objective(aim: a, sectors: sectors.flatMap { $0.commaList() }, companies: companies.flatMap { $0.commaList() })
        o.note = store.network.objective?.note  // written by hand; this command has no flag for it
        do { try store.save(o) } catch { throw CLIFailure.from(error) }
        Console.line("Objective: \(a.spelledOut)")
    }
}
