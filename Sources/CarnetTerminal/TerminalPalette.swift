import CNCursesW
import CarnetUI

/// A theme resolved for one terminal: each role's colour pair and attributes.
///
/// Built once per theme; drawing a cell is then a table lookup.
struct TerminalPalette {
    /// By `Role.index`. (Dictionaries keyed by a role or a number cost the start a scan of
    /// every protocol conformance in the program, each; see `ThemeParser`.)
    private var styles: [(pair: Int16, attributes: attr_t)]

    /// Allocates colour pairs for `theme` at `depth`. With no colour (a vt100,
    /// `NO_COLOR`) a coloured theme is replaced by `Theme.mono`, so what colour
    /// alone told apart (the selected row) is still visible.
    /// `defaultColors` is false when the terminal cannot use its own colours
    /// (`use_default_colors` failed): white on black stands in for them.
    init(theme: Theme, depth: ColorDepth, defaultColors: Bool, maxPairs: Int) {
        let effective = depth == .none && theme.usesColor ? Theme.mono : theme
        styles = Array(repeating: (0, carnet_a_normal()), count: Role.allCases.count)
        // The colour pairs made so far, by foreground and background: a few dozen at most.
        var pairFor: [(key: Int, pair: Int16)] = []
        for role in Role.allCases {
            let style = effective[role]
            var attr = carnet_a_normal()
            if style.attributes.contains(.bold) { attr |= carnet_a_bold() }
            if style.attributes.contains(.underline) { attr |= carnet_a_underline() }
            if style.attributes.contains(.reverse) { attr |= carnet_a_reverse() }
            if style.attributes.contains(.dim) { attr |= carnet_a_dim() }

            var pair: Int16 = 0
            if depth != .none {
                var fg = style.foreground.number(for: depth)
                var bg = style.background.number(for: depth)
                if !defaultColors {
                    if fg < 0 { fg = 7 }
                    if bg < 0 { bg = 0 }
                }
                if fg >= 0 || bg >= 0 {
                    let key = (fg + 1) * 1024 + (bg + 1)
                    if let existing = pairFor.first(where: { $0.key == key }) {
                        pair = existing.pair
                    } else if pairFor.count + 1 < maxPairs {
                        pair = Int16(pairFor.count + 1)
                        init_pair(pair, Int16(fg), Int16(bg))
                        pairFor.append((key, pair))
                    }
                }
            }
            styles[role.index] = (pair, attr)
        }
    }

    /// The pair and attributes for a cell of `role` with `emphasis` on top.
    func style(for role: Role, emphasis: Emphasis) -> (pair: Int16, attributes: attr_t) {
        let (pair, base) = styles[role.index]
        var attr = base
        if emphasis.contains(.bold) { attr |= carnet_a_bold() }
        if emphasis.contains(.underline) { attr |= carnet_a_underline() }
        return (pair, attr)
    }
}
