import CarnetCore

/// The app's forms: how each is laid out, and what its values become once valid.
enum Forms {
    static func addContact(_ s: Strings) -> AppForm {
        AppForm(.addContact, Form(contactFields(Contact(id: "", name: ""), s)))
    }

    static func editContact(_ c: Contact, _ s: Strings) -> AppForm {
        AppForm(.editContact(id: c.id), Form(contactFields(c, s)))
    }

    private static func contactFields(_ c: Contact, _ s: Strings) -> [Form.Field] {
        func l(_ k: String) -> String { s.labels[k] ?? k }
        return [
            .text("name", label: l("name"), value: c.name, required: true),
            .text("company", label: l("company"), value: c.company ?? ""),
            .text("role", label: l("role"), value: c.role ?? ""),
            .text("circles", label: l("circles"), value: c.circles.joined(separator: ", "), placeholder: "comma-separated"),
            .text("email", label: l("email"), value: c.emails.joined(separator: ", ")),
            .text("phone", label: l("phone"), value: c.phones.joined(separator: ", ")),
            .text("url", label: l("url"), value: c.urls.joined(separator: ", ")),
            .text("city", label: l("city"), value: c.city ?? ""),
            .text("country", label: l("country"), value: c.country ?? ""),
            .text("sector", label: l("sector"), value: c.sector ?? ""),
            .text("cadence", label: l("cadence"), value: c.cadence?.description ?? "", placeholder: "30d, 6w, 3m"),
            .date("birthday", label: l("birthday"), value: c.birthday.map(birthdayText) ?? "", yearOptional: true),
            .text("tags", label: l("tags"), value: c.tags.joined(separator: ", ")),
            .text("note", label: l("note"), value: c.note?.split(separator: "\n").first.map(String.init) ?? "",
                  placeholder: c.note?.contains("\n") == true ? "(long note: press n to edit it in $EDITOR)" : ""),
        ]
    }

    private static func birthdayText(_ b: Birthday) -> String {
        b.year == nil ? String(b.description.dropFirst(2)) : b.description
    }

    static func log(with people: [Contact], in network: Network, today: Day, _ s: Strings) -> AppForm {
        func l(_ k: String) -> String { s.labels[k] ?? k }
        // A name that finds the same person again reads better than an id; twins get their id.
        let names = people.map { c -> String in
            if case .success(let found) = PersonLookup.find(c.name, in: network), found.id == c.id { return c.name }
            return c.id
        }
        return AppForm(.log(people: people.map(\.id)), Form([
            .text("with", label: l("with"), value: names.joined(separator: ", "), required: true),
            .choice("kind", label: l("kind"), options: InteractionKind.all, value: "coffee"),
            .choice("channel", label: l("channel"), options: ["auto"] + Channel.allCases.map(\.rawValue)),
            .choice("exchange", label: l("exchange"), options: s.exchangeOptions),
            .text("what", label: l("what"), placeholder: "an intro, advice, a recommendation…"),
            .text("note", label: l("note")),
            .date("follow-up", label: l("follow-up")),
            .date("date", label: l("date"), value: today.description, required: true),
        ]))
    }

    static func event(_ s: Strings, today: Day) -> AppForm {
        func l(_ k: String) -> String { s.labels[k] ?? k }
        return AppForm(.event, Form([
            .text("event-name", label: l("event-name"), required: true),
            .date("date", label: l("date"), value: today.description, required: true),
            .choice("event-kind", label: l("event-kind"), options: EventKind.suggested),
            .text("place", label: l("place")),
            .text("target", label: l("target")),
            .text("met", label: l("met"), placeholder: s.metHint),
        ]))
    }

    static func snoozeUntil(_ id: String, today: Day, _ s: Strings) -> AppForm {
        var until = Form.Field.date("until", label: s.labels["until"] ?? "Until", value: today.adding(days: 14).description,
                                    required: true)
        until.input.isSuggestion = true  // a date typed replaces it
        return AppForm(.snoozeUntil(id: id), Form([until]))
    }

    // MARK: - Submitting

