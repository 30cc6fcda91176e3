/// Why the store refused or failed to do something. Each says what and where, in words.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// Some file did not parse; writing is refused so that nothing the user wrote is lost.
    case readOnly([Problem])
    /// A file changed on disk since it was read (an editor, `git pull`, another Carnet).
    case changedOutside(file: String)
    /// Another process holds the store's lock.
    case locked(byPID: Int32?)
    case io(path: String, operation: String, errno: Int32)
    case notAStore(path: String)
    case alreadyExists(path: String)
    /// A change the model would not make sense of (duplicate id, unknown person…).
    case invalid(String)

    public var description: String {
        switch self {
        case .readOnly(let problems):
            let first = problems.first { $0.severity == .error } ?? problems.first
            let more = problems.count > 1 ? " (and \(problems.count - 1) more; run 'carnet check')" : ""
            return "the store has errors, so Carnet will not write to it: \(first.map(String.init(describing:)) ?? "?")\(more)"
        case .changedOutside(let file):
            return "'\(file)' was changed outside Carnet since it was read; reload before changing it"
        case .locked(let pid):
            return "another Carnet is writing to this store" + (pid.map { " (process \($0))" } ?? "") + "; try again in a moment"
        case let .io(path, operation, code):
            return "cannot \(operation) \(path): \(SystemError.message(code))"
        case .notAStore(let path):
            return "\(path) is not a Carnet store (no 'contacts' file); run 'carnet init' to create one"
        case .alreadyExists(let path):
            return "\(path) already holds a Carnet store"
        case .invalid(let message):
            return message
        }
    }
}
