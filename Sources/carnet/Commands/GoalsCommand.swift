import ArgumentParser
import CarnetCore

struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals",
        abstract: "This month's goals and progress, or set a goal.",
        subcommands: [GoalsShow.self, GoalsSet.self],
        defaultSubcommand: GoalsShow.self
    )
}

struct GoalsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Progress on each goal (the default).")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Another month.", valueName: "YYYY-MM")) var month: String?
    @Flag(help: "Print JSON.") var json = false

    struct GoalJSON: Encodable {
        var goal: String
        var done, target, daysLeft: Int
        var met: Bool
    }

    struct GoalsJSON: Encodable {
        var month: String
        var goals: [GoalJSON]
        var streak: Int
    }

    func run() throws {
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        let m = try month.map { try Parse.month($0, flag: "--month") } ?? today.month
        let progress = GoalProgress.month(store.network, month: m, today: today)
        let streak = GoalProgress.streak(store.network, today: today)
        if json {
            return try Console.json(GoalsJSON(month: m.description, goals: progress.map {
                GoalJSON(goal: $0.goal.measure.description, done: $0.done, target: $0.target, daysLeft: $0.daysLeft, met: $0.isMet)
            }, streak: streak))
        }
        if progress.isEmpty {
            return Console.line("No goals yet. Try: carnet goals set events 2")
        }
        Console.line("Goals for \(m)" + (m == today.month ? " (\(progress[0].daysLeft) days left)" : ""))
        Console.table(progress.map { g in
            [g.goal.measure.description, "\(g.done)/\(g.target)", g.isMet ? "done" : ""]
        })
        Console.line("Streak: \(streak) month\(streak == 1 ? "" : "s") with every goal met")
    }
}

struct GoalsSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a monthly target: events, new-people, reconnects, gives, or an interaction kind (coffee…); 0 turns it off."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "events, new-people, reconnects, gives, or a kind such as coffee.") var goal: String
    @Argument(help: "The target per month.") var target: Int

    func run() throws {
        // Kinds are written in the journal as `carnet log` writes them: folded (Café → cafe).
        // Without a letter there is no word (`Slug.make` gives "person" for nothing at all).
        guard goal.contains(where: \.isLetter), let measure = Goal.Measure(Slug.make(goal)) else {
            throw CLIFailure.usage("'\(Inert.text(goal))' is not a goal (events, new-people, reconnects, gives, or a kind)")
        }
        guard target >= 0 else { throw CLIFailure.usage("the target is 0 or more") }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        do { try store.save(Goal(measure, target: target)) } catch { throw CLIFailure.from(error) }
        Console.line(target == 0 ? "Goal \(measure) turned off" : "Goal: \(measure) \(target) a month")
    }
}
