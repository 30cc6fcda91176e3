/// What the run loop receives from the terminal: a key, or news about the terminal itself.
///
/// Kept apart from `Key` because these are not things a key map binds: the
/// run loop must save and exit on `hangup` and `terminate` whatever screen is open.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The window changed size, or the app came back from Ctrl-Z: redraw everything.
    case resize
    /// The terminal is gone (SIGHUP from a dropped SSH session, or input closed):
    /// save and exit without drawing.
    case hangup
    /// Asked to stop (SIGTERM, SIGINT): save, restore the terminal and exit.
    case terminate
    /// Nothing happened before the timeout; a chance to notice outside changes.
    case timeout
}
