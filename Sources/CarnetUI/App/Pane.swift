/// The three panes of the main screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case contacts, map, month
}

/// Where the keyboard is: picks the key bindings that apply.
public enum Context: Hashable, Sendable {
    case contacts, map, month, detail, review, help
}

/// How the contact list is ordered.
public enum ContactSort: Int, CaseIterable, Sendable {
    case name, lastContact, due
}
