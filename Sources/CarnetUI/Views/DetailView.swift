import CarnetCore

/// Everything about one person: why now, their fields and note, the give/ask balance, and
/// the timeline of interactions. Two columns when the terminal is wide, one otherwise.
enum DetailView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        guard let id = state.detail, let c = state.network.contact(id: id) else { return }
        let inner = area.inset(dx: 1, dy: 0)
        let (head, body) = inner.splitTop(3)
        canvas.put(c.name, x: head.x, y: head.y, role: .accent, emphasis: .bold)
        let subtitle = [c.role, c.company].compactMap { $0 }.joined(separator: " · ")
        canvas.put(subtitle, x: head.x, y: head.y + 1, role: .dim, maxWidth: head.width)
        canvas.horizontalLine(x: head.x, y: head.y + 2, width: head.width)

        let wide = body.width >= 100
        // The right column's width, inside its margins (`inset(dx: 2)`): wrapped wider, the
        // reasons were cut at its edge.
        let why = whyNow(c, state: state, width: wide ? body.width - body.width / 2 - 4 : body.width)
        let facts = fields(c, state: state, width: body.width)
        let timeline = interactions(c, state: state)
        if wide {
            let (left, right) = body.splitLeft(body.width / 2)
            TextBlock(lines: facts.lines).draw(into: &canvas, area: left.inset(dx: 0, dy: 0), scroll: state.detailScroll)
            var r = why
            r.blank()
            r.lines += timeline.lines
            r.draw(into: &canvas, area: right.inset(dx: 2, dy: 0), scroll: state.detailScroll)
        } else {
            var all = why
            all.blank()
            all.lines += facts.lines
            all.blank()
            all.lines += timeline.lines
            all.draw(into: &canvas, area: body, scroll: state.detailScroll)
        }
    }

    private static func whyNow(_ c: Contact, state: AppState, width: Int) -> TextBlock {
        let s = state.strings
        var b = TextBlock()
        b.add(Span(s.whyNow, role: .header, emphasis: .bold))
        let due = ReconnectPlanner.dueness(of: c, in: state.network, today: state.today)
        b.add(Span("  " + s.lastContact(due.daysSince, due.basis, due.cadence.spelledOut + " (\(due.cadenceSource))"), role: due.isOverdue ? .overdue : .dim))
        if let until = c.snoozedUntil, until > state.today { b.add(Span("  " + s.snoozedUntil(until.description), role: .dim)) }
        if let suggestion = ReconnectPlanner.explain(c, in: state.network, today: state.today) {
            for reason in suggestion.reasons { b.wrapped("• " + reason.text, width: width, indent: 2, role: .due) }
            b.wrapped("→ " + suggestion.nextStep, width: width, indent: 2, role: .accent)
        } else {
            b.add(Span("  " + s.notDue, role: .warm))
        }
        return b
    }

    private static func fields(_ c: Contact, state: AppState, width: Int) -> TextBlock {
        let s = state.strings
        func l(_ key: String) -> String { s.fieldLabels[key] ?? key }
        let w = 15
        var b = TextBlock()
        b.field(l("company"), c.company, labelWidth: w)
        b.field(l("role"), c.role.map { r in c.roleSince.map { "\(r) (since \($0))" } ?? r }, labelWidth: w)
        b.field(l("circles"), c.circles.joined(separator: ", "), labelWidth: w, role: .circle)
        b.field(l("tags"), c.tags.joined(separator: ", "), labelWidth: w)
        for e in c.emails { b.field(l("email"), e, labelWidth: w, role: .link) }
        for p in c.phones { b.field(l("phone"), p, labelWidth: w) }
        for u in c.urls { b.field(l("url"), u, labelWidth: w, role: .link) }
        b.field(l("place"), [c.city, c.country].compactMap { $0 }.joined(separator: ", "), labelWidth: w)
        b.field(l("sector"), c.sector, labelWidth: w)
        b.field(l("seniority"), c.seniority, labelWidth: w)
        b.field(l("met"), c.met.map { m in
            [m.date?.description, m.event.map { state.network.event(id: $0)?.name ?? $0 }].compactMap { $0 }.joined(separator: " at ")
        }, labelWidth: w)
        b.field(l("introduced-by"), c.introducedBy.map { state.network.contact(id: $0)?.name ?? $0 }, labelWidth: w)
        b.field(l("birthday"), c.birthday?.description, labelWidth: w)
        b.field(l("cadence"), c.cadence?.spelledOut, labelWidth: w)
        b.field(l("added"), c.added?.description, labelWidth: w, role: .dim)
        b.field(l("source"), c.source, labelWidth: w, role: .dim)
        var gave = 0, asked = 0, received = 0
        for x in state.network.interactions(of: c.id) {
            switch x.exchange {
            case .gave: gave += 1
            case .asked: asked += 1
            case .received: received += 1
            case .neutral: break
            }
        }
        b.field(l("balance"), s.balance(gave, asked, received), labelWidth: w, role: asked > gave ? .asked : .gave)
        if let note = c.note {
            b.blank()
            b.add(Span(l("note"), role: .header, emphasis: .bold))
            b.wrapped(note, width: max(20, (width >= 100 ? width / 2 : width) - 2), indent: 2)
        }
        return b
    }

    private static func interactions(_ c: Contact, state: AppState) -> TextBlock {
        let s = state.strings
        var b = TextBlock()
        b.add(Span(s.timeline, role: .header, emphasis: .bold))
        let all = state.network.interactions(of: c.id)
        if all.isEmpty { b.add(Span("  " + s.noInteractions, role: .dim)) }
        for x in all.reversed() {
            b.add(TimelineLine.spans(x, state: state))
        }
        return b
    }
}

/// One interaction on one line: date, kind, exchange, others present, note.
enum TimelineLine {
    static func spans(_ x: Interaction, state: AppState, excluding id: String? = nil) -> [Span] {
        var spans: [Span] = [Span("  " + x.date.description + "  ", role: .dim), Span(x.kind.padded(toWidth: 8))]
        switch x.exchange {
        case .neutral: break
        case .gave(let w): spans.append(Span(" gave: " + w, role: .gave))
        case .asked(let w): spans.append(Span(" asked: " + w, role: .asked))
        case .received(let w): spans.append(Span(" received: " + w, role: .gave))
        }
        if let f = x.followUp { spans.append(Span(" follow-up " + f.description, role: f <= state.today ? .due : .dim)) }
        if let n = x.note { spans.append(Span(" — " + n.split(separator: "\n").joined(separator: " "), role: .dim)) }
        return spans
    }
}
