import ArgumentParser
import CarnetCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty store.")

    @OptionGroup var global: GlobalOptions

    // Not `--demo`: the root command owns that flag and ArgumentParser gives it to the root.
    @Flag(name: .customLong("with-demo"), help: "Fill the new store with the demo network.") var demo = false

    func run() throws {
        let dir = try global.storeDirectory()
        do {
            let store = try Store.create(at: dir)
            if demo { try DemoStore.fill(store, today: try global.resolvedToday()) }
        } catch let e as StoreError {
            throw CLIFailure.data(e.description)
        }
        Console.line("Created a store in \(dir)")
    }
}
