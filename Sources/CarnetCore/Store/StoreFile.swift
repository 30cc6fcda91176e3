/// The files of a store, each with its first line naming kind and format version.
public enum StoreFile: String, CaseIterable, Sendable {
    case contacts, circles, events, goals, journal

    /// `# carnet contacts 1`: lets a reader (and Carnet) know what the file is.
    public var header: String { "# carnet \(rawValue) \(StoreFile.formatVersion)" }

    public static let formatVersion = 1
}
