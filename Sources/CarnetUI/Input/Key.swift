/// A key the user pressed, independent of the terminal that reported it.
public enum Key: Hashable, Sendable {
    /// A printable grapheme, including space.
    case char(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size; the screen must be redrawn at its new size.
    case resize
    /// Control plus a letter, in lower case: Ctrl-G is `.ctrl("g")`.
    case ctrl(Character)
    /// A function key: F1 is `.function(1)`.
    case function(Int)
    /// Text the terminal marked as pasted (bracketed paste): text for a field, never keys
    /// to act on, its line breaks included.
    case paste(String)
}

extension Key: CustomStringConvertible {
    /// How the key is written in help and the status bar: "↑", "Enter", "Ctrl-G", "F5".
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .resize: return "Resize"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        case .paste: return "Paste"
        }
    }
}
