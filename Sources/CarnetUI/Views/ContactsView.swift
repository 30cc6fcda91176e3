import CarnetCore

/// The contact list: a line about the filter or sort, column headers, and one row per person
/// with a due marker and the days since last contact.
enum ContactsView {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        let s = state.strings
        let list = state.contacts
        let (info, rest) = area.splitTop(1)
        let (header, rows) = rest.splitTop(1)

        var x = info.x + 1
        if list.isEditingFilter || !list.filter.isEmpty {
            x += canvas.put(s.filterPrompt + " ", x: x, y: info.y, role: .accent, emphasis: .bold)
            let fieldWidth = min(30, max(10, info.width / 3))
            list.filter.draw(into: &canvas, x: x, y: info.y, width: fieldWidth, focused: list.isEditingFilter)
            x += fieldWidth + 2
        }
        var facts = [s.filterCount(list.rows.count, state.network.contacts.count),
                     s.sortedBy(s.sortNames[list.sort.rawValue])]
        if let circle = list.circle {
            facts.append(s.inCircle(circle.isEmpty ? s.outsideCircles
                : state.contacts.circleName ?? circle))
        }
        canvas.put(facts.joined(separator: " · "), x: x, y: info.y, role: .dim, maxWidth: info.maxX - x)

        let columns: [ListView.Column] = [.init(.fixed(1)), .init(.fill(3)), .init(.fill(2)), .init(.fill(3)),
                                          .init(.fixed(6), alignRight: true)]
        ListView.draw(into: &canvas, area: header, columns: columns,
                      rows: [[" ", Span(s.columnName, role: .header), Span(s.columnCompany, role: .header),
                              Span(s.columnCircles, role: .header), Span(s.columnLast, role: .header)]],
                      selected: nil, offset: 0)

        if list.rows.isEmpty {
            let text = state.network.contacts.isEmpty ? s.noContacts : s.noMatch
            canvas.put(text, x: rows.x + 2, y: rows.y + 1, role: .dim, maxWidth: rows.width - 4)
            return
        }
        // Only the visible rows are built: the list may hold 100,000 people.
        let offset = ListView.offset(keeping: list.selection, from: list.offset, visibleRows: rows.height, count: list.rows.count)
        let visible = list.rows[offset..<min(list.rows.count, offset + rows.height)]
        let built: [[Span]] = visible.map { i in
            let c = state.network.contacts[i]
            let due = ReconnectPlanner.dueness(of: c, in: state.network, today: state.today)
            let marker: Span = due.isOverdue ? Span("●", role: .overdue)
                : (due.daysLeft.map { $0 <= 7 } ?? false) ? Span("○", role: .due) : " "
            let last = state.network.lastInteractionDate(of: c.id).map { s.daysShort($0.days(to: state.today)) } ?? s.never
            return [marker, Span(c.name, emphasis: c.isSnoozed(on: state.today) ? [] : []),
                    Span(c.company ?? "", role: .dim), Span(c.circles.joined(separator: ", "), role: .circle),
                    Span(last, role: due.isOverdue ? .overdue : .dim)]
        }
        ListView.draw(into: &canvas, area: rows, columns: columns, rows: built,
                      selected: nil, offset: 0, focused: !list.isEditingFilter)
        // The bar covers the marker and the name only: moving it with `j` then redraws two
        // names rather than two whole rows, which matters over a slow SSH link.
        let gaps = columns.count - 1
        let nameEnd = rows.x + 1 + Rect(x: 0, y: 0, width: rows.width - gaps, height: 1).columns(columns.map(\.size))[1].maxX
        canvas.setRole(list.isEditingFilter ? .selectionInactive : .selection,
                       in: Rect(x: rows.x, y: rows.y + list.selection - offset, width: nameEnd - rows.x, height: 1))
    }
}
