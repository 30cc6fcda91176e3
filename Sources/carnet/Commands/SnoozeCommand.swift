import ArgumentParser
import CarnetCore

struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Leave someone out of the reconnect list until a date."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who: an id or a unique part of the name.") var who: String
    @Option(help: ArgumentHelp("Until this day.", valueName: "YYYY-MM-DD")) var until: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("For this long: 14d, 2w, 1m.", valueName: "duration")) var duration: String?
    @Flag(help: "Wake them up: remove the snooze.") var off = false

    func validate() throws {
        let given = [until != nil, duration != nil, off].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give exactly one of --until, --for or --off") }
    }

    func run() throws {
        let today = try global.resolvedToday()
        var date: Day? = nil
        if let until { date = try Parse.day(until, flag: "--until") }
        if let duration { date = today.adding(days: try Parse.duration(duration, flag: "--for")) }
        if let d = date, d <= today { throw CLIFailure.usage("--until: \(d) is not after today (\(today))") }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        var contact = try Parse.person(who, in: store.network)
        if date == nil && !contact.isSnoozed(on: today) { return Console.line("\(contact.name) is not snoozed") }
        contact.snoozedUntil = date
        do { try store.update(contact) } catch { throw CLIFailure.from(error) }
        if let date {
            Console.line("Snoozed \(contact.name) until \(date)")
        } else {
            Console.line("\(contact.name) is back in the reconnect list")
        }
    }
}
