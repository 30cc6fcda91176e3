import CarnetCore

/// A single line of editable text, moved and edited by grapheme.
///
/// Keys a terminal text box is expected to know: arrows, Home/End, Backspace,
/// Delete, and the readline ones (Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K, Ctrl-W).
public struct TextField: Equatable, Sendable {
    /// The graphemes of the text; the cursor sits before `characters[cursor]`.
    public private(set) var characters: [Character]
    /// Cursor position in graphemes, 0...characters.count.
    public private(set) var cursor: Int
    /// Shown dimmed while the field is empty.
    public var placeholder: String
    /// A value offered, not typed (the date a form suggests): the first character typed
    /// replaces it, where it was added to its end (`2026-12-192026-12-25`); a move or a
    /// deletion first makes it the user's own text.
    public var isSuggestion = false

    /// A field holding `text`, cursor at the end.
    public init(_ text: String = "", placeholder: String = "") {
        characters = Array(SafeText.sanitized(text))
        cursor = characters.count
        self.placeholder = placeholder
    }

    /// The text being edited.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(SafeText.sanitized(newValue))
            cursor = characters.count
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    // MARK: - Editing

    /// Inserts text at the cursor; controls and newlines are not kept in a one-line field.
    public mutating func insert(_ text: String) {
        // Rebuild from strings: a combining accent typed after a letter (keys
        // arrive one scalar at a time) must join that letter's grapheme.
        let before = String(characters[..<cursor]) + SafeText.sanitized(text)
        let head = Array(before)
        characters = head + Array(String(characters[cursor...]))
        cursor = head.count
    }

    /// Deletes the grapheme before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the grapheme under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Deletes the word before the cursor, and the spaces after it.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes from the start of the line to the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Deletes from the cursor to the end of the line.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    // MARK: - Moving

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Moves to the start of the previous word.
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// Moves past the end of the next word.
    public mutating func moveWordRight() {
        var i = cursor
        while i < characters.count && characters[i] == " " { i += 1 }
        while i < characters.count && characters[i] != " " { i += 1 }
        cursor = i
    }

    private func wordStart(before position: Int) -> Int {
        var i = position
        while i > 0 && characters[i - 1] == " " { i -= 1 }
        while i > 0 && characters[i - 1] != " " { i -= 1 }
        return i
    }

    // MARK: - Keys

    /// Applies an editing key; returns false for keys a field does not use
    /// (Enter, Esc, Tab, arrows up/down…), which the caller then handles.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        if isSuggestion {
            isSuggestion = false
            switch key {
            case .char, .paste: characters = []; cursor = 0
            default: break
            }
        }
        switch key {
        case .char(let c): insert(String(c))
        // One line, inert: line breaks and tabs become spaces, escape sequences go whole.
        case .paste(let text): insert(Inert.text(text))
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("b"): moveLeft()
        case .ctrl("f"): moveRight()
        default: return false
        }
        return true
    }

    // MARK: - Drawing

    /// The first grapheme shown when the field is `width` columns wide: the
    /// text scrolls horizontally just enough to keep the cursor in view,
    /// leaving a column for the cursor at the end of the text.
    public func firstVisible(width: Int) -> Int {
        guard width > 1 else { return cursor }
        var start = 0
        var columns = prefixWidth(from: 0, to: cursor)
        // The cursor cell itself needs a column.
        while columns + 1 > width && start < cursor {
            columns -= DisplayWidth.of(characters[start])
            start += 1
        }
        return start
    }

    /// Draws the field on one row: `input` role, the cursor as a `cursor` cell when focused,
    /// the placeholder when empty and not focused.
    public func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool) {
        guard width > 0 else { return }
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        if characters.isEmpty && !focused {
            canvas.put(placeholder, x: x, y: y, role: .placeholder, maxWidth: width)
            return
        }
        let start = firstVisible(width: width)
        var column = x
        for i in start..<characters.count {
            let w = DisplayWidth.of(characters[i])
            if column + w > x + width { break }
            let role: Role = (focused && i == cursor) ? .cursor : .input
            column += canvas.put(String(characters[i]), x: column, y: y, role: role, maxWidth: x + width - column)
        }
        if focused && cursor == characters.count && column < x + width {
            canvas.put(" ", x: column, y: y, role: .cursor)
        }
    }

    private func prefixWidth(from start: Int, to end: Int) -> Int {
        var total = 0
        for i in start..<end { total += DisplayWidth.of(characters[i]) }
        return total
    }
}
