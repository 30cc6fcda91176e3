import ArgumentParser
import CarnetCore
import CarnetExchange

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring people in from LinkedIn, Google, Outlook or vCard files.",
        discussion: """
            FORMAT is linkedin (Connections.csv), google (Google Contacts CSV), outlook \
            (Outlook CSV) or vcard (a .vcf file, or a folder of them). People already in the \
            store (same e-mail, same LinkedIn URL, or same name and company) are updated, never \
            duplicated; a value you set yourself is kept and the difference reported. The \
            import lands whole or not at all. See docs/import-export.md.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "linkedin, google, outlook or vcard.") var format: String
    @Argument(help: "The exported file (or, for vcard, a folder of .vcf files).") var file: String
    @Option(help: ArgumentHelp("Also put everyone imported in this circle.", valueName: "name")) var circle: String?
    @Flag(name: .customLong("dry-run"), help: "Show what would be added, updated and skipped; write nothing.") var dryRun = false

    func run() throws {
        guard let kind = ImportFormat(rawValue: format.lowercased()) else {
            throw CLIFailure.usage("'\(Inert.text(format))' is not a format (linkedin, google, outlook, vcard)")
        }
        if let circle, circle.contains(",") || circle.trimmingSpaces.isEmpty {
            throw CLIFailure.usage("--circle: a circle's name is non-empty and has no comma")
        }
        let today = try global.resolvedToday()
        let store = dryRun ? try global.openStore() : try global.openStoreForWriting()
        defer { store.close() }
        let plan: ImportPlan
        do {
            plan = try Importer.plan(kind, path: file, into: store.network, circle: circle, today: today)
        } catch let error as ImportError {
            throw CLIFailure.data(error.description)
        }
        Console.line(ImportReport.text(plan, file: file, dryRun: dryRun).trimmingTrailingNewline)
        guard !dryRun else { return }
        do { try Importer.apply(plan, to: store) } catch { throw CLIFailure.from(error) }
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
