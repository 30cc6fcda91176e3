import Foundation
import CarnetUI

/// The theme the user asked for, through `ThemeLoader`: `--theme`, `CARNET_THEME`, the
/// config file's `theme = NAME` line, then `NO_COLOR`. A theme that does not load is never
/// fatal: the default theme is used and the problem goes to the message line.
enum ThemeChoice {
    /// The theme, the line the app shows about its problems, and every problem, each as
    /// `file:line: message` (printed when the app has given the terminal back: one line on
    /// the screen has room for one).
    static func load(explicit: String?) -> (theme: Theme, problem: String?, all: [String]) {
        let (theme, errors) = ThemeLoader.load(explicit: explicit, configured: configuredName())
        guard let first = errors.first else { return (theme, nil, []) }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more, listed when Carnet quits)" : ""
        return (theme, "Theme: \(first)\(more)", errors.map { "\($0)" })
    }

    /// `$XDG_CONFIG_HOME/carnet/config` (default `~/.config/carnet/config`): `theme = NAME`.
    static var configPath: String {
        let env = ThemeLoader.processEnvironment
        if let config = env("XDG_CONFIG_HOME"), config.hasPrefix("/") { return config + "/carnet/config" }
        return (env("HOME") ?? "") + "/.config/carnet/config"
    }

    /// The last `theme = NAME` line of the config file; other keys and `#` comments are
    /// left to whoever adds them.
    static func configuredName() -> String? {
        guard let text = ThemeLoader.readTextFile(configPath) else { return nil }
        var name: String?
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "theme" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { name = value }
        }
        return name
    }
}
