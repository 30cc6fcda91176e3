import ArgumentParser
import CarnetCore

struct ReconnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconnect",
        abstract: "Who to reconnect with today, and why."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("How many people (default 6).", valueName: "n")) var limit = 6
    @Flag(help: "Print JSON.") var json = false

    struct SuggestionJSON: Encodable {
        var id, name, nextStep: String
        var circle: String?
        var score: Int
        var reasons: [ReasonJSON]
    }

    struct ReasonJSON: Encodable {
        var kind, text: String
    }

    func run() throws {
        guard limit > 0 else { throw CLIFailure.usage("--limit: at least 1") }
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        var options = PlannerOptions()
        options.limit = limit
        let plan = ReconnectPlanner.plan(store.network, today: today, options: options)
        if json {
            return try Console.json(plan.map {
                SuggestionJSON(id: $0.contactID, name: $0.name, nextStep: $0.nextStep, circle: $0.circle, score: $0.score,
                               reasons: $0.reasons.map { ReasonJSON(kind: $0.kind.rawValue, text: $0.text) })
            })
        }
        if plan.isEmpty { return Console.line("No one is due today.") }
        for (i, s) in plan.enumerated() {
            Console.line("\(i + 1). \(s.name)" + (s.circle.map { "  (\($0))" } ?? ""))
            for r in s.reasons { Console.line("   - \(r.text)") }
            Console.line("   → \(s.nextStep)")
        }
    }
}
