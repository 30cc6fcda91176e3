/// The `?` screen: every key and what it does, in a modal box.
public enum HelpOverlay {
    /// One line of help: the keys as shown ("j/↓") and what they do. A row with
    /// empty keys is a section heading.
    public typealias Row = (keys: String, description: String)

    /// Draws the help box sized to its content (within `area`), from row
    /// `scroll`; the keys column is as wide as the widest keys.
    public static func draw(into canvas: inout Canvas, in area: Rect? = nil, title: String = "Keys",
                            rows: [Row], scroll: Int = 0) {
        let bounds = area ?? canvas.bounds
        let keysWidth = rows.map { $0.keys.displayWidth }.max() ?? 0
        let textWidth = rows.map { $0.keys.isEmpty ? $0.description.displayWidth
                                                   : keysWidth + 2 + $0.description.displayWidth }.max() ?? 0
        let width = max(textWidth, title.displayWidth + 4) + 4
        let inside = Modal.draw(into: &canvas, in: bounds, title: title,
                                width: width, height: rows.count + 2)
        let first = min(max(0, scroll), max(0, rows.count - inside.height))
        for line in 0..<inside.height {
            let index = first + line
            guard index < rows.count else { break }
            let row = rows[index], y = inside.y + line
            if row.keys.isEmpty {
                canvas.put(row.description, x: inside.x, y: y, role: .header, maxWidth: inside.width)
            } else {
                canvas.put(row.keys, x: inside.x, y: y, role: .key, maxWidth: inside.width)
                canvas.put(row.description, x: inside.x + keysWidth + 2, y: y, role: .help,
                           maxWidth: inside.width - keysWidth - 2)
            }
        }
        if first + inside.height < rows.count {
            canvas.put("↓", x: inside.maxX, y: inside.maxY - 1, role: .dim)
        }
    }
}
