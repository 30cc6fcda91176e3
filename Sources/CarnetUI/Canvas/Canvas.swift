/// A grid of cells that views draw into; the terminal layer copies it to the screen.
///
/// Drawing is pure and clipped: nothing outside the canvas is written, a wide
/// grapheme is never split, and controls in the text never get through (see
/// `SafeText`). Because a canvas is plain data, every screen can be tested as
/// text with `lines()`.
public struct Canvas: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells row by row: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]

    /// A blank canvas of `width` × `height` cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: .blank, count: self.width * self.height)
    }

    /// A canvas of `cells`, row by row (`CanvasBytes`).
    init(width: Int, height: Int, cells: [Cell]) {
        precondition(width >= 0 && height >= 0 && cells.count == width * height)
        self.width = width
        self.height = height
        self.cells = cells
    }

    /// The whole canvas as a rectangle, to start a layout from.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); a blank cell outside the canvas.
    public subscript(x x: Int, y y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    // MARK: - Text

    /// Writes `text` from (`x`, `y`) and returns the columns it took.
    ///
    /// Clips at the canvas edge and after `maxWidth` columns. A wide grapheme
    /// that would not fit whole leaves a space instead. Controls are stripped,
    /// tabs and newlines become spaces, lone zero-width graphemes are dropped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal,
                             emphasis: Emphasis = [], maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        var limit = width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        // Most text (ASCII, Latin letters with their accents) is one grapheme of one column
        // per scalar, none of them a control (`DisplayWidth.simpleWidth`): written scalar by
        // scalar, without the grapheme walk, which was most of drawing a screen.
        guard DisplayWidth.simpleWidth(text) != nil else {
            return putGraphemes(text, x: x, y: y, role: role, emphasis: emphasis, limit: limit)
        }
        var column = x
        for scalar in text.unicodeScalars {
            if column >= limit { break }
            if column >= 0 { set(Cell(character: Character(scalar), role: role, emphasis: emphasis), x: column, y: y) }
            column += 1
        }
        return max(0, column - x)
    }

    /// `put` for any text, grapheme by grapheme, up to column `limit`.
    mutating func putGraphemes(_ text: String, x: Int, y: Int, role: Role, emphasis: Emphasis, limit: Int) -> Int {
        var column = x
        // Whole-string pass first, so escape sequences go whole; then per grapheme.
        for raw in SafeText.sanitized(text) {
            if column >= limit { break }
            guard let character = SafeText.sanitized(raw) else { continue }
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > limit {
                // A wide grapheme cut by the edge: pad rather than draw half of it.
                while column < limit {
                    if column >= 0 { set(Cell(character: " ", role: role, emphasis: emphasis), x: column, y: y) }
                    column += 1
                }
                break
            }
            if column < 0 {
                // Partly left of the canvas: show its visible half as a space.
                for c in column..<(column + w) where c >= 0 {
                    set(Cell(character: " ", role: role, emphasis: emphasis), x: c, y: y)
                }
                column += w
                continue
            }
            set(Cell(character: character, role: role, emphasis: emphasis), x: column, y: y)
            if w == 2 {
                set(Cell(character: " ", role: role, emphasis: emphasis, isContinuation: true),
                    x: column + 1, y: y)
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Writes `text` right-aligned so that it ends just before column `maxX`.
    @discardableResult
    public mutating func putRight(_ text: String, maxX: Int, y: Int, role: Role = .normal,
                                  emphasis: Emphasis = []) -> Int {
        let w = text.displayWidth
        return put(text, x: maxX - w, y: y, role: role, emphasis: emphasis, maxWidth: w)
    }

    // MARK: - Areas

    /// Fills `rect` with `character` in `role` (a blank area by default).
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: Role = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = DisplayWidth.of(character)
        let safe: Character = (w == 1 && SafeText.sanitized(character) == character) ? character : " "
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                set(Cell(character: safe, role: role), x: x, y: y)
            }
        }
    }

    /// Gives every cell of `rect` the role `role`, keeping its text: a selected
    /// row is drawn first, then highlighted.
    public mutating func setRole(_ role: Role, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].role = role }
        }
    }

    /// Draws a single-line box on the edge of `rect`, with an optional title in
    /// the top border (`┌─ Title ──┐`). Draw the inside in `rect.inset(1)`.
    public mutating func box(_ rect: Rect, role: Role = .border, title: String? = nil,
                             titleRole: Role = .header) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            put("─", x: x, y: rect.y, role: role)
            put("─", x: x, y: bottom, role: role)
        }
        for y in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: right, y: y, role: role)
        }
        put("┌", x: rect.x, y: rect.y, role: role)
        put("┐", x: right, y: rect.y, role: role)
        put("└", x: rect.x, y: bottom, role: role)
        put("┘", x: right, y: bottom, role: role)
        if let title, !title.isEmpty, rect.width > 6 {
            let label = " " + title.truncated(toWidth: rect.width - 6) + " "
            put(label, x: rect.x + 2, y: rect.y, role: titleRole, maxWidth: rect.width - 4)
        }
    }

    /// A horizontal rule of `─` across `width` columns.
    public mutating func horizontalLine(x: Int, y: Int, width: Int, role: Role = .border) {
        guard width > 0 else { return }
        put(String(repeating: "─", count: width), x: x, y: y, role: role, maxWidth: width)
    }

    /// A vertical rule of `│` down `height` rows.
    public mutating func verticalLine(x: Int, y: Int, height: Int, role: Role = .border) {
        guard height > 0 else { return }
        for row in y..<(y + height) { put("│", x: x, y: row, role: role) }
    }

    // MARK: - Text snapshot

    /// The text of each row, for golden tests and debugging.
    ///
    /// Trailing spaces are trimmed, so golden files carry no invisible
    /// whitespace; a wide grapheme appears once (its continuation cell adds
    /// nothing). Roles and emphasis are not shown.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = String()
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    // MARK: - Cells

    /// Writes one cell, repairing any wide grapheme it overlaps so the grid
    /// never holds half a character.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && x > 0 && !cell.isContinuation {
            // Overwriting the right half of a wide grapheme: blank its left half.
            cells[index - 1].character = " "
        }
        if !old.isContinuation && x + 1 < width && cells[index + 1].isContinuation
            && DisplayWidth.of(old.character) == 2 {
            // Overwriting the left half: its continuation is orphaned unless this is wide too.
            if DisplayWidth.of(cell.character) != 2 || cell.isContinuation {
                cells[index + 1].isContinuation = false
                cells[index + 1].character = " "
            }
        }
        cells[index] = cell
    }
}
