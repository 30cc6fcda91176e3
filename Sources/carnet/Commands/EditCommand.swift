import ArgumentParser
import CarnetCore

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a person's fields.",
        discussion: "Only the fields given change; an empty value (--company \"\") clears one. A new --role records today as the day it started, an occasion to congratulate."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who: an id or a unique part of the name.") var who: String
    @Option(help: "A new name (the id stays).") var name: String?
    @Option(name: .customLong("add-circle"), help: ArgumentHelp("Add a circle, keeping the others.", valueName: "name"))
    var addCircles: [String] = []
    @Option(name: .customLong("remove-circle"), help: ArgumentHelp("Leave a circle.", valueName: "name"))
    var removeCircles: [String] = []
    @OptionGroup var fields: ContactOptions

    func run() throws {
        let store = try global.openStoreForWriting()
        defer { store.close() }
        let today = try global.resolvedToday()
        var contact = try Parse.person(who, in: store.network)
        let before = contact
        if let name {
            guard let n = name.emptyAsNil, !n.contains(where: { $0.isNewline }) else { throw CLIFailure.usage("a name is one non-empty line") }
            contact.name = n
        }
        try fields.apply(to: &contact, today: today)
        for c in addCircles where !contact.circles.contains(where: { Folding.key($0) == Folding.key(c) }) {
            contact.circles.append(c.trimmingSpaces)
        }
        let removed = Set(removeCircles.map { Folding.key($0) })
        contact.circles.removeAll { removed.contains(Folding.key($0)) }
        guard contact != before else {
            Console.line("Nothing to change for \(contact.name) (\(contact.id))")
            return
        }
        do { try store.update(contact) } catch { throw CLIFailure.from(error) }
        Console.line("Updated \(contact.name) (\(contact.id))")
    }
}
