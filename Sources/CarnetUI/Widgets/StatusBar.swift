/// The bottom line: the keys that matter here on the left, information on the right.
public enum StatusBar {
    /// A key hint: the key as shown ("?") and what it does ("help").
    public typealias Hint = (key: String, label: String)

    /// Fills row `area` (its first row) with the status role, draws `hints` from the
    /// left and `info` on the right. Hints that do not fit are dropped whole,
    /// from the end; the info is truncated only when no hint fits.
    public static func draw(into canvas: inout Canvas, area: Rect, hints: [Hint], info: String = "") {
        guard !area.isEmpty else { return }
        let y = area.y
        canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .status)
        let infoText = info.truncated(toWidth: max(0, area.width - 2))
        let infoWidth = infoText.isEmpty ? 0 : infoText.displayWidth + 1
        let room = area.width - infoWidth
        var column = area.x + 1
        for hint in hints {
            let need = hint.key.displayWidth + 1 + hint.label.displayWidth
            if column + need > area.x + room { break }
            column += canvas.put(hint.key, x: column, y: y, role: .statusKey)
            column += canvas.put(" " + hint.label, x: column, y: y, role: .status)
            column += 2
        }
        if !infoText.isEmpty {
            canvas.putRight(infoText, maxX: area.maxX - 1, y: y, role: .status)
        }
    }
}
