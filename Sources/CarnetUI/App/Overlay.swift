import CarnetCore

/// What is drawn over the panes and takes the keyboard until closed.
public enum Overlay: Equatable, Sendable {
    /// `?`: the bindings of the context underneath, scrolled by `scroll` rows.
    case help(Context, scroll: Int)
    case form(AppForm)
    /// Choosing how long to snooze someone.
    case snooze(SnoozeChoice)
}

/// A form with what it is for, and whether it waits for the store to save it.
public struct AppForm: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case addContact
        case editContact(id: String)
        case log(people: [String])
        case event
        case snoozeUntil(id: String)
    }

    public var purpose: Purpose
    public var form: Form
    /// Submitted and handed to the store; closed when the save succeeds, kept (with what the
    /// user typed) when it fails.
    public var isSaving = false
    /// The values the form opened with: an edit saves only the fields the user changed, so
    /// that a change made outside meanwhile (and reloaded) is not written back over.
    public let initial: [String: String]
    /// Esc was pressed once on a form holding changes: the next Esc discards them.
    public var confirmsDiscard = false

    public init(_ purpose: Purpose, _ form: Form) {
        self.purpose = purpose
        self.form = form
        initial = form.values
    }
}

/// The `s` picker: a week, a month, or a date.
public struct SnoozeChoice: Equatable, Sendable {
    public var contactID: String
    public var selection = 0

    public init(contactID: String) { self.contactID = contactID }
}

/// A line of news at the bottom: what just happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
