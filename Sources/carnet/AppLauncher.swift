import CarnetCore

/// Starts the full-screen app. (Wired to CarnetTerminal once the app lands.)
struct AppLauncher {
    let global: GlobalOptions
    let demo: Bool
    let theme: String?

    func run() throws {
        throw CLIFailure.usage("the full-screen app is not built yet; see 'carnet --help' for the commands")
    }
}

/// Fills a store with the built-in demo network.
enum DemoStore {
    static func fill(_ store: Store, today: Day) throws {
        throw CLIFailure.usage("the demo network is not built yet")
    }
}
