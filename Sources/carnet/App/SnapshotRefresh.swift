import CarnetTerminal

/// Has the store's snapshot written by `carnet snapshot` in a process of its own, detached:
/// after a start or a reload that read text, and at quit after the contacts file changed.
/// Written inside the app, on its second core, the tables of texts and lists it builds came
/// on top of the app's own peak (43 MB at 10,000 people, over the 40 MB the app keeps to);
/// apart, the app's memory is only the store's, and the writing survives the app's exit.
enum SnapshotRefresh {
    static func start(directory: String) {
        ExternalProgram.detach(ownPath, [CommandLine.arguments[0], "snapshot", "--dir", directory])
    }

    /// This program's file, to run it again.
    private static var ownPath: String {
        #if os(Linux)
        return "/proc/self/exe"
        #else
        return CommandLine.arguments[0]
        #endif
    }
}
