import CarnetCore
import Foundation

/// `carnet export vcard|csv|json|ics`: the network in formats other tools read.
/// Each returns the file's text; nothing here touches the store.
public enum Exporter {
    /// Every contact as one vCard 4.0 file (CRLF, lines folded at 75 octets).
    public static func vcard(_ network: Network) -> String {
        VCardWriter.cards(network.contacts)
    }

    /// One vCard per person, named `<id>.vcf`: a vdir that khard and vdirsyncer use.
    public static func vcardFiles(_ network: Network) -> [(name: String, contents: String)] {
        network.contacts.map { (fileName(for: $0.id), VCardWriter.card($0)) }
    }

    /// A person's file in a vdir: `ID.vcf`, with `%`, `/` and a leading `.` percent-encoded,
    /// so that every id the store accepts (`team/alice`, `.dot`) names one visible file in
    /// the folder; the card inside carries the id itself (`X-CARNET-ID`).
    static func fileName(for id: String) -> String {
        var name = ""
        for (i, scalar) in id.unicodeScalars.enumerated() {
            switch scalar {
            case "%": name += "%25"
            case "/": name += "%2F"
            case "." where i == 0: name += "%2E"  // the first scalar: a combining mark may follow
            default: name.unicodeScalars.append(scalar)
            }
        }
        return name + ".vcf"
    }

    /// Writes `vcardFiles` into `directory` (created 0700 if missing; files 0600,
    /// each replaced atomically). Files of people no longer in the network are left
    /// alone: deleting in a synced folder is for the user to decide. Returns the count.
    @discardableResult
    public static func writeVCardDirectory(_ network: Network, to directory: String) throws -> Int {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError(path: directory, message: "exists and is not a directory")
            }
        } else {
            do {
                try fm.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            } catch {
                throw ExportError(path: directory, message: "cannot be created: \(error.localizedDescription)")
            }
        }
        let files = vcardFiles(network)
        for file in files {
            let path = directory + "/" + file.name
            do {
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            } catch {
                throw ExportError(path: path, message: "cannot be written: \(error.localizedDescription)")
            }
        }
        return files.count
    }

    /// CSV with Google Contacts' header.
    public static func csv(_ network: Network) -> String {
        GoogleCSVWriter.csv(network.contacts)
    }

    /// The whole model: contacts, circles, journal, events, goals, objective.
    public static func json(_ network: Network) throws -> String {
        try JSONExport.json(network)
    }

    /// Birthdays, open follow-ups and today's reconnect list for a calendar app.
    /// `reconnect` defaults to what `ReconnectPlanner` suggests for `today`; `today`
    /// also fixes `DTSTAMP`, so the output is deterministic.
    public static func icalendar(_ network: Network, today: Day, reconnect: [Suggestion]? = nil) -> String {
        ICalendarWriter.calendar(network, today: today,
                                 reconnect: reconnect ?? ReconnectPlanner.plan(network, today: today))
    }
}

public struct ExportError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}
