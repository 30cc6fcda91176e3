/// Lines of styled spans, drawn from a scroll offset and clipped to an area: what the
/// detail view and the review are made of.
struct TextBlock {
    var lines: [[Span]] = []

    mutating func add(_ spans: Span...) { lines.append(spans) }
    mutating func add(_ spans: [Span]) { lines.append(spans) }
    mutating func blank() { lines.append([]) }

    /// `label` in a column of `labelWidth`, then the value; nothing when the value is empty.
    mutating func field(_ label: String, _ value: String?, labelWidth: Int, role: Role = .normal) {
        guard let value, !value.isEmpty else { return }
        add(Span(label.padded(toWidth: labelWidth), role: .dim), Span(value, role: role))
    }

    /// Wraps `text` to `width` columns on spaces, keeping its own line breaks.
    mutating func wrapped(_ text: String, width: Int, indent: Int = 0, role: Role = .normal) {
        let pad = String(repeating: " ", count: indent)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in String(paragraph).wrapped(toWidth: width - indent) { add(Span(pad + line, role: role)) }
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, scroll: Int) {
        let first = min(max(0, scroll), max(0, lines.count - area.height))
        for row in 0..<area.height {
            let i = first + row
            guard i < lines.count else { break }
            var x = area.x
            for span in lines[i] {
                guard x < area.maxX else { break }
                // Cut with `…`, so that a line cut short does not pass for a whole one.
                let room = area.maxX - x
                let text = span.text.displayWidth > room ? span.text.truncated(toWidth: room) : span.text
                x += canvas.put(text, x: x, y: area.y + row, role: span.role, emphasis: span.emphasis, maxWidth: room)
            }
        }
        if first + area.height < lines.count {
            canvas.put("↓", x: area.maxX - 1, y: area.maxY - 1, role: .dim)
        }
    }
}
