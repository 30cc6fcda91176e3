/// A piece of text with its role, for widgets that mix styles on a line.
public struct Span: Equatable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: Role
    public var emphasis: Emphasis

    public init(_ text: String, role: Role = .normal, emphasis: Emphasis = []) {
        self.text = text
        self.role = role
        self.emphasis = emphasis
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A scrolling list of rows in columns, with the selected row highlighted.
///
/// The list holds no state: the caller keeps `selected` and `offset` (in its
/// app state) and asks `offset(keeping:...)` for the new offset after a move.
public enum ListView {
    /// How wide a column is.
    public struct Column: Equatable, Sendable {
        public var size: Rect.Size
        public var alignRight: Bool

        public init(_ size: Rect.Size, alignRight: Bool = false) {
            self.size = size
            self.alignRight = alignRight
        }
    }

    /// The scroll offset that keeps row `selected` in view, moving as little as
    /// possible from `offset`, for `count` rows shown `visibleRows` at a time.
    public static func offset(keeping selected: Int?, from offset: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var result = min(max(0, offset), max(0, count - visibleRows))
        if let selected {
            let row = min(max(0, selected), count - 1)
            if row < result { result = row }
            if row >= result + visibleRows { result = row - visibleRows + 1 }
        }
        return result
    }

    /// Draws `rows` (each a span per column) in `area` from row `offset`,
    /// highlighting `selected` with `selection` (or `selection-inactive` when the
    /// pane has no focus). Columns are separated by one space. The list draws
    /// no scroll marks, so no text is hidden under them; the pane can show
    /// the position ("12/40") in its border.
    public static func draw(into canvas: inout Canvas, area: Rect, columns: [Column], rows: [[Span]],
                            selected: Int?, offset: Int, focused: Bool = true) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let gaps = max(0, columns.count - 1)
        let inner = Rect(x: area.x, y: area.y, width: area.width - gaps, height: area.height)
        var strips = inner.columns(columns.map(\.size))
        for i in strips.indices { strips[i].x += i }  // one space between columns
        let start = ListView.offset(keeping: selected, from: offset, visibleRows: area.height, count: rows.count)
        for line in 0..<area.height {
            let index = start + line
            guard index < rows.count else { break }
            let y = area.y + line
            for (i, strip) in strips.enumerated() where i < rows[index].count {
                let span = rows[index][i]
                let text = span.text.truncated(toWidth: strip.width)
                let x = columns[i].alignRight ? strip.maxX - text.displayWidth : strip.x
                canvas.put(text, x: x, y: y, role: span.role, emphasis: span.emphasis, maxWidth: strip.width)
            }
            if index == selected {
                canvas.setRole(focused ? .selection : .selectionInactive,
                               in: Rect(x: area.x, y: y, width: area.width, height: 1))
            }
        }
    }
}
