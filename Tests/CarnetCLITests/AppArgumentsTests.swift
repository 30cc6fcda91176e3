import XCTest
@testable import carnet

/// The usual start's arguments are read without ArgumentParser (`AppArguments`): what they
/// read must be what ArgumentParser reads, and anything else must go to ArgumentParser.
final class AppArgumentsTests: XCTestCase {
    /// What ArgumentParser makes of a command line that starts the app.
    private func parsedByArgumentParser(_ arguments: [String]) throws -> AppArguments {
        let command = try Carnet.parseAsRoot(arguments)
        let app = try XCTUnwrap(command as? Carnet, "\(arguments) is not the app's command line")
        return AppArguments(dir: app.global.dir, today: app.global.today, theme: app.theme, demo: app.demo)
    }

    func testThePlainSpellingsReadAsArgumentParserReadsThem() throws {
        let lines: [[String]] = [
            [],
            ["--dir", "/home/ana/carnet"],
            ["--dir=/home/ana/carnet"],
            ["--dir", "dossier avec espaces/é 王"],
            ["--demo"],
            ["--demo", "--theme", "light"],
            ["--theme=high-contrast", "--demo"],
            ["--today", "2026-11-20", "--dir", "store"],
            ["--today=2026-02-30"],               // not a date: refused later, the same way by both
            ["--dir", "list"],                    // a value that is also a subcommand's name
            ["--dir", "a=b"],
            ["--dir=--demo"],
        ]
        for line in lines {
            let fast = try XCTUnwrap(AppArguments(line), "\(line) should be read without ArgumentParser")
            XCTAssertEqual(fast, try parsedByArgumentParser(line), "\(line)")
        }
        XCTAssertEqual(AppArguments(["--dir", "x", "--today", "2026-01-02", "--theme", "mono", "--demo"]),
                       AppArguments(dir: "x", today: "2026-01-02", theme: "mono", demo: true))
    }

    func testEverythingElseIsLeftToArgumentParser() {
        let lines: [[String]] = [
            ["list"], ["list", "--dir", "x"], ["--dir", "x", "list"], ["reconnect"],
            ["--help"], ["-h"], ["help"], ["--version"],
            ["--dir"], ["--dir="], ["--dir", "--demo"], ["--dir", "-x"],
            ["--dir", "a", "--dir", "b"], ["--demo", "--demo"], ["--theme=a", "--theme", "b"],
            ["--no-such-option"], ["--demo=yes"], ["--generate-completion-script", "bash"],
            ["--", "--dir"], ["stray"], ["--dir", "x", "stray"],
        ]
        for line in lines {
            XCTAssertNil(AppArguments(line), "\(line) should be read by ArgumentParser")
        }
    }
}
