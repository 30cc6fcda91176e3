/// What an importer read from one file (or one directory of vCards).
public struct ParsedFile: Sendable {
    public var people: [ImportedPerson] = []
    /// Records that were recognised but not usable (a LinkedIn row holding only a
    /// date, a card without a name), with the reason, for the import summary.
    public var skipped: [SkippedRecord] = []
    /// Facts about the file as a whole, e.g. "read as Windows-1252 (not UTF-8)".
    public var notices: [String] = []

    public init(people: [ImportedPerson] = [], skipped: [SkippedRecord] = [], notices: [String] = []) {
        self.people = people
        self.skipped = skipped
        self.notices = notices
    }
}

/// A record left out of an import, and why.
public struct SkippedRecord: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}
