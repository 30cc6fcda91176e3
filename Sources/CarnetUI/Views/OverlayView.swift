import CarnetCore

/// Help, forms and the snooze picker, drawn over the screen.
enum OverlayView {
    static func draw(into canvas: inout Canvas, state: AppState) {
        let s = state.strings
        let area = Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 3))
        switch state.overlay {
        case .help(let context, let scroll)?:
            let rows = KeyMap.bindings(for: context).map { (keys: $0.keyLabel, description: $0.help) }
            HelpOverlay.draw(into: &canvas, in: area, title: s.helpTitle + " — " + s.helpClose, rows: rows, scroll: scroll)
        case .form(let f)?:
            let title: String
            switch f.purpose {
            case .addContact: title = s.addTitle
            case .editContact(let id): title = s.editTitle + " " + (state.network.contact(id: id)?.name ?? id)
            case .log: title = s.logTitle
            case .event: title = s.eventTitle
            case .snoozeUntil(let id): title = s.snoozeTitle + " " + (state.network.contact(id: id)?.name ?? id)
            }
            let width = min(area.width, max(60, min(90, area.width - 4)))
            let height = min(area.height, f.form.height + 4)
            let inside = Modal.draw(into: &canvas, in: area, title: title, width: width, height: height)
            let (fields, hint) = inside.splitBottom(1)
            f.form.draw(into: &canvas, area: fields)
            canvas.put(s.formHint, x: hint.x, y: hint.y, role: .dim, maxWidth: hint.width)
        case .snooze(let choice)?:
            let name = state.network.contact(id: choice.contactID)?.name ?? choice.contactID
            let options = [s.snoozeWeek, s.snoozeMonth, s.snoozeDate]
            let inside = Modal.draw(into: &canvas, in: area, title: s.snoozeTitle + " " + name,
                                    width: max(36, name.displayWidth + 14), height: options.count + 2)
            for (i, option) in options.enumerated() {
                canvas.put("\(i + 1)  " + option, x: inside.x, y: inside.y + i,
                           role: i == choice.selection ? .selection : .normal, maxWidth: inside.width)
            }
        case nil:
            break
        }
    }
}
