import CarnetCore

/// Everything an import would do, computed before anything is written: the
/// dry run prints it, a real run prints it and saves `contactsToSave` in one
/// store write, so an import lands whole or not at all.
public struct ImportPlan: Sendable {
    /// One person the import adds or touches.
    public struct Entry: Sendable {
        /// The person as they will be after the import.
        public var contact: Contact
        /// As they are now; nil for someone new.
        public var before: Contact?
        /// Where they appear in the file(s): a file may hold the same person twice.
        public var sources: [SourceLocation]
        /// What the import adds or fills in (`e-mail bob@x.com`, `circle Club`).
        public var changes: [String]
        /// Values the file has that differ from the user's; the user's are kept.
        public var differences: [String]
        /// Things to check about the imported data (`role was cut…`), located.
        public var warnings: [String]
    }

    public var format: ImportFormat
    public var added: [Entry] = []
    public var updated: [Entry] = []
    /// People found in the store whom the file does not change (a re-import).
    public var unchanged: [Entry] = []
    public var skipped: [SkippedRecord] = []
    /// About the file as a whole (`read as Windows-1252`).
    public var notices: [String] = []

    /// The contacts to hand to `Store.save(contacts:)`, new ones in file order.
    public var contactsToSave: [Contact] { (updated + added).map(\.contact) }

    /// Whether the import would write nothing.
    public var changesNothing: Bool { added.isEmpty && updated.isEmpty }
}

/// `file:line`, for reports an editor can jump to.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public var description: String { "\(file):\(line)" }
}
