/// How every role looks: the app's colours, chosen by the user.
///
/// A theme always has a style for every role: roles a theme file leaves out,
/// or gets wrong, keep the style of the theme it was read over (the built-in
/// default), so a broken user theme still gives a usable screen.
public struct Theme: Equatable, Sendable {
    /// The theme's name: a built-in name or the file it came from.
    public var name: String
    private var styles: [Style]

    /// A theme where every role has `style`.
    public init(name: String, style: Style = .plain) {
        self.name = name
        styles = [Style](repeating: style, count: Role.allCases.count)
    }

    /// The style of `role`.
    public subscript(role: Role) -> Style {
        get { styles[role.index] }
        set { styles[role.index] = newValue }
    }

    /// True when any role uses a colour; a terminal without colours then falls
    /// back to `Theme.mono` rather than lose what colour alone told apart.
    public var usesColor: Bool { styles.contains { $0.usesColor } }

    // MARK: - Built-in themes

    /// Names of the themes compiled into the app, default first.
    public static let builtinNames = BuiltinThemes.all.map(\.name)

    /// The theme for dark terminals, used when nothing else is chosen.
    public static let builtinDefault: Theme = builtin(named: "default")!

    /// Attributes only, no colour: for `NO_COLOR` and terminals without colour.
    public static let mono: Theme = builtin(named: "mono")!

    /// A built-in theme by name, parsed from its embedded text.
    public static func builtin(named name: String) -> Theme? {
        guard let source = BuiltinThemes.all.first(where: { $0.name == name }) else { return nil }
        // Built-ins are read over plain styles, not over the default, so each is
        // complete on its own; a test checks they parse without errors.
        let base = name == "default" ? Theme(name: name) : builtinDefault
        var theme = ThemeParser.parse(source.text, file: "\(name).theme", over: base).theme
        theme.name = name
        return theme
    }
}

extension Role {
    /// Position in `allCases`, to keep styles in a flat array. (Searched: a `[Role: Int]`
    /// made the start look `Role: Hashable` up among every conformance in the program.)
    public var index: Int { Role.cases.firstIndex(of: self)! }

    /// The role a `.theme` file names (`init(rawValue:)` rebuilt each case's name to compare it).
    static func named(_ name: String) -> Role? {
        names.firstIndex(of: name).map { cases[$0] }
    }

    private static let cases = allCases
    private static let names = allCases.map(\.rawValue)
}
