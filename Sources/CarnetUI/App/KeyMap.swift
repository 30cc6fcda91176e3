/// The one table of key bindings: `update` dispatches with it and `?` renders it, so the
/// help can never disagree with what the keys do.
public struct Binding: Sendable {
    public let keys: [Key]
    public let command: Command
    /// What the help says it does.
    public let help: String
    /// Shown in the status bar when set: the few keys that matter in that context.
    public let hint: String?

    init(_ keys: [Key], _ command: Command, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
    }

    /// "j/↓" — how the keys are written in help.
    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

public enum KeyMap {
    public static func bindings(for context: Context) -> [Binding] {
        switch context {
        case .contacts: return moves + [
            Binding([.enter], .open, "open the person's details", hint: "open"),
            Binding([.char("/")], .filter, "filter by name, company, role, circle, tag or note", hint: "filter"),
            Binding([.escape], .clearFilter, "clear the filter"),
            Binding([.char("o")], .cycleSort, "sort by name, last contact or due"),
            Binding([.char("x")], .clearCircle, "show every circle again"),
            Binding([.char("l")], .log, "log an interaction with them", hint: "log"),
            Binding([.char("s")], .snooze, "snooze them", hint: "snooze"),
            Binding([.char("e")], .edit, "edit them"),
            Binding([.char("n")], .editNote, "edit their note in $EDITOR"),
        ] + everywhere
        case .map: return moves + [
            Binding([.enter], .open, "list the people of this circle", hint: "show people"),
        ] + everywhere
        case .month: return moves + [
            Binding([.enter], .open, "open the person's details", hint: "open"),
            Binding([.char("l")], .log, "log an interaction with them", hint: "log"),
            Binding([.char("s")], .snooze, "snooze them", hint: "snooze"),
        ] + everywhere
        case .detail: return [
            Binding([.char("j"), .down], .down, "scroll down"),
            Binding([.char("k"), .up], .up, "scroll up"),
            Binding([.escape, .char("q"), .left], .back, "back", hint: "back"),
            Binding([.char("l")], .log, "log an interaction", hint: "log"),
            Binding([.char("s")], .snooze, "snooze", hint: "snooze"),
            Binding([.char("e")], .edit, "edit", hint: "edit"),
            Binding([.char("n")], .editNote, "edit the note in $EDITOR", hint: "note"),
            Binding([.char("w")], .openLink, "open their LinkedIn or web page, else write to them"),
            Binding([.char("?")], .help, "show every key", hint: "help"),
        ]
        case .review: return [
            Binding([.char("l")], .log, "log what you did", hint: "log"),
            Binding([.char("s")], .snooze, "snooze them", hint: "snooze"),
            Binding([.char("n"), .char(" "), .right], .skip, "skip to the next person", hint: "skip"),
            Binding([.enter, .char("o")], .open, "open their details", hint: "open"),
            Binding([.escape, .char("q")], .back, "end the review", hint: "end"),
            Binding([.char("?")], .help, "show every key", hint: "help"),
        ]
        case .help: return []
        }
    }

    /// The command a key means in a context, if any.
    public static func command(for key: Key, in context: Context) -> Command? {
        bindings(for: context).first { $0.keys.contains(key) }?.command
    }

    private static let moves: [Binding] = [
        Binding([.char("j"), .down], .down, "move down"),
        Binding([.char("k"), .up], .up, "move up"),
        Binding([.pageDown, .ctrl("d")], .pageDown, "page down"),
        Binding([.pageUp, .ctrl("u")], .pageUp, "page up"),
        Binding([.char("g"), .home], .top, "first"),
        Binding([.char("G"), .end], .bottom, "last"),
    ]

    private static let everywhere: [Binding] = [
        Binding([.tab], .nextPane, "next pane"),
        Binding([.backTab], .previousPane, "previous pane"),
        Binding([.char("1")], .showPane(.contacts), "contacts"),
        Binding([.char("2")], .showPane(.map), "circle map"),
        Binding([.char("3")], .showPane(.month), "this month"),
        Binding([.char("r")], .review, "start the daily review", hint: "review"),
        Binding([.char("a")], .add, "add a person", hint: "add"),
        Binding([.char("v")], .event, "record an event and the people met"),
        Binding([.char("?")], .help, "show every key", hint: "help"),
        Binding([.char("q")], .quit, "quit", hint: "quit"),
    ]
}
