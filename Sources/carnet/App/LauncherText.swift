/// The sentences the launcher, the run loop and the welcome screen show, in one place.
/// They live beside the executable because `Strings` (CarnetUI) is about the app's views;
/// a translation of Carnet would translate this file too.
enum LauncherText {
    static let notATerminal =
        "the full-screen app needs a terminal, and standard input or output is not one; "
        + "in scripts, use a subcommand such as 'carnet list' or 'carnet reconnect'"

    static func welcome(path: String) -> String { "No store at \(path)." }
    static let welcomeKeys = "c: create it · d: open the demo · q: quit"
    static let welcomeAbout = "Carnet keeps your network in plain text and tells you who to reconnect with."

    static func changedWhileSaving(_ file: String) -> String {
        "'\(file)' changed outside Carnet, so nothing was written; it is reloaded: check, then save again."
    }
    static let fixedWhileSaving = "The store was fixed on disk, so nothing was written; it is reloaded: check, then save again."
    static func cannotReload(_ reason: String) -> String { "Cannot read the store again: \(reason)" }

    static func noteSaved(_ name: String) -> String { "Saved the note on \(name)." }
    static let noteUnchanged = "The note is unchanged."
    static func editorDidNotStart(_ command: String) -> String {
        "Cannot start the editor '\(command)'; set $VISUAL or $EDITOR to one that is installed."
    }
    static func openerDidNotStart(_ command: String) -> String {
        "Cannot start '\(command)' to open the link; set $CARNET_OPENER to a program that opens links."
    }
    static func openerFailed(_ command: String, _ status: Int32) -> String { "'\(command)' exited with status \(status)." }
    static func opened(_ link: String) -> String { "Opened \(link)." }

    static func editorFailed(_ status: Int32) -> String {
        "The editor exited with status \(status); the note was not changed."
    }
    static func noteKept(_ path: String) -> String {
        "The note changed outside Carnet while you edited it; your text is kept in \(path)."
    }
    static func cannotWriteNote(_ reason: String) -> String { "Cannot prepare the note for the editor: \(reason)" }
}
