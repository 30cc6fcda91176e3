/// The text inside one bubble: its name and numbers, the "going cold" mark, the circles
/// it shares people with and, when there is room, the coldest members by name.
///
/// A bubble is narrow at the top and bottom, so this searches for the richest set of
/// lines that fits without cutting the name or the numbers, placed as near the middle
/// as it can, with a column of air on each side if possible.
struct CircleMapLabel {
    /// A line inside a bubble: the first variant that fits is drawn.
    struct Line {
        var variants: [String]
        var role: Role
        var emphasis: Emphasis = []
        /// A line that may be cut with … (a person's name, the list of links) in a row of
        /// at least `minimumCutRow` columns; the name and the numbers never are.
        var mayCut = false
    }

    var name: Line
    var stats: Line
    /// "▼ going cold", when the circle is.
    var goingCold: Line?
    /// "↔ Club 3 · Famille 1", when the circle shares people.
    var links: Line?
    /// The coldest members, coldest first.
    var names: [Line] = []
    /// How many people the bubble holds, for the "+N more" line.
    var members = 0
    /// "+N more", from the string catalog.
    var more: (Int) -> String = { "+\($0)" }

    static let minimumCutRow = 10

    func draw(in bubble: CircleMapBubble, into canvas: inout Canvas) {
        let widths = (0..<bubble.rect.height).map { bubble.interior(row: $0).width }
        guard let (chosen, top) = layout(widths: widths) else { return }
        for (i, line) in chosen.enumerated() {
            let inside = bubble.interior(row: top + i)
            guard inside.width > 0 else { continue }
            let padded = inside.width >= 6 ? inside.width - 2 : inside.width
            let text = line.variants.first { $0.displayWidth <= padded }
                ?? line.variants.first { $0.displayWidth <= inside.width }
                ?? line.variants.last!.truncated(toWidth: padded)
            let clip = Rect(x: inside.x, y: bubble.rect.y + top + i, width: inside.width, height: 1)
            canvas.put(text, x: clip.x + (inside.width - text.displayWidth) / 2, y: clip.y, clip: clip,
                       role: line.role, emphasis: line.emphasis)
        }
    }

    /// The lines to draw and the row of the first: the richest candidate that fits with
    /// air around its text, else the richest that fits at all, else one with the name
    /// cut on a widest row (so it loses as little as possible), else the name alone.
    func layout(widths: [Int]) -> (lines: [Line], top: Int)? {
        let rows = widths.count - 2
        guard rows > 0 else { return nil }
        let all = candidates(rows: rows)
        for (margin, cutName) in [(2, false), (0, false), (0, true)] {
            for candidate in all {
                if let top = place(candidate, widths: widths, margin: margin, cutName: cutName) { return (candidate, top) }
            }
        }
        let widest = (1...rows).max { widths[$0] < widths[$1] } ?? 1
        return ([name], widest)
    }

    /// Richest first: for each core (everything; without the links; with "going cold"
    /// folded into the numbers as a ▼; name and numbers), first with as many names as
    /// the rows allow, then without names.
    func candidates(rows: Int) -> [[Line]] {
        var cores: [[Line]] = [[name, stats] + [goingCold, links].compactMap { $0 }]
        if links != nil { cores.append([name, stats] + [goingCold].compactMap { $0 }) }
        if goingCold != nil {
            var folded = stats
            folded.variants = stats.variants.map { $0 + " ▼" }
            cores.append([name, folded])
        }
        var result: [[Line]] = []
        for core in cores {
            if !names.isEmpty, rows >= core.count + 2 {
                for count in stride(from: min(names.count, rows - core.count - 1), through: 1, by: -1) {
                    // "+N more" alone, without a single name, says nothing the numbers do not.
                    if count == 1, members > 1 { continue }
                    var shown = Array(names.prefix(count))
                    if members > count {
                        // The last row says how many are left out instead of one more name.
                        shown.removeLast()
                        shown.append(Line(variants: [more(members - shown.count)], role: .dim))
                    }
                    result.append(core + [Line(variants: [""], role: .normal)] + shown)
                }
            }
            result.append(core)
        }
        return result.filter { $0.count <= rows }
    }

    /// The first row where every line fits with `margin` columns to spare, trying rows
    /// from the middle outwards.
    private func place(_ candidate: [Line], widths: [Int], margin: Int, cutName: Bool) -> Int? {
        let rows = widths.count - 2
        let centred = 1 + (rows - candidate.count) / 2
        let last = rows + 1 - candidate.count
        guard last >= 1 else { return nil }
        let order = (1...last).sorted { (abs($0 - centred), -$0) < (abs($1 - centred), -$1) }
        return order.first { top in
            candidate.enumerated().allSatisfy { i, line in
                if cutName && i == 0 { return widths[top] == widths.max() }
                return fits(line, width: widths[top + i] - margin, mayCut: line.mayCut)
            }
        }
    }

    private func fits(_ line: Line, width: Int, mayCut: Bool) -> Bool {
        if mayCut { return width >= Self.minimumCutRow }
        return line.variants.contains { $0.displayWidth <= width }
    }
}
