#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the theme the user asked for.
///
/// Order: an explicit name or path (`--theme`), then `CARNET_THEME`, then the
/// config file's choice; with none of them, `NO_COLOR` (non-empty) picks `mono`,
/// otherwise `default`. An explicit choice beats `NO_COLOR`, as no-color.org asks.
///
/// A name is looked up as `$XDG_CONFIG_HOME/carnet/themes/NAME.theme` (default
/// `~/.config`), then among the built-in themes; anything with a `/` or ending
/// in `.theme` is a path. A theme that cannot be found or read gives the
/// fallback theme and an error to show, never a failure.
public enum ThemeLoader {
    /// Reads a file as UTF-8 text, `nil` when it cannot be read.
    public typealias FileReader = @Sendable (String) -> String?
    /// Looks up an environment variable.
    public typealias Environment = @Sendable (String) -> String?

    /// The theme to use, and any problems to report (`file:line: message`).
    public static func load(explicit: String? = nil, configured: String? = nil,
                            environment: Environment = processEnvironment,
                            readFile: FileReader = readTextFile) -> (theme: Theme, errors: [ThemeError]) {
        let noColor = !(environment("NO_COLOR") ?? "").isEmpty
        let fallback = noColor ? Theme.mono : Theme.builtinDefault
        let requested = [explicit, environment("CARNET_THEME"), configured]
            .compactMap { $0 }.first { !$0.isEmpty }
        guard let request = requested else { return (fallback, []) }

        if request.contains("/") || request.hasSuffix(".theme") {
            let path = expandHome(request, environment: environment)
            guard let text = readFile(path) else {
                return (fallback, [ThemeError(kind: .notFound, file: request, line: 0,
                                              message: "cannot read theme file")])
            }
            return parse(text, file: request, name: themeName(fromPath: request))
        }

        let userPath = userThemesDirectory(environment: environment) + "/" + request + ".theme"
        if let text = readFile(userPath) {
            return parse(text, file: userPath, name: request)
        }
        if let theme = Theme.builtin(named: request) { return (theme, []) }
        let known = Theme.builtinNames.joined(separator: ", ")
        return (fallback, [ThemeError(kind: .notFound, file: request, line: 0,
                                      message: "no theme named '\(request)' (built-in: \(known); "
                                          + "user themes go in \(userThemesDirectory(environment: environment)))")])
    }

    /// Where user themes live: `$XDG_CONFIG_HOME/carnet/themes`, `~/.config/carnet/themes` by default.
    public static func userThemesDirectory(environment: Environment = processEnvironment) -> String {
        if let config = environment("XDG_CONFIG_HOME"), config.hasPrefix("/") {
            return config + "/carnet/themes"
        }
        return (environment("HOME") ?? "") + "/.config/carnet/themes"
    }

    private static func parse(_ text: String, file: String, name: String) -> (theme: Theme, errors: [ThemeError]) {
        var (theme, errors) = ThemeParser.parse(text, file: file, over: .builtinDefault)
        theme.name = name
        return (theme, errors)
    }

    private static func themeName(fromPath path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".theme") { name.removeLast(6) }
        return name
    }

    private static func expandHome(_ path: String, environment: Environment) -> String {
        guard path.hasPrefix("~/"), let home = environment("HOME") else { return path }
        return home + path.dropFirst()
    }

    /// The process environment, read with `getenv`.
    public static let processEnvironment: Environment = { name in
        getenv(name).map { String(cString: $0) }
    }

    /// Reads a whole file with stdio, so CarnetUI does not need Foundation.
    public static let readTextFile: FileReader = { path in
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count {
                if ferror(file) != 0 { return nil }
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
