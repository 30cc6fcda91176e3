import Foundation
import XCTest
@testable import CarnetUI

final class ThemeParserTests: XCTestCase {
    func testGoodFile() {
        let text = """
        # a comment
        normal    = default
        title     = bright-white on blue bold   # trailing comment
        selection = black on #5fafff reverse
        due       = 214 underline dim
        dim       = dim
        	  # an indented comment
        	Warm	=	#ff8700#not-a-comment-start
        Border-Focused = 244 # and a comment after a tab	or two

        """
        let (theme, errors) = ThemeParser.parse(text, file: "mine.theme", over: Theme(name: "base"))
        XCTAssertEqual(theme[.warm], .plain, "'#ff8700#not…' is one word, not a colour")
        XCTAssertEqual(theme[.borderFocused], Style(foreground: .indexed(244)), "role names are trimmed and any case")
        XCTAssertEqual(errors.map(\.line), [8], "only the colour glued to a '#'")
        XCTAssertEqual(theme[.normal], .plain)
        XCTAssertEqual(theme[.title], Style(foreground: .ansi(15), background: .ansi(4), attributes: .bold))
        XCTAssertEqual(theme[.selection], Style(foreground: .ansi(0), background: .rgb(0x5F, 0xAF, 0xFF),
                                                attributes: .reverse))
        XCTAssertEqual(theme[.due], Style(foreground: .indexed(214), attributes: [.underline, .dim]))
        XCTAssertEqual(theme[.dim], Style(attributes: .dim))
        XCTAssertEqual(theme[.accent], .plain, "unset roles keep the base")
    }

    func testEveryErrorKindWithLineNumbers() {
        let text = """
        normal = default
        sparkle = red
        title = purple
        header = cyan blinking
        border red
        accent = red on
        due = red blue
        due = yellow
         = red
        warm =
        """
        let (theme, errors) = ThemeParser.parse(text, file: "bad.theme", over: .builtinDefault)
        XCTAssertEqual(errors.map(\.description), [
            "bad.theme:2: unknown role 'sparkle'",
            "bad.theme:3: unknown colour 'purple'",
            "bad.theme:4: unknown attribute 'blinking'",
            "bad.theme:5: expected 'role = colour [on colour] [attributes]'",
            "bad.theme:6: missing colour after 'on'",
            "bad.theme:7: unexpected colour 'blue' (write 'fg on bg')",
            "bad.theme:9: missing role before '='",
            "bad.theme:10: missing colour after '='",
        ])
        XCTAssertEqual(errors.map(\.kind), [.unknownRole, .unknownColor, .unknownAttribute, .badSyntax,
                                            .badSyntax, .badSyntax, .badSyntax, .badSyntax])
        // Bad lines leave the default's style.
        XCTAssertEqual(theme[.title], Theme.builtinDefault[.title])
        XCTAssertEqual(theme[.header], Theme.builtinDefault[.header])
        XCTAssertEqual(theme[.due], Style(foreground: .ansi(3)))
    }

    func testDuplicateRoleIsReportedAndTheLaterWins() {
        let (theme, errors) = ThemeParser.parse("due = red\n\ndue = green\n", file: "d.theme")
        XCTAssertEqual(errors.map(\.description), ["d.theme:3: role 'due' already set on line 1"])
        XCTAssertEqual(errors.first?.kind, .duplicateRole)
        XCTAssertEqual(theme[.due].foreground, .ansi(2))
    }

    func testGarbageNeverCrashes() {
        let (_, errors) = ThemeParser.parse("\u{0}\u{1B}[31m ==== \n#\n####\n= = =\non on on\r\n", file: "x")
        XCTAssertEqual(errors.count, 3)
    }
}

final class ThemeColorTests: XCTestCase {
    func testNames() {
        XCTAssertEqual(ThemeColor(parsing: "default"), .terminalDefault)
        XCTAssertEqual(ThemeColor(parsing: "Red"), .ansi(1))
        XCTAssertEqual(ThemeColor(parsing: "bright-cyan"), .ansi(14))
        XCTAssertEqual(ThemeColor(parsing: "255"), .indexed(255))
        XCTAssertNil(ThemeColor(parsing: "256"))
        XCTAssertNil(ThemeColor(parsing: "#12345"))
        XCTAssertNil(ThemeColor(parsing: "bright-orange"))
    }

    func testFallbacksForSmallerPalettes() {
        XCTAssertEqual(ThemeColor.ansi(12).number(for: .colors256), 12)
        XCTAssertEqual(ThemeColor.ansi(12).number(for: .eight), 4)
        XCTAssertEqual(ThemeColor.ansi(3).number(for: .none), -1)
        XCTAssertEqual(ThemeColor.terminalDefault.number(for: .colors256), -1)
        XCTAssertEqual(ThemeColor.rgb(0xFF, 0x87, 0x00).number(for: .colors256), 208)
        XCTAssertEqual(ThemeColor.rgb(0x80, 0x80, 0x80).number(for: .colors256), 244)
        XCTAssertEqual(ThemeColor.rgb(0xFF, 0x00, 0x00).number(for: .sixteen), 9)
        XCTAssertEqual(ThemeColor.rgb(0xFF, 0x00, 0x00).number(for: .eight), 1)
        XCTAssertEqual(ThemeColor.indexed(196).number(for: .sixteen), 9)
        XCTAssertEqual(ThemeColor.indexed(236).number(for: .sixteen), 0)
        XCTAssertEqual(ColorDepth(colors: 88), .sixteen)
        XCTAssertEqual(ColorDepth(colors: 2), .none)
    }
}

