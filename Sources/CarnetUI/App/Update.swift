import CarnetCore

/// The app's one reducer: an action changes the state and may ask for effects.
/// Pure: no terminal, no disk, no clock — the run loop does those.
public enum App {
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects = reduce(&state, action)
        if state.reloadPending, state.overlay == nil {
            state.reloadPending = false
            effects.append(.reload)
        }
        state.prepareForDisplay()
        return effects
    }

    private static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case let .resized(width, height):
            state.width = max(0, width)
            state.height = max(0, height)
            return []
        case let .saved(network, message):
            state.network = network
            state.networkDidChange()
            state.message = StatusMessage(message)
            if case .form(let f)? = state.overlay, f.isSaving { state.overlay = nil }
            if var review = state.review, let awaiting = review.awaiting, let current = review.current {
                if awaiting == .log { review.logged.append(current.contactID) } else { review.snoozed.append(current.contactID) }
                review.awaiting = nil
                review.index += 1
                state.review = review
            }
            return []
        case .failed(let message):
            state.message = StatusMessage(message, isError: true)
            if case .form(var f)? = state.overlay {
                f.isSaving = false
                state.overlay = .form(f)
            }
            state.review?.awaiting = nil
            return []
        case .idle:
            state.prepareAhead()
            return []
        case .changedOutside:
            if case .form? = state.overlay {
                state.message = StatusMessage(state.strings.changedOutsideAsk, isError: true)
                state.reloadPending = true
                return []
            }
            return [.reload]
        case let .reloaded(network, readOnly):
            state.network = network
            state.readOnly = readOnly
            state.networkDidChange()
            state.message = StatusMessage(readOnly.map(state.strings.readOnlyMessage) ?? state.strings.reloaded,
                                          isError: readOnly != nil)
            return []
        }
    }

    // MARK: - Keys

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .resize { return [] }
        // Nothing shows but "too small": a key acting unseen could log or snooze someone.
        // `q` still quits (Ctrl-C too, as a signal).
        if state.isTooSmall { return key == .char("q") && state.overlay == nil ? perform(.quit, &state) : [] }
        switch state.overlay {
        case .help(let context, let scroll)?:
            switch key {
            case .char("j"), .down: state.overlay = .help(context, scroll: scroll + 1)
            case .char("k"), .up: state.overlay = .help(context, scroll: max(0, scroll - 1))
            default: state.overlay = nil
            }
            return []
        case .form(let form)?:
            return FormKeys.handle(key, form, &state)
        case .snooze(let choice)?:
            return SnoozeKeys.handle(key, choice, &state)
        case nil:
            break
        }
        if state.context == .contacts && state.contacts.isEditingFilter {
            return filterKey(key, &state)
        }
        if let review = state.review, review.isFinished, state.detail == nil {
            state.review = nil  // any key closes the summary
            return []
        }
        state.message = nil
        if case .paste = key {
            state.message = StatusMessage(state.strings.pasteOutsideField)
            return []
        }
        guard let command = KeyMap.command(for: key, in: state.context) else { return [] }
        return perform(command, &state)
    }

    private static func filterKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.contacts.isEditingFilter = false
        case .escape:
            state.contacts.isEditingFilter = false
            state.contacts.filter = TextField()
            state.contacts.refilter(state.network, today: state.today, keeping: state.contacts.selected(in: state.network)?.id)
        case .down, .up, .pageDown, .pageUp:
            return perform(key == .down ? .down : key == .up ? .up : key == .pageDown ? .pageDown : .pageUp, &state)
        default:
            if state.contacts.filter.handle(key) {
                state.contacts.selection = 0
                state.contacts.offset = 0
                state.contacts.refilter(state.network, today: state.today)
            }
        }
        return []
    }

    // MARK: - Commands

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .down, .up, .pageDown, .pageUp, .top, .bottom:
            move(command, &state)
        case .nextPane:
            state.pane = Pane(rawValue: (state.pane.rawValue + 1) % Pane.allCases.count)!
        case .previousPane:
            state.pane = Pane(rawValue: (state.pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .showPane(let pane):
            state.pane = pane
        case .open:
            open(&state)
        case .back:
            if state.detail != nil {
                state.detail = nil
                state.detailScroll = 0
            } else if state.review != nil {
                if let count = state.review?.items.count { state.review?.index = count }  // to the summary
            }
        case .filter:
            state.pane = .contacts
            state.contacts.isEditingFilter = true
        case .clearFilter:
            guard !state.contacts.filter.text.isEmpty else { return [] }
            state.contacts.filter = TextField()
            state.contacts.refilter(state.network, today: state.today, keeping: state.contacts.selected(in: state.network)?.id)
        case .cycleSort:
            state.contacts.sort = ContactSort(rawValue: (state.contacts.sort.rawValue + 1) % ContactSort.allCases.count)!
            state.contacts.rebuild(state.network, today: state.today)
            state.message = StatusMessage(state.strings.sortedBy(state.strings.sortNames[state.contacts.sort.rawValue]))
        case .clearCircle:
            state.contacts.circle = nil
            state.contacts.circleName = nil
            state.contacts.rebuild(state.network, today: state.today)
        case .add, .edit, .log, .event, .snooze, .editNote:
            return write(command, &state)
        case .openLink:
            guard let c = state.focusedContact, let value = c.linkedIn ?? c.urls.first ?? c.emails.first else {
                state.message = StatusMessage(state.strings.noLink, isError: true)
                return []
            }
            switch SafeOpener.link(for: value) {
            case .success(let link): return [.openLink(link)]
            case .failure(let refusal): state.message = StatusMessage(refusal.description, isError: true)
            }
        case .review:
            if !state.suggestionsAreFresh { state.refreshSuggestions() }
            state.review = Review(items: state.suggestions, goalsAtStart: state.goals)
            state.detail = nil
        case .skip:
            if let current = state.review?.current {
                state.review?.skipped.append(current.contactID)
                state.review?.index += 1
            }
        case .help:
            state.overlay = .help(state.context, scroll: 0)
        case .quit:
            state.isQuitting = true
            return [.quit]
        }
        return []
    }

    /// Commands that change the store: refused, with the reason, when it is read-only.
    private static func write(_ command: Command, _ state: inout AppState) -> [Effect] {
        if let reason = state.readOnly {
            state.message = StatusMessage(state.strings.readOnlyMessage(reason), isError: true)
            return []
        }
        if command == .add {
            state.overlay = .form(Forms.addContact(state.strings))
            return []
        }
        if command == .event {
            state.overlay = .form(Forms.event(state.strings, today: state.today))
            return []
        }
        guard let contact = state.focusedContact else {
            state.message = StatusMessage(state.strings.noSelection, isError: true)
            return []
        }
        switch command {
        case .edit: state.overlay = .form(Forms.editContact(contact, state.strings))
        case .log:
            state.overlay = .form(Forms.log(with: [contact], in: state.network, today: state.today, state.strings))
            // From the review, the review moves on once the log is saved.
            if let current = state.review?.current, current.contactID == contact.id { state.review?.awaiting = .log }
        case .snooze: state.overlay = .snooze(SnoozeChoice(contactID: contact.id))
        case .editNote: return [.editNote(contactID: contact.id)]
        default: break
        }
        return []
    }

    private static func move(_ command: Command, _ state: inout AppState) {
        func moved(_ current: Int, count: Int, page: Int) -> Int {
            guard count > 0 else { return 0 }
            let target: Int
            switch command {
            case .down: target = current + 1
            case .up: target = current - 1
            case .pageDown: target = current + page
            case .pageUp: target = current - page
            case .top: target = 0
            default: target = count - 1
            }
            return min(max(0, target), count - 1)
        }
        if state.detail != nil {
            state.detailScroll = max(0, moved(state.detailScroll, count: 1000, page: state.height - 4))
            return
        }
        switch state.pane {
        case .contacts:
            let rows = state.listRows
            state.contacts.selection = moved(state.contacts.selection, count: state.contacts.rows.count, page: rows)
            state.contacts.offset = ListView.offset(keeping: state.contacts.selection, from: state.contacts.offset,
                                                    visibleRows: rows, count: state.contacts.rows.count)
        case .map:
            state.mapSelection = moved(state.mapSelection, count: state.mapCircleNames.count + 1, page: 5)
        case .month:
            state.monthSelection = moved(state.monthSelection, count: state.suggestions.count, page: 5)
        }
    }

    private static func open(_ state: inout AppState) {
        if state.review != nil, let current = state.review?.current {
            state.detail = current.contactID
            state.detailScroll = 0
            return
        }
        switch state.pane {
        case .contacts, .month:
            if let c = state.focusedContact {
                state.detail = c.id
                state.detailScroll = 0
            }
        case .map:
            let names = state.mapCircleNames
            state.contacts.circle = state.mapSelection < names.count ? Folding.key(names[state.mapSelection]) : ""
            state.contacts.circleName = state.mapSelection < names.count ? names[state.mapSelection] : nil
            state.contacts.selection = 0
            state.contacts.offset = 0
            state.contacts.rebuild(state.network, today: state.today)
            state.pane = .contacts
        }
    }
}
