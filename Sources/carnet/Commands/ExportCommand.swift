import ArgumentParser
import CarnetCore
import CarnetExchange
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network as vCard, CSV, JSON or iCalendar.",
        discussion: """
            vcard: vCard 4.0 with circles as CATEGORIES; with -o DIR (an existing or new \
            folder), one .vcf per person, a vdir that khard and vdirsyncer read. csv: Google \
            Contacts' columns. json: the whole model. ics: birthdays as yearly events, \
            follow-ups and today's reconnect suggestions as to-dos. Without -o, to standard output.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "vcard, csv, json or ics.") var format: String
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (or folder, for a vCard vdir).", valueName: "path"))
    var output: String?

    func run() throws {
        if let output, try Self.isPartOfStore(output, store: global.storeDirectory()) {
            throw CLIFailure.usage("\(Inert.text(output)) is the store or one of its files; export outside the store")
        }
        let store = try global.openStore()
        // Said once the output is written, with status 1, as the commands that show it.
        noteShown(store)
        let today = try global.resolvedToday()
        let network = store.network
        let text: String
        switch format.lowercased() {
        case "vcard", "vcf":
            // A path that does not name a .vcf file is a folder: one card per person (a vdir).
            if let output, !output.lowercased().hasSuffix(".vcf") || FileSystemCheck.isDirectory(output) {
                do {
                    let count = try Exporter.writeVCardDirectory(network, to: output)
                    return Console.warn("wrote \(count) cards to \(output)")
                } catch let e as ExportError { throw CLIFailure.data(e.description) }
            }
            text = Exporter.vcard(network)
        case "csv": text = Exporter.csv(network)
        case "json": text = try Exporter.json(network)
        case "ics", "ical", "icalendar": text = Exporter.icalendar(network, today: today)
        default:
            throw CLIFailure.usage("'\(Inert.text(format))' is not a format (vcard, csv, json, ics)")
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // Exports hold private data: 0600, like the store.
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIFailure.data("cannot write \(output)")
        }
    }
}

extension ExportCommand {
    /// Whether `path` is the store's folder or one of its files (`contacts`, `journal`…):
    /// an export written there replaced the user's records with a CSV or a JSON document.
    static func isPartOfStore(_ path: String, store: String) -> Bool {
        func resolved(_ p: String) -> String? {
            guard let r = realpath(p, nil) else { return nil }
            defer { free(r) }
            return String(cString: r)
        }
        guard let folder = resolved(store) else { return false }
        let url = URL(fileURLWithPath: path)
        let target = resolved(path) ?? resolved(url.deletingLastPathComponent().path).map { $0 + "/" + url.lastPathComponent }
        guard let target else { return false }
        return target == folder || StoreFile.allCases.contains { target == folder + "/" + $0.rawValue }
    }
}

enum FileSystemCheck {
    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
