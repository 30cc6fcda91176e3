/// What a key asks for, whatever key it was: the key map turns keys into commands.
public enum Command: Hashable, Sendable {
    case down, up, pageDown, pageUp, top, bottom
    case nextPane, previousPane, showPane(Pane)
    case open, back
    case filter, clearFilter, cycleSort, clearCircle
    case add, edit, log, event, snooze, editNote, openLink
    case review, skip
    case help, quit
}
