import ArgumentParser
import CarnetCore

/// The fields of a person, as flags shared by `add` and `edit`.
struct ContactOptions: ParsableArguments {
    @Option(help: "Company.") var company: String?
    @Option(help: "Role or job title.") var role: String?
    @Option(name: .customLong("circle"), help: ArgumentHelp("A circle (repeat for several; with edit, replaces them).", valueName: "name"))
    var circles: [String] = []
    @Option(name: .customLong("email"), help: ArgumentHelp("An e-mail address (repeatable; with edit, replaces them).", valueName: "address"))
    var emails: [String] = []
    @Option(name: .customLong("phone"), help: ArgumentHelp("A phone number (repeatable; with edit, replaces them).", valueName: "number"))
    var phones: [String] = []
    @Option(name: .customLong("url"), help: ArgumentHelp("A web address, LinkedIn's for instance (repeatable; with edit, replaces them).", valueName: "url"))
    var urls: [String] = []
    @Option(help: "City.") var city: String?
    @Option(help: "Country.") var country: String?
    @Option(help: "Sector (fintech, health…).") var sector: String?
    @Option(help: "Seniority (junior, senior, executive…).") var seniority: String?
    @Option(name: .customLong("tag"), help: ArgumentHelp("A tag (repeatable; with edit, replaces them).", valueName: "tag"))
    var tags: [String] = []
    @Option(help: ArgumentHelp("How often to be in touch: 30d, 6w, 3m, 1y.", valueName: "cadence")) var cadence: String?
    @Option(help: ArgumentHelp("Birthday, with or without the year.", valueName: "YYYY-MM-DD|MM-DD")) var birthday: String?
    @Option(help: ArgumentHelp("When you met.", valueName: "YYYY-MM-DD")) var met: String?
    @Option(name: .customLong("met-at"), help: ArgumentHelp("The id of the event where you met.", valueName: "event")) var metAt: String?
    @Option(name: .customLong("introduced-by"), help: ArgumentHelp("Who introduced you.", valueName: "person")) var introducedBy: String?
    @Option(help: "A note (use the app or an editor for long ones).") var note: String?

    /// Applies the flags that were given; `replaceLists` for edit, where a list flag replaces the list.
    func apply(to contact: inout Contact, today: Day) throws {
        if let company { contact.company = company.emptyAsNil }
        if let role, role.emptyAsNil != contact.role {
            contact.role = role.emptyAsNil
            contact.roleSince = role.isEmpty ? nil : today
        }
        if !circles.isEmpty { contact.circles = circles.flatMap { $0.commaList() } }
        if !emails.isEmpty { contact.emails = emails.compactMap(\.emptyAsNil) }
        if !phones.isEmpty { contact.phones = phones.compactMap(\.emptyAsNil) }
        if !urls.isEmpty { contact.urls = urls.compactMap(\.emptyAsNil) }
        if let city { contact.city = city.emptyAsNil }
        if let country { contact.country = country.emptyAsNil }
        if let sector { contact.sector = sector.emptyAsNil }
        if let seniority { contact.seniority = seniority.emptyAsNil }
        if !tags.isEmpty { contact.tags = tags.flatMap { $0.commaList() } }
        if let cadence { contact.cadence = cadence.isEmpty ? nil : try Parse.cadence(cadence, flag: "--cadence") }
        if let birthday { contact.birthday = birthday.isEmpty ? nil : try Parse.birthday(birthday, flag: "--birthday") }
        if met != nil || metAt != nil {
            var m = contact.met ?? Contact.Met(date: nil)
            if let met { m.date = met.isEmpty ? nil : try Parse.day(met, flag: "--met") }
            if let d = m.date, d > today { throw CLIFailure.usage("--met: \(d) is after today") }
            if let metAt { m.event = metAt.emptyAsNil }
            contact.met = (m.date == nil && m.event == nil) ? nil : m
        }
        if let introducedBy { contact.introducedBy = introducedBy.emptyAsNil }
        if let note { contact.note = note.emptyAsNil }
        for value in [contact.name] + contact.emails + contact.urls where value.contains(where: { $0.isNewline }) {
            throw CLIFailure.usage("'\(Inert.text(value))' cannot hold a line break")
        }
    }
}

extension String {
    /// An empty flag value (`--company ""`) clears the field.
    var emptyAsNil: String? {
        let t = trimmingSpaces
        return t.isEmpty ? nil : t
    }
}
