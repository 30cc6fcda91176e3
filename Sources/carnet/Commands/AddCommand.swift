import ArgumentParser
import CarnetCore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Their name.") var name: String
    @Option(help: ArgumentHelp("The id to give them (default: made from the name).", valueName: "id")) var id: String?
    @OptionGroup var fields: ContactOptions

    func run() throws {
        let clean = name.trimmingSpaces
        guard !clean.isEmpty, !clean.contains(where: { $0.isNewline }) else {
            throw CLIFailure.usage("a name is one non-empty line")
        }
        if let id, id.isEmpty || id.contains(where: { $0.isWhitespace || ",:@\"".contains($0) }) {
            throw CLIFailure.usage("--id: '\(Inert.text(id))' is not a valid id (letters, digits and '-', no spaces)")
        }
        let store = try global.openStoreForWriting()
        defer { store.close() }
        let today = try global.resolvedToday()
        let network = store.network
        let newID = id ?? Slug.unique(Slug.make(clean)) { network.contains(id: $0) }
        var contact = Contact(id: newID, name: clean)
        contact.added = today
        try fields.apply(to: &contact, today: today)
        if fields.role != nil { contact.roleSince = nil }  // a role known when adding is not news
        do { try store.add(contact) } catch { throw CLIFailure.from(error) }
        Console.line("Added \(contact.name) (\(contact.id))")
        // A namesake is often the same person added twice: said, not refused (namesakes exist).
        let folded = Folding.key(clean)
        let namesakes = network.contacts.filter { Folding.key($0.name) == folded }.map(\.id)
        if !namesakes.isEmpty {
            Console.warn("note: \(namesakes.joined(separator: ", ")) has the same name; if it is the same person, "
                         + "remove this record from 'contacts' and use 'carnet edit'")
        }
    }
}
