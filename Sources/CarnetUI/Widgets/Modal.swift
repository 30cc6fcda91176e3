/// A centred, titled, bordered box drawn over the screen, for forms and confirmations.
public enum Modal {
    /// The box's frame: `width` × `height` (borders included) centred in `area`,
    /// shrunk to fit.
    public static func frame(in area: Rect, width: Int, height: Int) -> Rect {
        area.centered(width: width, height: height)
    }

    /// Clears the box, draws its border and title, and returns the inside
    /// (one column of padding each side) for the content.
    @discardableResult
    public static func draw(into canvas: inout Canvas, in area: Rect? = nil, title: String,
                            width: Int, height: Int) -> Rect {
        let box = frame(in: area ?? canvas.bounds, width: width, height: height)
        canvas.fill(box)
        canvas.box(box, role: .borderFocused, title: title)
        return box.inset(dx: 2, dy: 1)
    }
}
