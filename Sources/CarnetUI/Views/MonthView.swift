import CarnetCore

/// This month: each goal with a progress bar, done/target and days left, the streak, the
/// objective, and today's reconnect list with each person's reasons.
enum MonthView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        let s = state.strings
        let inner = area.inset(dx: 1, dy: 0)
        let goals = state.goals
        var y = inner.y
        // In a short terminal the reconnect list comes first: the goals take their rows only
        // when a few people still fit under them (at 40×12 the list had no row left, and
        // Enter opened someone never shown).
        let goalRows = 2 + max(goals.count, 1) + (goals.isEmpty ? 0 : 1) + (state.network.objective == nil ? 0 : 1)
        let listRows = 1 + min(3, max(1, state.suggestions.count)) + 1
        if inner.height - goalRows >= listRows {
            y = drawGoals(into: &canvas, inner: inner, state: state)
        }
        drawList(into: &canvas, inner: inner, from: y, state: state)
    }

    /// The month's goals, the streak and the objective, then a blank line; the row after.
    private static func drawGoals(into canvas: inout Canvas, inner: Rect, state: AppState) -> Int {
        let s = state.strings
        let goals = state.goals
        var y = inner.y
        let monthName = s.monthNames[state.today.month.month - 1] + " \(state.today.year)"
        canvas.put(s.goalsTitle(monthName), x: inner.x, y: y, role: .header, emphasis: .bold)
        if let days = goals.first?.daysLeft {
            canvas.putRight(s.daysLeft(days), maxX: inner.maxX, y: y, role: .dim)
        }
        y += 1
        if goals.isEmpty {
            canvas.put(s.noGoals, x: inner.x + 2, y: y, role: .dim, maxWidth: inner.width - 2)
            y += 1
        }
        let labelWidth = min(22, (goals.map { goalName($0.goal, s).displayWidth }.max() ?? 10) + 2)
        for g in goals where y < inner.maxY {
            canvas.put(goalName(g.goal, s), x: inner.x + 2, y: y, role: g.isMet ? .success : .normal, maxWidth: labelWidth)
            let barWidth = max(10, min(40, inner.width - labelWidth - 14))
            ProgressBar.draw(into: &canvas, x: inner.x + 2 + labelWidth, y: y, width: barWidth + 8,
                             value: g.done, total: g.target)
            if g.isMet { canvas.put(" ✓", x: inner.x + 2 + labelWidth + barWidth + 8, y: y, role: .success) }
            y += 1
        }
        let streak = state.streak
        if !goals.isEmpty && y < inner.maxY {
            canvas.put(s.streak(streak), x: inner.x + 2, y: y, role: streak > 0 ? .success : .dim, maxWidth: inner.width - 2)
            y += 1
        }
        if let o = state.network.objective, y < inner.maxY {
            canvas.put(s.objectiveLine(o.aim.spelledOut, (o.sectors + o.companies).joined(separator: ", ")),
                       x: inner.x + 2, y: y, role: .accent, maxWidth: inner.width - 2)
            y += 1
        }
        return y + 1
    }

    /// Today's reconnect list, scrolled so that the selected person shows.
    private static func drawList(into canvas: inout Canvas, inner: Rect, from start: Int, state: AppState) {
        let s = state.strings
        var y = start
        guard y < inner.maxY else { return }
        canvas.put(s.todayTitle, x: inner.x, y: y, role: .header, emphasis: .bold)
        y += 1
        if state.suggestions.isEmpty {
            canvas.put(s.nothingToday, x: inner.x + 2, y: y, role: .warm)
            return
        }
        // Each person takes a line, plus up to two reason lines when there is room for them all
        // (one line is kept for the next step).
        let list = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        let perPerson = (0...2).reversed().first { k in
            state.suggestions.reduce(0) { $0 + 1 + min(k, $1.reasons.count) } <= list.height - 1
        } ?? 0
        let detailed = perPerson > 0
        let rows = state.suggestions.map { 1 + (detailed ? min(perPerson, $0.reasons.count) : 0) }
        let selected = min(state.monthSelection, rows.count - 1)
        var first = 0
        while first < selected, rows[first...selected].reduce(0, +) > max(1, list.height - 1) { first += 1 }
        if first > 0 { canvas.put("↑", x: list.maxX - 1, y: list.y, role: .dim) }
        var row = list.y
        for (i, suggestion) in state.suggestions.enumerated() where i >= first && row < list.maxY {
            let selected = i == state.monthSelection
            let circle = suggestion.circle.map { "  " + $0 } ?? ""
            canvas.put(suggestion.name, x: list.x + 2, y: row, role: .normal, emphasis: .bold, maxWidth: list.width / 2)
            let nameWidth = min(suggestion.name.displayWidth, list.width / 2)
            canvas.put(circle.truncated(toWidth: list.width / 4), x: list.x + 2 + nameWidth, y: row, role: .circle,
                       maxWidth: list.width / 4)
            let firstReason = suggestion.reasons.first?.text ?? ""
            if !detailed {
                let x = list.x + 2 + nameWidth + min(circle.displayWidth, list.width / 4) + 2
                canvas.put(firstReason.truncated(toWidth: max(0, list.maxX - x)), x: x, y: row, role: .due, maxWidth: list.maxX - x)
            }
            if selected { canvas.setRole(.selection, in: Rect(x: list.x, y: row, width: list.width, height: 1)) }
            row += 1
            if detailed {
                for reason in suggestion.reasons.prefix(perPerson) where row < list.maxY {
                    canvas.put(("• " + reason.text).truncated(toWidth: max(0, list.width - 4)), x: list.x + 4, y: row, role: .due,
                               maxWidth: list.width - 4)
                    row += 1
                }
            }
        }
        if let current = state.suggestions[safe: state.monthSelection], row < list.maxY - 1 {
            canvas.put(("→ " + current.name + ": " + current.nextStep).truncated(toWidth: max(0, list.width - 2)),
                       x: list.x + 2, y: list.maxY - 1, role: .accent, maxWidth: list.width - 2)
        }
    }

    static func goalName(_ goal: Goal, _ s: Strings) -> String {
        if case .kind(let k) = goal.measure { return s.kindGoal(k) }
        return s.goalNames[goal.measure.description] ?? goal.measure.description
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
