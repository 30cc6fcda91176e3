import ArgumentParser
import CarnetCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the store: one 'FILE:LINE: message' per problem; exit 1 if any."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try global.openStore()
        if json {
            try Console.json(store.problems.map(ProblemJSON.init))
        } else if store.problems.isEmpty {
            let n = store.network
            Console.line("ok: \(n.contacts.count) people, \(n.circleNames.count) circles, \(n.interactions.count) interactions, \(n.events.count) events")
        } else {
            for p in store.problems { Console.line(p.description) }
        }
        if !store.problems.isEmpty { throw ExitCode(1) }
    }
}
