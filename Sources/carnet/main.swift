import ArgumentParser
import CarnetCore
import Foundation

// Our own entry point so that exit codes follow the README: 0 ok, 1 bad data, 2 bad usage
// (ArgumentParser alone would use 64 for usage errors).
do {
    if let problem = UTF8Input.argumentsProblem() { throw CLIFailure.usage(problem) }
    // The usual start skips ArgumentParser (see AppArguments).
    if let app = AppArguments(Array(CommandLine.arguments.dropFirst())) {
        try AppLauncher(arguments: app).run()
    } else {
        // ArgumentParser answers `help NOPE` with the general help and status 0.
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "help", let name = arguments.dropFirst().first, !name.hasPrefix("-"),
           !Carnet.configuration.subcommands.contains(where: { $0.configuration.commandName == name }) {
            throw CLIFailure.usage("no command called '\(name)'; 'carnet help' lists them")
        }
        var command = try Carnet.parseAsRoot()
        try command.run()
        if let problem = shownStoreProblem() { throw CLIFailure.data(problem) }
    }
} catch let failure as CLIFailure {
    // Inert: a message may quote a path or a value the user did not type (a file's name).
    var message = "carnet: \(Inert.text(failure.description, keepNewlines: true))\n"
    // Someone not found may be someone who did not parse.
    if let problem = shownStoreProblem(), failure.description != problem { message += "carnet: \(Inert.text(problem))\n" }
    FileHandle.standardError.write(Data(message.utf8))
    exit(failure.exitCode)
} catch {
    let code = Carnet.exitCode(for: error)
    if code == .success {
        print(Carnet.fullMessage(for: error))
        exit(0)
    }
    if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
    FileHandle.standardError.write(Data((Inert.text(Carnet.fullMessage(for: error), keepNewlines: true) + "\n").utf8))
    exit(2)
}
