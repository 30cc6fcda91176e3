import ArgumentParser
import CarnetCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record an interaction with one or more people (appended to the journal)."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who: ids or unique parts of names.") var who: [String]
    @Option(help: ArgumentHelp("When (default: today).", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("What: \(InteractionKind.all.joined(separator: ", ")).", valueName: "kind")) var kind = "message"
    @Option(help: ArgumentHelp("How: in-person, phone, written, online (default: from the kind).", valueName: "channel")) var channel: String?
    @Option(help: ArgumentHelp("What you gave (an intro, advice…).", valueName: "what")) var gave: String?
    @Option(help: ArgumentHelp("What you asked for.", valueName: "what")) var asked: String?
    @Option(help: ArgumentHelp("What they gave you.", valueName: "what")) var received: String?
    @Option(help: "A note.") var note: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("When to follow up.", valueName: "YYYY-MM-DD")) var followUp: String?
    @Option(help: ArgumentHelp("The id of the event this happened at.", valueName: "event")) var event: String?

    func validate() throws {
        guard !who.isEmpty else { throw ValidationError("name at least one person") }
        guard [gave, asked, received].compactMap({ $0 }).count <= 1 else {
            throw ValidationError("--gave, --asked and --received exclude each other: one exchange per line")
        }
    }

    func run() throws {
        let kindWord = Slug.make(kind)
        guard !kind.trimmingSpaces.isEmpty, kindWord.allSatisfy({ $0.isLetter || $0 == "-" }) else {
            throw CLIFailure.usage("--kind: '\(Inert.text(kind))' is not a kind (\(InteractionKind.all.joined(separator: ", ")))")
        }
        var parsedChannel: Channel? = nil
        if let channel {
            guard let c = Channel(rawValue: channel) else {
                throw CLIFailure.usage("--channel: '\(Inert.text(channel))' is not in-person, phone, written or online")
            }
            parsedChannel = c
        }
        let today = try global.resolvedToday()
        let when = try date.map { try Parse.day($0, flag: "--date") } ?? today
        if when > today {
            throw CLIFailure.usage("--date: \(when) is after today; log what happened (use --follow-up for what comes next)")
        }
        let follow = try followUp.map { try Parse.day($0, flag: "--follow-up") }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        var people: [Contact] = []
        for name in who {
            let c = try Parse.person(name, in: store.network)
            if !people.contains(where: { $0.id == c.id }) { people.append(c) }  // "ann ann" is one person
        }
        let exchange: Exchange = gave.map { .gave($0) } ?? asked.map { .asked($0) } ?? received.map { .received($0) } ?? .neutral
        let x = Interaction(date: when, people: people.map(\.id), kind: kindWord, channel: parsedChannel,
                            exchange: exchange, note: note?.emptyAsNil, followUp: follow, event: event?.emptyAsNil)
        do { try store.log(x) } catch { throw CLIFailure.from(error) }
        Console.line("Logged \(kindWord) with \(people.map(\.name).joined(separator: ", ")) on \(when)")
    }
}
