import ArgumentParser
import CarnetCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Measure the network: size, growth, activity, give/ask balance, circle health, diversity."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON (the whole measure, including per-contact balances).") var json = false

    func run() throws {
        let store = try global.openStoreToShow()
        let today = try global.resolvedToday()
        let stats = NetworkStats.compute(store.network, today: today)
        if json { return try Console.json(stats) }

        Console.line("\(stats.size) people")
        let b = stats.balance
        let verdict = b.gave + b.asked + b.received == 0 ? " — nothing given or asked logged yet"
            : b.net > 0 ? " — you give more than you take" : b.net == 0 ? " — as much given as taken" : " — time to give back"
        Console.line("Give/ask: gave \(b.gave), asked \(b.asked), received \(b.received)" + verdict)
        Console.line()
        Console.line("Last 12 months")
        Console.table(zip(stats.growth, stats.interactionsPerMonth).map { g, i in
            [g.month, "+\(g.count) " + (g.count == 1 ? "person" : "people"),
             "\(i.count) interaction" + (i.count == 1 ? "" : "s")]
        })
        Console.line()
        Console.line("Circles")
        Console.table(stats.circles.map { c in
            [c.name, "\(c.members) people", "\(Int((c.warmth * 100).rounded()))% warm", c.cold > 0 ? "\(c.cold) cold" : "",
             c.averageDaysSinceLast.map { "avg \($0)d since contact" } ?? ""]
        })
        if !stats.bridges.isEmpty {
            Console.line()
            Console.line("Bridges (people in several circles)")
            for bridge in stats.bridges.prefix(10) { Console.line("  \(bridge.name): \(bridge.circles.joined(separator: " ↔ "))") }
        }
        Console.line()
        Console.line("Diversity")
        func shares(_ label: String, _ list: [Diversity.Share]) {
            guard !list.isEmpty else { return }
            Console.line("  \(label): " + list.prefix(6).map { "\($0.value) \($0.count)" }.joined(separator: " · "))
        }
        shares("sectors", stats.diversity.sectors)
        shares("cities", stats.diversity.cities)
        shares("countries", stats.diversity.countries)
        shares("seniority", stats.diversity.seniority)
    }
}
