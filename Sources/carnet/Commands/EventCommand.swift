import ArgumentParser
import CarnetCore

struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Record an event and the people met there.",
        discussion: """
            A --met name not in the store creates that person, met at this event: they come \
            back in the reconnect list as follow-ups until you log something with them. People \
            already in the store get an 'event' line in the journal.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The event's name.") var name: String
    @Option(help: ArgumentHelp("When it took place.", valueName: "YYYY-MM-DD")) var date: String
    @Option(help: ArgumentHelp("conference, meetup, afterwork, seminar, association…", valueName: "kind")) var kind: String?
    @Option(help: "Where.") var place: String?
    @Option(help: ArgumentHelp("How many new people you meant to meet.", valueName: "n")) var target: Int?
    @Option(name: .customLong("met"), help: ArgumentHelp("Someone met there (repeatable); new names are added.", valueName: "person"))
    var met: [String] = []
    @Option(help: ArgumentHelp("The id to give the event (default: from name and month).", valueName: "id")) var id: String?
    @Option(help: "A note.") var note: String?

    func run() throws {
        let when = try Parse.day(date, flag: "--date")
        let today = try global.resolvedToday()
        guard let eventName = name.emptyAsNil else { throw CLIFailure.usage("an event needs a name") }
        if let target, target < 0 { throw CLIFailure.usage("--target: a number of people, 0 or more") }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        var network = store.network
        let eventID = id ?? Slug.unique(Slug.make(eventName + " " + when.month.description)) { network.event(id: $0) != nil }
        var event = network.event(id: eventID) ?? Event(id: eventID, name: eventName, date: when)
        event.name = eventName
        event.date = when
        if let kind { event.kind = kind.emptyAsNil }
        if let place { event.place = place.emptyAsNil }
        if let target { event.target = target }
        if let note { event.note = note.emptyAsNil }

        var newPeople: [Contact] = []
        var known: [Contact] = []
        if !met.isEmpty && when > today {
            throw CLIFailure.usage("--date: \(when) is after today; record the people met once the event has taken place")
        }
        for who in met {
            switch PersonLookup.find(who, in: network) {
            case .success(let c):
                // Named twice, or created a line above: one person.
                if !known.contains(where: { $0.id == c.id }) && !newPeople.contains(where: { $0.id == c.id }) { known.append(c) }
            case .failure(.ambiguous(_, let candidates)):
                throw CLIFailure.data("'\(Inert.text(who))' could be: \(candidates.joined(separator: ", ")); use an id")
            case .failure(.unknown):
                guard let clean = who.emptyAsNil else { continue }
                var c = Contact(id: Slug.unique(Slug.make(clean)) { network.contains(id: $0) }, name: clean)
                c.met = Contact.Met(date: when, event: eventID)
                c.added = today
                network.upsert(c)
                newPeople.append(c)
            }
        }
        for c in newPeople + known where !event.met.contains(c.id) { event.met.append(c.id) }
        do {
            if !newPeople.isEmpty { try store.save(contacts: newPeople) }
            try store.save(event)
            if !known.isEmpty {
                try store.log(Interaction(date: when, people: known.map(\.id), kind: "event", event: eventID))
            }
        } catch { throw CLIFailure.from(error) }
        Console.line("Recorded \(event.name) (\(event.id)) on \(when)")
        for c in newPeople { Console.line("  new: \(c.name) (\(c.id))") }
        for c in known { Console.line("  met again: \(c.name) (\(c.id))") }
    }
}
