import CarnetCore

/// Work `update` asks the run loop to do: everything that touches the disk, a program or
/// the process. The loop answers with `Action.saved` or `Action.failed`.
public enum Effect: Equatable, Sendable {
    /// Add or update people, in one write.
    case saveContacts([Contact], message: String)
    case log(Interaction, message: String)
    /// An event, the new people met there, and those met again (logged as an `event`).
    case recordEvent(Event, newPeople: [Contact], metAgain: [String], message: String)
    /// Open the person's note in `$EDITOR`, then save it.
    case editNote(contactID: String)
    /// Hand a checked link (`SafeOpener.link`) to the system's opener, without a shell.
    case openLink(String)
    /// Read the store again (it changed on disk).
    case reload
    case quit
}

/// Everything that can happen to the app: keys, the terminal, and answers to effects.
public enum Action: Equatable, Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// An effect succeeded; the store's network now is this.
    case saved(Network, message: String)
    case failed(String)
    /// The store changed on disk, outside this app.
    case changedOutside
    /// Nothing happened for a while: a moment to prepare what the next keys will need.
    case idle
    /// The store was read again.
    case reloaded(Network, readOnly: String?)
}
