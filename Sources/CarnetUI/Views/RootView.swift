import CarnetCore

/// The whole screen for a state: title and tabs, the pane or view in front, the message
/// line and the key hints; overlays on top. Views only draw; they never change state.
public enum RootView {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.draw(into: &canvas, state: state)
            return canvas
        }
        let (title, rest) = canvas.bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(2)
        TitleBar.draw(into: &canvas, area: title, state: state)
        if state.detail != nil {
            DetailView.draw(into: &canvas, area: body, state: state)
        } else if state.review != nil {
            ReviewView.draw(into: &canvas, area: body, state: state)
        } else {
            switch state.pane {
            case .contacts: ContactsView.draw(into: &canvas, area: body, state: state)
            case .map: CircleMapView.draw(into: &canvas, area: body, state: state)
            case .month: MonthView.draw(into: &canvas, area: body, state: state)
            }
        }
        BottomLines.draw(into: &canvas, area: bottom, state: state)
        OverlayView.draw(into: &canvas, state: state)
        return canvas
    }
}

/// Below 40×12 nothing fits: say so plainly rather than draw garbage.
enum TooSmallView {
    static func draw(into canvas: inout Canvas, state: AppState) {
        let lines = state.strings.tooSmall(state.width, state.height).wrapped(toWidth: state.width)
        let top = max(0, (state.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            canvas.put(l, x: max(0, (state.width - l.displayWidth) / 2), y: top + i, role: .warning)
        }
    }
}

/// The first line: the app's name, the panes as tabs, the date and the size of the network.
enum TitleBar {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        canvas.fill(area, role: .title)
        var x = area.x + 1
        x += canvas.put(state.strings.appName, x: x, y: area.y, role: .title, emphasis: .bold) + 2
        func label(_ pane: Pane, named: Bool) -> String {
            named ? " \(pane.rawValue + 1) \(state.strings.paneNames[pane.rawValue]) " : " \(pane.rawValue + 1) "
        }
        // Where the names do not all fit (40 columns), only the pane in front keeps its name:
        // the last tab, and which one is active, went off the edge.
        let allNamed = x + Pane.allCases.reduce(0) { $0 + label($1, named: true).displayWidth + 1 } < area.maxX
        for pane in Pane.allCases {
            let active = pane == state.pane && state.detail == nil && state.review == nil
            let label = label(pane, named: allNamed || pane == state.pane)
            guard x + label.displayWidth < area.maxX else { break }
            x += canvas.put(label, x: x, y: area.y, role: active ? .tabActive : .tab, emphasis: active ? .bold : [])
            x += 1
        }
        // The read-only marker matters more than the date: the date goes first when room is short.
        let date = DayWords.weekdayDate(state.today, today: state.today)
        let people = state.strings.people(state.network.contacts.count)
        let marker = state.readOnly != nil ? [state.strings.readOnly] : []
        for parts in [marker + [date, people], marker + [people], marker] where !parts.isEmpty {
            let info = parts.joined(separator: " · ")
            if x + info.displayWidth + 1 <= area.maxX {
                canvas.putRight(info, maxX: area.maxX - 1, y: area.y, role: state.readOnly != nil ? .warning : .title)
                break
            }
        }
    }
}

/// The message line (what just happened, or what went wrong) and the status bar with the
/// keys that matter here, taken from the key map.
enum BottomLines {
    static func draw(into canvas: inout Canvas, area: Rect, state: AppState) {
        if let message = state.message {
            canvas.put(message.text, x: area.x + 1, y: area.y, role: message.isError ? .error : .message,
                       maxWidth: area.width - 2)
        }
        let hints: [StatusBar.Hint]
        if case .form? = state.overlay {
            hints = [("Tab", "next"), ("Enter", "save"), ("Esc", "cancel")]
        } else if case .snooze? = state.overlay {
            hints = [("1", "week"), ("2", "month"), ("3", "date"), ("Esc", "cancel")]
        } else if case .help? = state.overlay {
            hints = [("j/k", "scroll"), ("any key", "close")]
        } else if let review = state.review, review.isFinished, state.detail == nil {
            hints = [("any key", "close")]
        } else if state.contacts.isEditingFilter && state.context == .contacts {
            hints = [("Enter", "keep filter"), ("Esc", "clear"), ("↑↓", "move")]
        } else {
            hints = KeyMap.bindings(for: state.context).compactMap { b in b.hint.map { (b.keys[0].description, $0) } }
        }
        StatusBar.draw(into: &canvas, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), hints: hints)
    }
}