    /// Turns a valid form into the effect that saves it, or marks its wrong fields.
    static func submit(_ appForm: inout AppForm, _ state: AppState) -> Effect? {
        guard appForm.form.validate() else { return nil }
        let s = state.strings
        let v = appForm.form.values.mapValues { $0.trimmingSpaces }
        func text(_ k: String) -> String? { v[k].flatMap { $0.isEmpty ? nil : $0 } }
        func list(_ k: String) -> [String] { text(k)?.commaList() ?? [] }

        switch appForm.purpose {
        case .addContact, .editContact:
            var contact: Contact
            if case .editContact(let id) = appForm.purpose, let existing = state.network.contact(id: id) {
                contact = existing
            } else {
                let network = state.network
                contact = Contact(id: Slug.unique(Slug.make(text("name") ?? "")) { network.contains(id: $0) }, name: "")
                contact.added = state.today
            }
            // An edit applies only what the user changed in the form: the contact may have been
            // reloaded since the form opened, and its other fields are the newer ones.
            let isEdit = appForm.purpose != .addContact
            func changed(_ k: String) -> Bool { !isEdit || v[k] != appForm.initial[k]?.trimmingSpaces }
            if changed("name") { contact.name = text("name") ?? contact.name }
            if changed("company") { contact.company = text("company") }
            if changed("role") {
                contact.role = text("role")
                if isEdit { contact.roleSince = contact.role == nil ? nil : state.today }
            }
            if changed("circles") { contact.circles = list("circles") }
            if changed("email") { contact.emails = list("email") }
            if changed("phone") { contact.phones = list("phone") }
            if changed("url") { contact.urls = list("url") }
            if changed("city") { contact.city = text("city") }
            if changed("country") { contact.country = text("country") }
            if changed("sector") { contact.sector = text("sector") }
            if changed("tags") { contact.tags = list("tags") }
            if changed("cadence") {
                if let c = text("cadence") {
                    guard let cadence = Cadence(c) else { return fail(&appForm, "cadence", s.notACadence) }
                    contact.cadence = cadence
                } else {
                    contact.cadence = nil
                }
            }
            if changed("birthday") { contact.birthday = text("birthday").flatMap { Birthday($0) } }
            // The form shows a long note's first line only: the rest is kept unless that line changed.
            if changed("note") {
                let rest = contact.note?.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
                contact.note = [text("note"), rest.map(String.init)].compactMap { $0 }.joined(separator: "\n")
                if contact.note?.isEmpty == true { contact.note = nil }
            }
            let isNew = appForm.purpose == .addContact
            return .saveContacts([contact], message: isNew ? s.added(contact.name) : s.saved(contact.name))

        case .log(let preselected):
            var people: [String] = []
            for name in list("with") {
                if let id = preselected.first(where: { state.network.contact(id: $0)?.name == name || $0 == name }) {
                    people.append(id)
                    continue
                }
                switch PersonLookup.find(name, in: state.network) {
                case .success(let c): people.append(c.id)
                case .failure(let f): return fail(&appForm, "with", f.description)
                }
            }
            guard let date = text("date").flatMap({ Day($0) }) else { return fail(&appForm, "date", s.required(s.labels["date"] ?? "Date")) }
            let what = text("what") ?? ""
            let exchange: Exchange
            switch v["exchange"] {
            case s.exchangeOptions[1]: exchange = .gave(what)
            case s.exchangeOptions[2]: exchange = .asked(what)
            case s.exchangeOptions[3]: exchange = .received(what)
            default: exchange = .neutral
            }
            let kind = v["kind"] ?? "coffee"
            let x = Interaction(date: date, people: people, kind: kind, channel: v["channel"].flatMap { Channel(rawValue: $0) },
                                exchange: exchange, note: text("note"), followUp: text("follow-up").flatMap { Day($0) })
            let names = people.compactMap { state.network.contact(id: $0)?.name }.joined(separator: ", ")
            return .log(x, message: s.logged(kind, names))

        case .event:
            guard let date = text("date").flatMap({ Day($0) }), let name = text("event-name") else { return nil }
            var target: Int?
            if let t = text("target") {
                guard let n = Int(t), n >= 0 else { return fail(&appForm, "target", s.notANumber) }
                target = n
            }
            var network = state.network
            let id = Slug.unique(Slug.make(name + " " + date.month.description)) { network.event(id: $0) != nil }
            var event = Event(id: id, name: name, date: date)
            event.kind = v["event-kind"]
            event.place = text("place")
            event.target = target
            var newPeople: [Contact] = []
            var metAgain: [String] = []
            // Each person once, however often named (`Zoé Lambert, zoe lambert`): a name that
            // finds someone added from an earlier name of the list is that same new person.
            var named = Set<String>()
            for who in list("met") {
                switch PersonLookup.find(who, in: network) {
                case .success(let c):
                    if named.insert(c.id).inserted { metAgain.append(c.id) }
                case .failure(.ambiguous(_, let candidates)):
                    return fail(&appForm, "met", "'\(who)': " + candidates.joined(separator: ", "))
                case .failure(.unknown):
                    var c = Contact(id: Slug.unique(Slug.make(who)) { network.contains(id: $0) }, name: who)
                    c.met = Contact.Met(date: date, event: id)
                    c.added = state.today
                    network.upsert(c)
                    newPeople.append(c)
                    named.insert(c.id)
                }
            }
            event.met = newPeople.map(\.id) + metAgain
            return .recordEvent(event, newPeople: newPeople, metAgain: metAgain, message: s.recorded(name, newPeople.count))

        case .snoozeUntil(let id):
            guard var c = state.network.contact(id: id), let until = text("until").flatMap({ Day($0) }) else { return nil }
            guard until > state.today else { return fail(&appForm, "until", "a day after today") }
            c.snoozedUntil = until
            return .saveContacts([c], message: s.snoozed(c.name, until.description))
        }
    }

