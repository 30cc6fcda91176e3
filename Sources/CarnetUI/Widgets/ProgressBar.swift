/// A progress bar with its count: `██████░░░░ 3/5`.
public enum ProgressBar {
    /// The bar's two parts and the label, for `value` out of `total` in `barWidth` columns.
    /// Over 100% shows a full bar; the label always tells the truth (`7/5`).
    public static func parts(value: Int, total: Int, barWidth: Int, ascii: Bool = false)
        -> (filled: String, empty: String, label: String) {
        let width = max(0, barWidth)
        let filledCount: Int
        if total <= 0 {
            filledCount = value > 0 ? width : 0
        } else {
            // Round down, but show a sliver for any progress and full only when done.
            let exact = width * min(max(0, value), total) / total
            filledCount = value > 0 && exact == 0 && width > 0 ? 1 : exact
        }
        let fill: Character = ascii ? "#" : "█"
        let rest: Character = ascii ? "-" : "░"
        return (String(repeating: fill, count: filledCount),
                String(repeating: rest, count: width - filledCount),
                "\(value)/\(total)")
    }

    /// Draws the bar and then the label in `width` columns from (`x`, `y`); the
    /// bar takes what the label leaves. `ascii` is for terminals that cannot
    /// show block characters. Returns the columns used.
    @discardableResult
    public static func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int,
                            value: Int, total: Int, ascii: Bool = false, showLabel: Bool = true) -> Int {
        let label = "\(value)/\(total)"
        let labelWidth = showLabel ? label.displayWidth + 1 : 0
        let barWidth = max(0, width - labelWidth)
        let (filled, empty, _) = parts(value: value, total: total, barWidth: barWidth, ascii: ascii)
        var column = x
        column += canvas.put(filled, x: column, y: y, role: .progress, maxWidth: barWidth)
        column += canvas.put(empty, x: column, y: y, role: .progressEmpty, maxWidth: barWidth)
        if showLabel {
            column += canvas.put(" " + label, x: column, y: y, role: value >= total && total > 0 ? .success : .normal,
                                 maxWidth: x + width - column)
        }
        return column - x
    }
}
