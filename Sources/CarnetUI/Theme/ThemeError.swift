/// A problem in a theme file, reported as `file:line: message` like a compiler.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The line names a role Carnet does not have.
        case unknownRole
        /// A colour is not a name, 0–255 nor `#rrggbb`.
        case unknownColor
        /// A word after the colours is not an attribute.
        case unknownAttribute
        /// The line is not `role = fg [on bg] [attributes]`.
        case badSyntax
        /// The role was already set earlier in the file; the later line wins.
        case duplicateRole
        /// No theme by that name, or the file cannot be read.
        case notFound
    }

    public var kind: Kind
    /// The file as the user named it, or `NAME.theme` for a built-in.
    public var file: String
    /// 1-based line number; 0 when the error is about the whole file.
    public var line: Int
    public var message: String

    public init(kind: Kind, file: String, line: Int, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
