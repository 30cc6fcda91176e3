import CarnetCore

/// Brings what a file says about a person into the record the user already has.
///
/// The rule: never overwrite. An empty field is filled, a list gains the values
/// it lacks, and a field the user has set to something else keeps the user's
/// value — the difference is reported so they can decide. Values equal but for
/// case and accents are the same value. Merging the same data twice changes
/// nothing, which is what makes re-importing a file harmless.
struct ContactMerge {
    var merged: Contact
    /// What the import adds: `e-mail bob@x.com`, `company Acme`.
    var changes: [String] = []
    /// What the file says differently: `company: kept 'Acme', the file says 'Acme SAS'`.
    var differences: [String] = []

    init(_ incoming: Contact, into existing: Contact) {
        merged = existing
        if !Self.same(existing.name, incoming.name) {
            differences.append("name: kept '\(existing.name)', the file says '\(incoming.name)'")
        }
        merge(\.company, "company", incoming)
        merge(\.role, "role", incoming)
        merge(\.city, "city", incoming)
        merge(\.country, "country", incoming)
        merge(\.sector, "sector", incoming)
        merge(\.seniority, "seniority", incoming)
        merge(\.introducedBy, "introduced by", incoming)
        if merged.cadence == nil, let cadence = incoming.cadence {
            merged.cadence = cadence
            changes.append("cadence \(cadence)")
        }
        mergeNote(incoming.note)
        mergeBirthday(incoming.birthday)
        mergeMet(incoming.met)
        add(incoming.emails, to: \.emails, "e-mail", key: MatchKeys.email)
        add(incoming.phones, to: \.phones, "phone", key: MatchKeys.phone)
        add(incoming.urls, to: \.urls, "web address", key: MatchKeys.url)
        add(incoming.circles, to: \.circles, "circle", key: { Folding.key($0) })
        add(incoming.tags, to: \.tags, "tag", key: { Folding.key($0) })
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        Folding.key(a.trimmed) == Folding.key(b.trimmed)
    }

    private mutating func merge(_ field: WritableKeyPath<Contact, String?>, _ label: String, _ incoming: Contact) {
        guard let new = incoming[keyPath: field], !new.isEmpty else { return }
        guard let old = merged[keyPath: field], !old.isEmpty else {
            merged[keyPath: field] = new
            changes.append("\(label) \(new)")
            return
        }
        if !Self.same(old, new) {
            differences.append("\(label): kept '\(old)', the file says '\(new)'")
        }
    }

    /// A note the user has extended (the imported text is still in it) is the same note.
    private mutating func mergeNote(_ new: String?) {
        guard let new, !new.isEmpty else { return }
        guard let old = merged.note, !old.isEmpty else {
            merged.note = new
            changes.append("note")
            return
        }
        if !old.contains(new) {
            differences.append("note: kept yours; the file's differs (\(Self.excerpt(new)))")
        }
    }

    /// A year added to a known day and month completes the birthday, it does not
    /// contradict it.
    private mutating func mergeBirthday(_ new: Birthday?) {
        guard let new else { return }
        guard let old = merged.birthday else {
            merged.birthday = new
            changes.append("birthday \(new)")
            return
        }
        if old == new { return }
        if old.year == nil, new.year != nil, old.month == new.month, old.day == new.day {
            merged.birthday = new
            changes.append("birthday year \(new)")
            return
        }
        differences.append("birthday: kept \(old), the file says \(new)")
    }

    private mutating func mergeMet(_ new: Contact.Met?) {
        guard let newDate = new?.date else { return }
        guard let old = merged.met, let oldDate = old.date else {
            merged.met = Contact.Met(date: newDate, event: merged.met?.event)
            changes.append("met \(newDate)")
            return
        }
        if oldDate != newDate {
            differences.append("met: kept \(oldDate), the file says \(newDate)")
        }
    }

    private mutating func add(_ values: [String], to field: WritableKeyPath<Contact, [String]>, _ label: String,
                              key: (String) -> String) {
        var known = Set(merged[keyPath: field].map(key))
        for value in values where known.insert(key(value)).inserted {
            merged[keyPath: field].append(value)
            changes.append("\(label) \(value)")
        }
    }

    private static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 40 ? "'" + line.prefix(40) + "…'" : "'\(line)'"
    }
}
