import CarnetCore

/// The daily review: one person at a time with their reasons, the next step and their last
/// interactions; at the end, what was done and what moved on the goals.
enum ReviewView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        guard let review = state.review else { return }
        let s = state.strings
        let inner = area.inset(dx: 2, dy: 1)
        guard let current = review.current, let c = state.network.contact(id: current.contactID) else {
            summary(review, into: &canvas, area: inner, state: state)
            return
        }
        let title = s.reviewTitle(review.index + 1, review.items.count)
        canvas.put(title, x: inner.x, y: inner.y, role: .header, emphasis: .bold)
        // Right of the title, never over it ("1 of 6" was covered at 40 columns).
        let barWidth = min(22, inner.width - title.displayWidth - 2)
        if barWidth >= 4 {
            ProgressBar.draw(into: &canvas, x: inner.maxX - barWidth, y: inner.y, width: barWidth, value: review.index,
                             total: review.items.count, showLabel: false)
        }
        var b = TextBlock()
        b.blank()
        b.add(Span(c.name, role: .accent, emphasis: .bold),
              Span("  " + [c.role, c.company].compactMap { $0 }.joined(separator: " · "), role: .dim))
        if !c.circles.isEmpty { b.add(Span(c.circles.joined(separator: ", "), role: .circle)) }
        b.blank()
        for reason in current.reasons { b.wrapped("• " + reason.text, width: inner.width, indent: 0, role: .due) }
        b.blank()
        b.add(Span(s.suggestedStep, role: .header))
        b.wrapped("→ " + current.nextStep, width: inner.width, indent: 2, role: .accent)
        b.blank()
        b.add(Span(s.lastInteractions, role: .header))
        let last = state.network.interactions(of: c.id).suffix(3).reversed()
        if last.isEmpty { b.add(Span("  " + s.noInteractions, role: .dim)) }
        for x in last { b.add(TimelineLine.spans(x, state: state)) }
        b.draw(into: &canvas, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), scroll: 0)
    }

    private static func summary(_ review: Review, into canvas: inout Canvas, area: Rect, state: AppState) {
        let s = state.strings
        var b = TextBlock()
        b.add(Span(review.items.isEmpty ? s.reviewEmpty : s.reviewDone, role: .header, emphasis: .bold))
        b.blank()
        b.add(Span(s.reviewSummary(review.logged.count, review.snoozed.count, review.skipped.count)))
        let names = review.logged.compactMap { state.network.contact(id: $0)?.name }
        if !names.isEmpty { b.wrapped(names.joined(separator: ", "), width: area.width, indent: 2, role: .gave) }
        b.blank()
        let now = state.goals
        for g in now {
            let before = review.goalsAtStart.first { $0.goal == g.goal }?.done ?? g.done
            let moved = g.done > before ? "  (+\(g.done - before))" : ""
            b.add(Span(MonthView.goalName(g.goal, s).padded(toWidth: 24)),
                  Span("\(g.done)/\(g.target)", role: g.isMet ? .success : .normal),
                  Span(moved, role: .success))
        }
        b.blank()
        b.add(Span(s.reviewClose, role: .dim))
        b.draw(into: &canvas, area: area, scroll: 0)
    }
}
