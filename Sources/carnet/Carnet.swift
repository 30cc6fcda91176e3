import ArgumentParser
import CarnetCore

/// `carnet`: the full-screen app, and every action as a subcommand for scripts and cron.
struct Carnet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carnet",
        abstract: "Keep your professional network alive: who to reconnect with today, and why.",
        discussion: """
            With no subcommand, opens the full-screen app on your store (or offers to create \
            one, or to open the demo). Data lives in plain text in the store folder: see \
            docs/store-format.md. A person is named by id or by a unique, accent- and \
            case-insensitive part of their name. Exit codes: 0 ok, 1 bad data, 2 bad usage.
            """,
        subcommands: [
            InitCommand.self, AddCommand.self, EditCommand.self, LogCommand.self, EventCommand.self,
            SnoozeCommand.self, ListCommand.self, ShowCommand.self, ReconnectCommand.self, GoalsCommand.self,
            ObjectiveCommand.self, StatsCommand.self, CirclesCommand.self,
            CheckCommand.self, ImportCommand.self, ExportCommand.self, SnapshotCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Open the built-in demo network (a temporary copy; your store is not touched).")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, or a file (default: $CARNET_THEME).", valueName: "name"))
    var theme: String?

    func run() throws {
        try AppLauncher(arguments: AppArguments(dir: global.dir, today: global.today, theme: theme, demo: demo)).run()
    }
}
