import CarnetCore

/// This month: each goal with a progress bar, done/target and days left, the streak, the
/// objective, and today's reconnect list with each person's reasons.
enum MonthView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        let s = state.strings
        let inner = area.inset(dx: 1, dy: 0)
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
        y += 1
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
        var row = list.y
        for (i, suggestion) in state.suggestions.enumerated() where row < list.maxY {
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
