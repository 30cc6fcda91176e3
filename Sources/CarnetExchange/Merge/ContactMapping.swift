import CarnetCore

/// Turns what an export said about a person into a `Contact` of the model.
enum ContactMapping {
    /// `id` is chosen by the planner (it must be unique in the network); `today`
    /// dates the `added` field; `source` says which importer brought them in, so
    /// the planner can leave imported people out until you have been in touch.
    static func contact(from person: ImportedPerson, id: String, source: ImportFormat,
                        today: Day) -> (contact: Contact, warnings: [String]) {
        var warnings: [String] = []
        var c = Contact(id: id, name: person.displayName)
        c.company = person.company
        c.role = person.role
        c.emails = person.emails
        c.phones = person.phones
        // The model keeps LinkedIn among the URLs (`Contact.linkedIn` finds it there).
        c.urls = (person.linkedIn.map { [$0] } ?? []) + person.urls
        c.city = person.city
        c.country = person.country
        c.circles = person.circles.map(circleName)
        c.note = person.note
        switch person.birthday {
        case .date(let d)?:
            // A birth year after today is no one's: a two-digit year read in the wrong
            // century (Outlook's `7/14/49`), or a typo. The day and month stay, with a word.
            if let year = d.year, year > today.year {
                c.birthday = Birthday(year: nil, month: d.month, day: d.day)
                warnings.append("the birthday's year \(year) is after today; kept without a year")
            } else {
                c.birthday = Birthday(year: d.year, month: d.month, day: d.day)
            }
        case .text(let text)?:
            // Not a date the store can hold, but the user wrote it: keep it readable.
            c.note = [c.note, "Birthday: \(text)"].compactMap { $0 }.joined(separator: "\n")
            warnings.append("the birthday '\(text)' is not a date; it was added to the note")
        case nil:
            break
        }
        if let met = person.met, let year = met.year, let day = Day(year: year, month: met.month, day: met.day) {
            c.met = Contact.Met(date: day)
        }
        if let at = person.metAt { c.met = Contact.Met(date: c.met?.date, event: at) }
        c.tags = person.tags
        c.sector = person.sector
        c.seniority = person.seniority
        c.cadence = person.cadence.flatMap { Cadence($0) }
        c.introducedBy = person.introducedBy
        c.roleSince = person.roleSince.flatMap { Day($0) }
        c.added = today
        c.source = source.rawValue
        return (c, warnings)
    }

    /// A circle name as the store can keep it: the contacts file lists circles
    /// separated by commas, so a label like `Sales, EMEA` is saved as `Sales EMEA`.
    /// Doing it here keeps a re-import from seeing a "new" circle every time.
    static func circleName(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "," || $0 == " " }).joined(separator: " ")
    }
}
