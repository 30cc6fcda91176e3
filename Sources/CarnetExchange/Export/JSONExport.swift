import CarnetCore

/// The whole model as JSON: contacts, circles, journal, events, goals, objective.
///
/// Field names follow `carnet list --json` (camelCase, dates as `YYYY-MM-DD`,
/// absent values omitted, lists always present) so one reader handles both.
/// Keys are sorted so the same network always gives the same bytes.
public enum JSONExport {
    /// A contact as `carnet list --json`, `show --json` and `export json` write it.
    public struct ContactShape: Encodable {
        var id, name: String
        var company, role, roleSince, city, country, sector, seniority: String?
        var emails, phones, urls, circles, tags: [String]
        var met, metAt, introducedBy, cadence, birthday, note, snoozedUntil, added, source: String?
        /// Filled in by the read commands, not by the export (which has the whole journal).
        public var lastContact: String?
        public var daysSinceLastContact: Int?

        public init(_ c: Contact) {
            id = c.id; name = c.name; company = c.company; role = c.role
            roleSince = c.roleSince?.description; city = c.city; country = c.country
            sector = c.sector; seniority = c.seniority
            emails = c.emails; phones = c.phones; urls = c.urls; circles = c.circles; tags = c.tags
            met = c.met?.date?.description; metAt = c.met?.event; introducedBy = c.introducedBy
            cadence = c.cadence?.description; birthday = c.birthday?.description; note = c.note
            snoozedUntil = c.snoozedUntil?.description; added = c.added?.description; source = c.source
        }

        /// Its members as `JSONEncoder` encodes them, keys sorted.
        func writeMembers(to json: inout JSONText) {
            json.field("added", added); json.field("birthday", birthday); json.field("cadence", cadence)
            json.field("circles", circles); json.field("city", city); json.field("company", company)
            json.field("country", country); json.field("daysSinceLastContact", daysSinceLastContact)
            json.field("emails", emails); json.field("id", id); json.field("introducedBy", introducedBy)
            json.field("lastContact", lastContact); json.field("met", met); json.field("metAt", metAt)
            json.field("name", name); json.field("note", note); json.field("phones", phones); json.field("role", role)
            json.field("roleSince", roleSince); json.field("sector", sector); json.field("seniority", seniority)
            json.field("snoozedUntil", snoozedUntil); json.field("source", source); json.field("tags", tags)
            json.field("urls", urls)
        }
    }

    /// An interaction, one line of the journal.
    public struct InteractionShape: Encodable {
        var date, kind, channel: String
        var people: [String]
        var gave, asked, received, note, followUp, event: String?

        public init(_ x: Interaction) {
            date = x.date.description; kind = x.kind; channel = x.channel.rawValue; people = x.people
            switch x.exchange {
            case .neutral: break
            case .gave(let w): gave = w
            case .asked(let w): asked = w
            case .received(let w): received = w
            }
            note = x.note; followUp = x.followUp?.description; event = x.event
        }

        /// Its members as `JSONEncoder` encodes them, keys sorted.
        func writeMembers(to json: inout JSONText) {
            json.field("asked", asked); json.field("channel", channel); json.field("date", date)
            json.field("event", event); json.field("followUp", followUp); json.field("gave", gave)
            json.field("kind", kind); json.field("note", note); json.field("people", people)
            json.field("received", received)
        }
    }

    /// The whole network as `JSONEncoder` wrote it before (the tests compare the two),
    /// written straight into bytes (`JSONText`).
    static func json(_ network: Network) throws -> String {
        var json = JSONText(capacity: network.contacts.count * 700 + network.interactions.count * 200)
        json.object { json in
            json.field("circles", objects: network.membersByCircle) { json, entry in
                let circle = network.circle(named: entry.name)
                json.field("cadence", circle.cadence?.description)
                json.field("description", circle.description)
                json.field("kind", circle.kind)
                json.field("members", entry.members.map { network.contacts[$0].id })
                json.field("name", circle.name)
            }
            json.field("contacts", objects: network.contacts) { ContactShape($1).writeMembers(to: &$0) }
            json.field("events", objects: network.events) { json, e in
                json.field("date", e.date.description); json.field("id", e.id); json.field("kind", e.kind)
                json.field("met", e.met); json.field("name", e.name); json.field("note", e.note)
                json.field("place", e.place); json.field("target", e.target)
            }
            json.field("format", "carnet")
            json.field("goals", objects: network.goals) { json, g in
                json.field("measure", g.measure.description)
                json.field("target", g.target)
            }
            json.field("interactions", objects: network.interactions) { InteractionShape($1).writeMembers(to: &$0) }
            if let o = network.objective {
                json.field("objective") { json in
                    json.object { json in
                        json.field("aim", o.aim.rawValue); json.field("companies", o.companies)
                        json.field("note", o.note); json.field("sectors", o.sectors)
                    }
                }
            }
            json.field("version", 1)
        }
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
}