final class BuiltinThemeTests: XCTestCase {
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    func testEmbeddedThemesEqualTheFiles() throws {
        XCTAssertEqual(Theme.builtinNames, ["default", "light", "high-contrast", "mono"])
        for (name, text) in BuiltinThemes.all {
            let url = Self.themesDirectory.appendingPathComponent(name + ".theme")
            let file = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(text, file, """
                Themes/\(name).theme changed: paste it into BuiltinThemes.swift between \
                the #\"\"\" delimiters (keep a blank line before the closing one)
                """)
        }
    }

    func testBuiltinsParseCleanlyAndSetEveryRole() {
        for (name, text) in BuiltinThemes.all {
            let (_, errors) = ThemeParser.parse(text, file: name + ".theme")
            XCTAssertEqual(errors, [], name)
            let set = Set(text.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("#"), let eq = line.firstIndex(of: "=") else { return nil }
                return line[..<eq].trimmingCharacters(in: .whitespaces)
            })
            XCTAssertEqual(set, Set(Role.allCases.map(\.rawValue)), "\(name) must set every role")
        }
    }

    func testMonoHasNoColourAndDefaultDoes() {
        XCTAssertFalse(Theme.mono.usesColor)
        XCTAssertTrue(Theme.builtinDefault.usesColor)
        XCTAssertEqual(Theme.mono[.selection].attributes, .reverse)
        XCTAssertEqual(Theme.builtinDefault.name, "default")
    }
}

final class ThemeLoaderTests: XCTestCase {
    func environment(_ values: [String: String]) -> ThemeLoader.Environment {
        { values[$0] }
    }

    func files(_ files: [String: String]) -> ThemeLoader.FileReader {
        { files[$0] }
    }

    func testDefaultAndNoColor() {
        XCTAssertEqual(ThemeLoader.load(environment: environment([:]), readFile: files([:])).theme.name, "default")
        XCTAssertEqual(ThemeLoader.load(environment: environment(["NO_COLOR": "1"]), readFile: files([:])).theme.name,
                       "mono")
        XCTAssertEqual(ThemeLoader.load(environment: environment(["NO_COLOR": ""]), readFile: files([:])).theme.name,
                       "default", "an empty NO_COLOR does not count")
        // An explicit choice beats NO_COLOR (no-color.org).
        XCTAssertEqual(ThemeLoader.load(explicit: "light", environment: environment(["NO_COLOR": "1"]),
                                        readFile: files([:])).theme.name, "light")
    }

    func testOrderExplicitThenEnvironmentThenConfig() {
        let env = environment(["CARNET_THEME": "high-contrast", "HOME": "/home/u"])
        XCTAssertEqual(ThemeLoader.load(explicit: "light", configured: "mono", environment: env,
                                        readFile: files([:])).theme.name, "light")
        XCTAssertEqual(ThemeLoader.load(configured: "mono", environment: env, readFile: files([:])).theme.name,
                       "high-contrast")
        XCTAssertEqual(ThemeLoader.load(configured: "mono", environment: environment(["HOME": "/home/u"]),
                                        readFile: files([:])).theme.name, "mono")
    }

    func testUserThemeDirectoryComesBeforeBuiltins() {
        let reader = files(["/home/u/.config/carnet/themes/light.theme": "due = red\n",
                            "/cfg/carnet/themes/solar.theme": "due = bogus\n"])
        let mine = ThemeLoader.load(explicit: "light", environment: environment(["HOME": "/home/u"]), readFile: reader)
        XCTAssertEqual(mine.theme[.due].foreground, .ansi(1))
        XCTAssertEqual(mine.theme[.title], Theme.builtinDefault[.title], "read over the default")

        let xdg = ThemeLoader.load(explicit: "solar",
                                   environment: environment(["HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg"]),
                                   readFile: reader)
        XCTAssertEqual(xdg.theme.name, "solar")
        XCTAssertEqual(xdg.errors.map(\.description), ["/cfg/carnet/themes/solar.theme:1: unknown colour 'bogus'"])
    }

    func testPathsAndMissingThemes() {
        let reader = files(["/tmp/x/my.theme": "warm = 1\n"])
        let byPath = ThemeLoader.load(explicit: "/tmp/x/my.theme", environment: environment([:]), readFile: reader)
        XCTAssertEqual(byPath.theme.name, "my")
        XCTAssertEqual(byPath.theme[.warm].foreground, .indexed(1))

        let missing = ThemeLoader.load(explicit: "./nope.theme", environment: environment(["NO_COLOR": "x"]),
                                       readFile: reader)
        XCTAssertEqual(missing.theme.name, "mono")
        XCTAssertEqual(missing.errors.map(\.description), ["./nope.theme: cannot read theme file"])

        let unknown = ThemeLoader.load(explicit: "nope", environment: environment(["HOME": "/h"]), readFile: reader)
        XCTAssertEqual(unknown.theme.name, "default")
        XCTAssertEqual(unknown.errors.first?.kind, .notFound)
        XCTAssertTrue(unknown.errors.first?.description.hasPrefix("nope: no theme named 'nope'") ?? false)
    }

    func testReadsRealFiles() {
        let path = BuiltinThemeTests.themesDirectory.appendingPathComponent("light.theme").path
        let (theme, errors) = ThemeLoader.load(explicit: path, environment: environment([:]))
        XCTAssertEqual(errors, [])
        XCTAssertEqual(theme[.selection], Theme.builtin(named: "light")![.selection])
        XCTAssertNil(ThemeLoader.readTextFile("/nonexistent/file"))
        XCTAssertNil(ThemeLoader.readTextFile("/"))
    }
}
