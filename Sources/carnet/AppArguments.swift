/// The arguments of the usual start, `carnet` or `carnet --dir PATH` (with `--today`,
/// `--theme`, `--demo`), read without ArgumentParser: reflecting over the command tree took
/// about 2 ms of every launch, as long as drawing the first screen (docs/benchmarks-history.md).
///
/// Only the plain spellings are read here: each option at most once, as `--name value` (the
/// value not starting with `-`) or `--name=value` (not empty: ArgumentParser refuses it,
/// and says so better than this would). Anything else (a subcommand, `--help`, a mistake)
/// is nil, and ArgumentParser reads the whole command line as always, with its own
/// messages. A test checks that both readings agree.
struct AppArguments: Equatable {
    var dir: String?
    var today: String?
    var theme: String?
    var demo = false

    init(dir: String? = nil, today: String? = nil, theme: String? = nil, demo: Bool = false) {
        self.dir = dir
        self.today = today
        self.theme = theme
        self.demo = demo
    }

    /// `arguments` without the program's name.
    init?(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if argument == "--demo" {
                guard !demo else { return nil }
                demo = true
                continue
            }
            let name: Substring, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
                guard !value.isEmpty else { return nil }
            } else {
                guard i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
                name = argument[...]
                value = arguments[i]
                i += 1
            }
            switch name {
            case "--dir" where dir == nil: dir = value
            case "--today" where today == nil: today = value
            case "--theme" where theme == nil: theme = value
            default: return nil
            }
        }
    }
}
