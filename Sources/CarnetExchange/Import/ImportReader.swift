import Foundation

/// The formats `carnet import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    case linkedin, google, outlook, vcard

    /// How the user knows the format, for messages.
    public var displayName: String {
        switch self {
        case .linkedin: "LinkedIn Connections.csv"
        case .google: "Google Contacts CSV"
        case .outlook: "Outlook CSV"
        case .vcard: "vCard"
        }
    }
}

/// Reads an export file (or a directory of `.vcf` files) into `ImportedPerson`s.
/// Nothing here touches the store: see `ImportPlanner` for what happens next.
public enum ImportReader {
    /// Larger than any real address book export (a 10,000-person LinkedIn file is
    /// about 1 MB, vCards with photos a few tens); refusing beats exhausting memory.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// Reads `path` as `format`. For `.vcard`, `path` may be a directory: every
    /// `.vcf` file in it (not in subdirectories, like a vdir) is read, by name order.
    public static func read(_ format: ImportFormat, path: String) throws -> ParsedFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, "no such file")
        }
        if isDirectory.boolValue {
            guard format == .vcard else {
                throw ImportError(file: path, "is a directory; a \(format.displayName) export is one file")
            }
            return try readVCardDirectory(path)
        }
        return try parse(format, bytes: readBytes(path), file: path)
    }

    /// Parses bytes already in memory; `file` names them in messages.
    public static func parse(_ format: ImportFormat, bytes: [UInt8], file: String) throws -> ParsedFile {
        if format == .vcard { return try VCardReader.parse(bytes, file: file) }
        let decoded = try TextDecoding.decode(bytes, file: file)
        var result: ParsedFile
        switch format {
        case .linkedin: result = try LinkedInCSV.parse(decoded.text, file: file)
        case .google: result = try GoogleCSV.parse(decoded.text, file: file)
        case .outlook: result = try OutlookCSV.parse(decoded.text, file: file)
        case .vcard: fatalError("handled above")
        }
        if let notice = decoded.notice { result.notices.insert(notice, at: 0) }
        return result
    }

    private static func readVCardDirectory(_ path: String) throws -> ParsedFile {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw ImportError(file: path, "cannot list the directory: \(error.localizedDescription)")
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        // Files only: a folder named `x.vcf` is a subfolder, which a vdir's reader leaves alone.
        let cards = names.filter { name in
            var isDirectory: ObjCBool = false
            return name.lowercased().hasSuffix(".vcf") && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
        guard !cards.isEmpty else { throw ImportError(file: path, "no .vcf files in this directory") }
        var result = ParsedFile()
        for name in cards {
            let file = folder + name
            let one = try VCardReader.parse(readBytes(file), file: file)
            result.people += one.people
            result.skipped += one.skipped
            result.notices += one.notices.map { "\(name): \($0)" }
        }
        return result
    }

    private static func readBytes(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(file: path, "cannot be read (permissions?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw ImportError(file: path, "cannot be read: \(error.localizedDescription)")
        }
        if data.count > maximumFileSize {
            throw ImportError(file: path, "is larger than \(maximumFileSize / 1024 / 1024) MB; not an address book export")
        }
        return [UInt8](data)
    }
}
