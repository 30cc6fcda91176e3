import CarnetCore

/// A file that cannot be imported at all: empty, binary, not the claimed format.
/// The message names the file (and the line when one is to blame), in the
/// `FILE:LINE: message` shape `carnet check` uses, so editors can jump to it.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The file's name made inert: a name is data too (a vdir's files are named by a
    /// server), and an escape sequence in it must not reach the terminal.
    public var description: String {
        if let line { return "\(Inert.text(file)):\(line): \(message)" }
        return "\(Inert.text(file)): \(message)"
    }
}
