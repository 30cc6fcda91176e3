import CarnetCore

// The stable shapes of `--json` output, documented in docs/cli.md. Dates are YYYY-MM-DD
// strings; absent values are omitted; lists are always present.

struct ContactJSON: Encodable {
    var id, name: String
    var company, role, roleSince, city, country, sector, seniority: String?
    var emails, phones, urls, circles, tags: [String]
    var met, metAt, introducedBy, cadence, birthday, note, snoozedUntil, added, source: String?
    var lastContact: String?
    var daysSinceLastContact: Int?

    init(_ c: Contact, in network: Network, today: Day) {
        id = c.id; name = c.name; company = c.company; role = c.role
        roleSince = c.roleSince?.description; city = c.city; country = c.country
        sector = c.sector; seniority = c.seniority
        emails = c.emails; phones = c.phones; urls = c.urls; circles = c.circles; tags = c.tags
        met = c.met?.date?.description; metAt = c.met?.event; introducedBy = c.introducedBy
        cadence = c.cadence?.description; birthday = c.birthday?.description; note = c.note
        snoozedUntil = c.snoozedUntil?.description; added = c.added?.description; source = c.source
        let last = network.lastInteraction(of: c.id)
        lastContact = last?.date.description
        daysSinceLastContact = last.map { $0.date.days(to: today) }
    }
}

struct InteractionJSON: Encodable {
    var date, kind, channel: String
    var people: [String]
    var gave, asked, received, note, followUp, event: String?

    init(_ x: Interaction) {
        date = x.date.description; kind = x.kind; channel = x.channel.rawValue; people = x.people
        switch x.exchange {
        case .neutral: break
        case .gave(let w): gave = w
        case .asked(let w): asked = w
        case .received(let w): received = w
        }
        note = x.note; followUp = x.followUp?.description; event = x.event
    }
}

struct EventJSON: Encodable {
    var id, name, date: String
    var kind, place, note: String?
    var target: Int?
    var met: [String]

    init(_ e: Event) {
        id = e.id; name = e.name; date = e.date.description; kind = e.kind; place = e.place
        note = e.note; target = e.target; met = e.met
    }
}

struct ProblemJSON: Encodable {
    var file: String
    var line: Int
    var message, severity: String

    init(_ p: Problem) {
        file = p.file; line = p.line; message = p.message; severity = p.severity.rawValue
    }
}
