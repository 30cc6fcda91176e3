/// A colour as a theme names it, resolved later to what the terminal can show.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours: 0–7 normal, 8–15 bright.
    case ansi(Int)
    /// An entry of the 256-colour palette, 0–255.
    case indexed(Int)
    /// A true colour, shown as the nearest palette entry.
    case rgb(UInt8, UInt8, UInt8)

    /// Colour names accepted in theme files, in ANSI order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, a name (`red`, `bright-red`, also `grey`/`gray` for bright
    /// black), a palette index `0`–`255`, or `#rrggbb`. `nil` if it is none of these.
    public init?(parsing text: String) {
        let word = text.lowercased()
        if word == "default" { self = .terminalDefault; return }
        if word == "grey" || word == "gray" { self = .ansi(8); return }
        if let index = Self.names.firstIndex(of: word) { self = .ansi(index); return }
        if word.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(word.dropFirst(7))) {
            self = .ansi(index + 8); return
        }
        if let number = Int(word), (0...255).contains(number) { self = .indexed(number); return }
        if word.hasPrefix("#"), word.utf8.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The colour number to give ncurses for a terminal of `depth`, or -1 for the
    /// terminal default (and for every colour when the terminal has none).
    public func number(for depth: ColorDepth) -> Int {
        switch (self, depth) {
        case (_, .none), (.terminalDefault, _):
            return -1
        case (.ansi(let n), .eight):
            return n & 7  // bright colours fold onto their normal ones
        case (.ansi(let n), _):
            return n
        case (.indexed(let n), .colors256):
            return n
        case (.indexed(let n), _) where n < 16:
            return ThemeColor.ansi(n).number(for: depth)
        case (.indexed(let n), _):
            let (r, g, b) = Palette.rgb(ofIndex: n)
            return Palette.nearest(r, g, b, among: depth == .eight ? 8 : 16)
        case (.rgb(let r, let g, let b), .colors256):
            return Palette.nearest256(Int(r), Int(g), Int(b))
        case (.rgb(let r, let g, let b), _):
            return Palette.nearest(Int(r), Int(g), Int(b), among: depth == .eight ? 8 : 16)
        }
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    /// Attributes only (a vt100, or `NO_COLOR`).
    case none = 0
    case eight = 8
    case sixteen = 16
    case colors256 = 256

    /// The depth for a terminal reporting `colors` colours.
    public init(colors: Int) {
        switch colors {
        case 256...: self = .colors256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

/// The xterm palette, to map true colours and 256-colour indices onto smaller palettes.
enum Palette {
    /// The usual xterm values of the 16 ANSI colours.
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex n: Int) -> (Int, Int, Int) {
        if n < 16 { return ansi[n] }
        if n < 232 {
            let i = n - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        }
        let gray = 8 + (n - 232) * 10
        return (gray, gray, gray)
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    /// The nearest of the first `count` ANSI colours.
    static func nearest(_ r: Int, _ g: Int, _ b: Int, among count: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for i in 0..<count {
            let d = distance((r, g, b), ansi[i])
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    /// The nearest entry of the 6×6×6 cube or the grey ramp (16–255); the ANSI
    /// 16 are skipped because terminals redefine them.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (r + g + b) / 3
        let grayStep = min(23, max(0, (average - 3) / 10))
        let gray = 232 + grayStep
        return distance((r, g, b), rgb(ofIndex: gray)) < distance((r, g, b), rgb(ofIndex: cube)) ? gray : cube
    }
}
