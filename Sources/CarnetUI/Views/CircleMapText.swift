/// Text drawing for the circle map that never leaves its rectangle: `Canvas.put` clips
/// at the canvas edge only, and the map must stay inside the pane it is given.
extension Canvas {
    /// Writes `text` from (`x`, `y`), cut (with `…`) where `clip` ends; nothing when
    /// the row or the start lies outside `clip`. Returns the columns taken.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, clip: Rect, role: Role = .normal,
                      emphasis: Emphasis = []) -> Int {
        guard y >= clip.y, y < clip.maxY, x >= clip.x, x < clip.maxX else { return 0 }
        let room = clip.maxX - x
        return put(text.truncated(toWidth: room), x: x, y: y, role: role, emphasis: emphasis, maxWidth: room)
    }

    /// Lays `pieces` out left to right on the rows of `rect`, separated by `separator`,
    /// going to the next row when a piece does not fit; a piece wider than a row is cut.
    /// Pieces that find no row are left out. Returns how many were drawn.
    @discardableResult
    mutating func flow(_ pieces: [(text: String, role: Role, emphasis: Emphasis)], in rect: Rect,
                       separator: String = " · ") -> Int {
        var x = rect.x, y = rect.y, drawn = 0
        for piece in pieces where !piece.text.isEmpty {
            let gap = x == rect.x ? 0 : separator.displayWidth
            if x + gap + piece.text.displayWidth > rect.maxX, x > rect.x {
                y += 1
                x = rect.x
            }
            guard y < rect.maxY else { break }
            if x > rect.x { x += put(separator, x: x, y: y, clip: rect, role: .dim) }
            x += put(piece.text, x: x, y: y, clip: rect, role: piece.role, emphasis: piece.emphasis)
            drawn += 1
        }
        return drawn
    }

    /// `text` word-wrapped on the rows of `rect`, each row centred.
    mutating func wrapCentered(_ text: String, in rect: Rect, role: Role) {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if candidate.displayWidth > rect.width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, text) in lines.enumerated() {
            let shown = text.truncated(toWidth: rect.width)
            put(shown, x: rect.x + (rect.width - shown.displayWidth) / 2, y: top + i, clip: rect, role: role)
        }
    }
}
