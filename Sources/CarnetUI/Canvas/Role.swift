/// What a piece of the screen means; a theme maps each role to colours and attributes.
///
/// Views say *what* they draw (a due date, a selected row), never which colour,
/// so a theme can restyle the whole app. Raw values are the names used in
/// `.theme` files.
public enum Role: String, CaseIterable, Sendable {
    /// Plain text.
    case normal
    /// The app's title bar.
    case title
    /// Column headers and section titles.
    case header
    /// The selected row in the focused pane.
    case selection
    /// The selected row in a pane without focus.
    case selectionInactive = "selection-inactive"
    /// Secondary text: dates, counts, hints.
    case dim
    /// Something to draw the eye to.
    case accent
    /// A contact due for a reconnect today.
    case due
    /// A contact past their cadence.
    case overdue
    /// A circle or contact going cold.
    case cold
    /// A circle or contact kept warm.
    case warm
    /// The filled part of a progress bar.
    case progress
    /// The empty part of a progress bar.
    case progressEmpty = "progress-empty"
    /// Box and pane borders.
    case border
    /// The border of the focused pane.
    case borderFocused = "border-focused"
    /// A pane tab without focus.
    case tab
    /// The tab of the focused pane.
    case tabActive = "tab-active"
    /// The status bar at the bottom.
    case status
    /// A key shown in the status bar.
    case statusKey = "status-key"
    /// An informational message ("Saved").
    case message
    /// An error message.
    case error
    /// A warning ("store opened read-only").
    case warning
    /// A success, such as a goal reached.
    case success
    /// Help overlay text.
    case help
    /// A key name in help.
    case key
    /// A text field being edited.
    case input
    /// The cursor inside a text field.
    case cursor
    /// Placeholder text of an empty field.
    case placeholder
    /// An interaction where the user gave.
    case gave
    /// An interaction where the user asked.
    case asked
    /// A circle's name.
    case circle
    /// A link (email, URL).
    case link
}
