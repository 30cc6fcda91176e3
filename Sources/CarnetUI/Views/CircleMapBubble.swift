#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outline of one bubble of the circle map: a rounded box whose corners step in row
/// by row, so that on a grid of cells it reads as a circle rather than as a table cell.
///
///        ╭─────────╮
///     ╭──╯         ╰──╮
///     │  Famille  ●   │
///     ╰──╮         ╭──╯
///        ╰─────────╯
///
/// The selected bubble is drawn in heavy lines, which shows without colour too.
struct CircleMapBubble {
    let rect: Rect
    /// For each row, how far the outline stands in from the rectangle's left and right edges.
    let indent: [Int]

    /// Columns a round bubble takes per row: a terminal cell is about twice as tall as wide.
    static let aspect = 2.2

    /// A `flat` bubble is a plain box: the people outside any circle, who are not a circle.
    init(rect: Rect, flat: Bool = false) {
        self.rect = rect
        indent = flat ? [Int](repeating: 0, count: rect.height) : Self.indents(width: rect.width, height: rect.height)
    }

    /// A superellipse (between a circle and a square, so text fits inside) sampled per row;
    /// squarer when small, where every row of text counts. Below five rows the steps
    /// would eat most of the text rows: a plain rounded box.
    static func indents(width: Int, height: Int) -> [Int] {
        var rows = [Int](repeating: 0, count: max(0, height))
        guard height >= 6, width >= 8 else { return rows }
        let half = Double(height) / 2, exponent = height <= 8 ? 4.0 : 2.6
        let deepest = (width - 6) / 2
        for r in 0..<(height / 2) {
            // Distance of the row's outer edge from the centre, 0…1.
            let dy = (half - Double(r) - 0.25) / half
            let x = pow(max(0, 1 - pow(dy, exponent)), 1 / exponent)
            let cut = Int((Double(width) / 2 * (1 - x)).rounded())
            rows[r] = min(cut, deepest)
            rows[height - 1 - r] = rows[r]
        }
        // A row cannot both widen from above and narrow below: the middle row of an odd
        // height stays level with the ones around it.
        if height % 2 == 1 {
            let m = height / 2
            rows[m - 1] = rows[m]
            rows[m + 1] = rows[m]
        }
        // Rows only widen towards the middle.
        for r in 1..<(height / 2) { rows[r] = min(rows[r], rows[r - 1]) }
        for r in stride(from: height - 2, to: height / 2 - 1, by: -1) { rows[r] = min(rows[r], rows[r + 1]) }
        return rows
    }

    /// The neighbouring row towards the nearer edge: where a step on this row comes from.
    private func edgeward(_ row: Int) -> Int {
        row < rect.height / 2 ? max(0, row - 1) : min(rect.height - 1, row + 1)
    }

    /// The columns inside the outline on `row` (0-based within the bubble), in canvas
    /// coordinates; empty on the top and bottom rows.
    func interior(row: Int) -> (x: Int, width: Int) {
        guard row > 0, row < rect.height - 1 else { return (rect.x, 0) }
        let side = max(indent[row], indent[edgeward(row)]) + 1
        return (rect.x + side, max(0, rect.width - 2 * side))
    }

    /// Where the outline crosses `row` on the left and right, when the outline is a plain
    /// vertical there (a connector can join it with `┤`/`├`).
    func straightEdges(row: Int) -> (left: Int, right: Int)? {
        guard row > 0, row < rect.height - 1, indent[row] == indent[edgeward(row)] else { return nil }
        return (rect.x + indent[row], rect.maxX - 1 - indent[row])
    }

    /// The middle column of the top and bottom lines, where a vertical connector joins.
    var middleX: Int { rect.x + rect.width / 2 }

    // MARK: - Drawing

    struct Glyphs {
        let h: String, v: String, topLeft: String, topRight: String, bottomLeft: String, bottomRight: String

        static let light = Glyphs(h: "─", v: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
        static let heavy = Glyphs(h: "━", v: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
        /// For the people outside any circle: a dashed box, because they are not a circle.
        static let dashed = Glyphs(h: "┄", v: "┆", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    }

    func drawOutline(into canvas: inout Canvas, glyphs: Glyphs, role: Role, emphasis: Emphasis) {
        let w = rect.width, h = rect.height
        guard w >= 2, h >= 2 else { return }
        let cut = indent
        func run(_ text: String, _ x: Int, _ y: Int) {
            canvas.put(text, x: rect.x + x, y: rect.y + y, role: role, emphasis: emphasis)
        }
        func line(_ from: Int, _ to: Int, _ y: Int) {
            if to > from { run(String(repeating: glyphs.h, count: to - from), from, y) }
        }
        // Top and bottom lines.
        for (y, left, right) in [(0, glyphs.topLeft, glyphs.topRight), (h - 1, glyphs.bottomLeft, glyphs.bottomRight)] {
            let i = cut[y]
            run(left, i, y)
            line(i + 1, w - 1 - i, y)
            run(right, w - 1 - i, y)
        }
        for y in 1..<(h - 1) {
            let i = cut[y], top = y < h / 2
            let outer = top ? cut[y - 1] : cut[y + 1]
            if outer > i {
                // A step: from the row above (top half) or to the row below (bottom half).
                run(top ? glyphs.topLeft : glyphs.bottomLeft, i, y)
                line(i + 1, outer, y)
                run(top ? glyphs.bottomRight : glyphs.topRight, outer, y)
                run(top ? glyphs.bottomLeft : glyphs.topLeft, w - 1 - outer, y)
                line(w - outer, w - 1 - i, y)
                run(top ? glyphs.topRight : glyphs.bottomRight, w - 1 - i, y)
            } else {
                run(glyphs.v, i, y)
                run(glyphs.v, w - 1 - i, y)
            }
        }
    }
}
