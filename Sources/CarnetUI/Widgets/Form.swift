/// An ordered set of fields edited in a modal: text, date, or a choice among options.
///
/// Tab/↓ and Shift-Tab/↑ move between fields, ←/→ change a choice, other keys
/// edit the focused text. `validate()` checks what the form itself knows
/// (required, date shape); the caller adds its own checks with `setError`.
public struct Form: Equatable, Sendable {
    /// One field of a form.
    public struct Field: Equatable, Sendable {
        /// What a field holds.
        public enum Kind: Equatable, Sendable {
            case text
            /// `YYYY-MM-DD`; with `yearOptional`, `MM-DD` too (a birthday).
            case date(yearOptional: Bool)
            /// One of `options`, cycled with ←/→.
            case choice([String])
        }

        /// The key the caller reads the value by.
        public var name: String
        public var label: String
        public var kind: Kind
        /// The text of a text or date field.
        public var input: TextField
        /// The chosen option of a choice field.
        public var selected: Int
        public var isRequired: Bool
        /// The message shown under the field, if its value is wrong.
        public var error: String?

        /// The value as text: the input, or the chosen option.
        public var value: String {
            if case .choice(let options) = kind {
                return options.indices.contains(selected) ? options[selected] : ""
            }
            return input.text
        }

        /// A free-text field.
        public static func text(_ name: String, label: String, value: String = "",
                                placeholder: String = "", required: Bool = false) -> Field {
            Field(name: name, label: label, kind: .text, input: TextField(value, placeholder: placeholder),
                  selected: 0, isRequired: required)
        }

        /// A date field, `YYYY-MM-DD` (or `MM-DD` when `yearOptional`).
        public static func date(_ name: String, label: String, value: String = "",
                                required: Bool = false, yearOptional: Bool = false) -> Field {
            Field(name: name, label: label, kind: .date(yearOptional: yearOptional),
                  input: TextField(value, placeholder: yearOptional ? "YYYY-MM-DD or MM-DD" : "YYYY-MM-DD"),
                  selected: 0, isRequired: required)
        }

        /// A choice among `options`, starting on `value` if it is one of them.
        public static func choice(_ name: String, label: String, options: [String], value: String? = nil) -> Field {
            Field(name: name, label: label, kind: .choice(options), input: TextField(),
                  selected: value.flatMap { options.firstIndex(of: $0) } ?? 0, isRequired: false)
        }
    }

    public var fields: [Field]
    /// Index of the focused field.
    public var focus: Int

    public init(_ fields: [Field]) {
        self.fields = fields
        focus = 0
    }

    /// The value of the field called `name`.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every field's value by name.
    public var values: [String: String] {
        var result: [String: String] = [:]
        for field in fields { result[field.name] = field.value }
        return result
    }

    /// Sets (or clears, with `nil`) the error shown under field `name`.
    public mutating func setError(_ message: String?, for name: String) {
        if let i = fields.firstIndex(where: { $0.name == name }) { fields[i].error = message }
    }

    /// True when no field has an error.
    public var isValid: Bool { fields.allSatisfy { $0.error == nil } }

    // MARK: - Keys

    /// Handles a key; returns false for keys the form leaves to its caller
    /// (Enter to submit, Esc to cancel).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return true
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return true
        default:
            break
        }
        if case .choice(let options) = fields[focus].kind, !options.isEmpty {
            switch key {
            case .left: fields[focus].selected = (fields[focus].selected + options.count - 1) % options.count
            case .right, .char(" "): fields[focus].selected = (fields[focus].selected + 1) % options.count
            default: return false
            }
            return true
        }
        let handled = fields[focus].input.handle(key)
        if handled { fields[focus].error = nil }  // the user is fixing it
        return handled
    }

    // MARK: - Validation

    /// Checks required fields and dates, sets each field's error, moves focus to
    /// the first wrong field, and returns true when all are right.
    @discardableResult
    public mutating func validate() -> Bool {
        for i in fields.indices {
            let field = fields[i]
            let text = field.value.withoutSurroundingSpaces
            fields[i].error = nil
            if text.isEmpty {
                if field.isRequired { fields[i].error = "\(field.label) is required" }
                continue
            }
            if case .date(let yearOptional) = field.kind, !Form.isDate(text, yearOptional: yearOptional) {
                fields[i].error = yearOptional ? "'\(text)' is not a date (YYYY-MM-DD or MM-DD)"
                                               : "'\(text)' is not a date (YYYY-MM-DD)"
            }
        }
        if let wrong = fields.firstIndex(where: { $0.error != nil }) {
            focus = wrong
            return false
        }
        return true
    }

    /// True for a real calendar date `YYYY-MM-DD` (or `MM-DD` when `yearOptional`;
    /// 02-29 is then allowed).
    public static func isDate(_ text: String, yearOptional: Bool = false) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func number(_ part: Substring, digits: Int) -> Int? {
            part.utf8.count == digits && part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? Int(part) : nil
        }
        let year: Int?, month: Int?, day: Int?
        if parts.count == 3 {
            (year, month, day) = (number(parts[0], digits: 4), number(parts[1], digits: 2), number(parts[2], digits: 2))
            if year == nil { return false }
        } else if parts.count == 2 && yearOptional {
            (year, month, day) = (nil, number(parts[0], digits: 2), number(parts[1], digits: 2))
        } else {
            return false
        }
        guard let month, let day, (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var length = lengths[month - 1]
        if month == 2, let year, !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { length = 28 }
        return day <= length
    }

    // MARK: - Drawing

    /// Rows the form needs: one per field, plus one per error.
    public var height: Int { fields.count + fields.filter { $0.error != nil }.count }

    /// Draws labels in a column, the fields beside them, errors under their field.
    public func draw(into canvas: inout Canvas, area: Rect) {
        let labelWidth = min((fields.map { $0.label.displayWidth }.max() ?? 0) + 2, area.width / 2)
        let fieldX = area.x + labelWidth
        let fieldWidth = area.maxX - fieldX
        var y = area.y
        // Scrolled, when the fields do not all fit (a small terminal), so that the focused
        // one and its error show: typing into a field out of sight lost the text from view.
        let rows = fields.map { $0.error == nil ? 1 : 2 }
        var first = 0
        while first < focus, rows[first...focus].reduce(0, +) > area.height { first += 1 }
        // In the gap between labels and fields: fields scrolled out above, or left below.
        if first > 0 { canvas.put("↑", x: fieldX - 1, y: area.y, role: .dim) }
        for (i, field) in fields.enumerated() where i >= first {
            guard y < area.maxY else {
                canvas.put("↓", x: fieldX - 1, y: area.maxY - 1, role: .dim)
                break
            }
            let focused = i == focus
            canvas.put(field.label, x: area.x, y: y, role: focused ? .accent : .normal,
                       emphasis: focused ? .bold : [], maxWidth: labelWidth - 1)
            switch field.kind {
            case .text, .date:
                field.input.draw(into: &canvas, x: fieldX, y: y, width: fieldWidth, focused: focused)
            case .choice:
                let text = "‹ " + field.value + " ›"
                canvas.put(text, x: fieldX, y: y, role: focused ? .cursor : .input, maxWidth: fieldWidth)
            }
            y += 1
            if let error = field.error, y < area.maxY {
                canvas.put(error, x: fieldX, y: y, role: .error, maxWidth: fieldWidth)
                y += 1
            }
        }
    }
}

extension String {
    /// The string without leading and trailing spaces (Foundation-free).
    fileprivate var withoutSurroundingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
