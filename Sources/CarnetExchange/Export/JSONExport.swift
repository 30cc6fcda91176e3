import CarnetCore
import Foundation

/// The whole model as JSON: contacts, circles, journal, events, goals, objective.
///
/// Field names follow `carnet list --json` (camelCase, dates as `YYYY-MM-DD`,
/// absent values omitted, lists always present) so one reader handles both.
/// Keys are sorted so the same network always gives the same bytes.
public enum JSONExport {
    struct Document: Encodable {
        var format = "carnet"
        var version = 1
        var contacts: [ContactShape]
        var circles: [CircleShape]
        var interactions: [InteractionShape]
        var events: [EventShape]
        var goals: [GoalShape]
        var objective: ObjectiveShape?
    }

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
    }

    struct CircleShape: Encodable {
        var name: String
        var kind, cadence, description: String?
        var members: [String]
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
    }

    struct EventShape: Encodable {
        var id, name, date: String
        var kind, place, note: String?
        var target: Int?
        var met: [String]

        init(_ e: Event) {
            id = e.id; name = e.name; date = e.date.description; kind = e.kind; place = e.place
            note = e.note; target = e.target; met = e.met
        }
    }

    struct GoalShape: Encodable {
        var measure: String
        var target: Int
    }

    struct ObjectiveShape: Encodable {
        var aim: String
        var sectors, companies: [String]
        var note: String?
    }

    static func json(_ network: Network) throws -> String {
        let document = Document(
            contacts: network.contacts.map(ContactShape.init),
            circles: network.membersByCircle.map { name, members in
                let circle = network.circle(named: name)
                return CircleShape(name: circle.name, kind: circle.kind, cadence: circle.cadence?.description,
                                   description: circle.description,
                                   members: members.map { network.contacts[$0].id })
            },
            interactions: network.interactions.map(InteractionShape.init),
            events: network.events.map(EventShape.init),
            goals: network.goals.map { GoalShape(measure: $0.measure.description, target: $0.target) },
            objective: network.objective.map {
                ObjectiveShape(aim: $0.aim.rawValue, sectors: $0.sectors, companies: $0.companies, note: $0.note)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The encoder leaves DEL, C1 and bidi controls raw: written as \u escapes, the JSON
        // keeps the exact value and is inert when printed.
        return Inert.escapingControlsInJSON(String(decoding: try encoder.encode(document), as: UTF8.self)) + "\n"
    }
}