    private static func fail(_ f: inout AppForm, _ field: String, _ message: String) -> Effect? {
        f.form.setError(message, for: field)
        if let i = f.form.fields.firstIndex(where: { $0.name == field }) { f.form.focus = i }
        return nil
    }
}

/// Keys while a form is open: Enter saves, Esc cancels, the rest edits.
enum FormKeys {
    static func handle(_ key: Key, _ form: AppForm, _ state: inout AppState) -> [Effect] {
        var f = form
        guard !f.isSaving else { return [] }
        switch key {
        case .escape:
            // One stray Esc does not throw away what was typed: an Alt-key sends one (Alt-b,
            // readline's word back, closed the form). With changes, a second Esc discards.
            if f.form.values != f.initial && !f.confirmsDiscard {
                f.confirmsDiscard = true
                state.overlay = .form(f)
                state.message = StatusMessage(state.strings.discardAsk, isError: true)
                return []
            }
            if f.confirmsDiscard { state.message = nil }  // the question, answered
            state.overlay = nil
            if state.review?.awaiting != nil { state.review?.awaiting = nil }
            return []
        case .enter:
            takeBackDiscard(&f, &state)
            guard let effect = Forms.submit(&f, state) else {
                state.overlay = .form(f)
                return []
            }
            f.isSaving = true
            state.overlay = .form(f)
            return [effect]
        default:
            takeBackDiscard(&f, &state)
            f.form.handle(key)
            state.overlay = .form(f)
            return []
        }
    }
}

/// Any key but Esc after the question takes it back, and its line with it.
private func takeBackDiscard(_ f: inout AppForm, _ state: inout AppState) {
    guard f.confirmsDiscard else { return }
    f.confirmsDiscard = false
    state.message = nil
}

/// Keys in the snooze picker: a week, a month, or a date (which opens a one-field form).
enum SnoozeKeys {
    static func handle(_ key: Key, _ choice: SnoozeChoice, _ state: inout AppState) -> [Effect] {
        var c = choice
        switch key {
        case .escape, .char("q"):
            state.overlay = nil
            state.review?.awaiting = nil
            return []
        case .char("j"), .down: c.selection = min(2, c.selection + 1)
        case .char("k"), .up: c.selection = max(0, c.selection - 1)
        case .char("1"), .char("w"): return choose(0, c, &state)
        case .char("2"), .char("m"): return choose(1, c, &state)
        case .char("3"), .char("d"): return choose(2, c, &state)
        case .enter: return choose(c.selection, c, &state)
        default: break
        }
        state.overlay = .snooze(c)
        return []
    }

    private static func choose(_ option: Int, _ choice: SnoozeChoice, _ state: inout AppState) -> [Effect] {
        if state.review != nil { state.review?.awaiting = .snooze }
        guard option < 2 else {
            state.overlay = .form(Forms.snoozeUntil(choice.contactID, today: state.today, state.strings))
            return []
        }
        guard var c = state.network.contact(id: choice.contactID) else { return [] }
        let until = option == 0 ? state.today.adding(days: 7) : state.today.adding(months: 1)
        c.snoozedUntil = until
        state.overlay = nil
        return [.saveContacts([c], message: state.strings.snoozed(c.name, until.description))]
    }
}
