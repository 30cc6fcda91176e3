/// One cell of a `Canvas`: a grapheme with its role, or the right half of a wide one.
public struct Cell: Equatable, Sendable {
    /// The grapheme shown; a space for a blank cell. Unused on a continuation cell.
    public var character: Character
    /// What the cell means, for the theme.
    public var role: Role
    /// Bold or underline on top of the role's own style.
    public var emphasis: Emphasis
    /// True for the right half of a two-column grapheme drawn in the cell on its left.
    public var isContinuation: Bool

    public init(character: Character = " ", role: Role = .normal,
                emphasis: Emphasis = [], isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.emphasis = emphasis
        self.isContinuation = isContinuation
    }

    /// A blank cell.
    public static let blank = Cell()
}

/// Emphasis a view adds to a role, for a word inside a line (a matched filter, a name).
public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1 << 0)
    public static let underline = Emphasis(rawValue: 1 << 1)
}
