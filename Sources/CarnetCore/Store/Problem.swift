/// Something wrong in the store, located: `contacts:42: '2026-13-01' is not a date in 'met'`.
public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The file did not parse: Carnet will not write over it.
        case error
        /// The file parsed but says something inconsistent (a journal line naming no one known).
        case warning
    }

    public var file: String
    /// 1-based; 0 when the problem is about the whole file.
    public var line: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, _ message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
