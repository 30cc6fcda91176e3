import CarnetCore
@testable import CarnetUI

/// A small fixed network for screen and reducer tests: three circles, accents, a CJK
/// name, a recent event, a follow-up, a birthday, goals and an objective. Today is
/// Sunday 22 November 2026.
enum SampleNetwork {
    static let today = Day("2026-11-22")!

    static func make() -> Network {
        func person(_ id: String, _ name: String, company: String? = nil, role: String? = nil,
                    circles: [String] = [], sector: String? = nil) -> Contact {
            var c = Contact(id: id, name: name)
            c.company = company
            c.role = role
            c.circles = circles
            c.sector = sector
            c.added = Day("2025-01-10")
            return c
        }
        var helene = person("helene-dupont", "Hélène Dupont", company: "Doctolib", role: "Head of Data",
                            circles: ["Anciens collègues", "Club Running"], sector: "Santé numérique")
        helene.emails = ["helene@example.fr"]
        helene.note = "Into MLOps.\nWants to hear about health-data jobs."
        var wang = person("wang-fang", "王芳", company: "Tencent", role: "PM", circles: ["Communauté Swift"])
        wang.birthday = Birthday("--11-25")
        let bob = person("bob-leroy", "Bob Leroy", company: "Globex", circles: ["Anciens collègues"])
        let chloe: Contact = {
            var c = person("chloe-petit", "Chloé Petit", company: "Alan", circles: [])
            c.met = Contact.Met(date: Day("2026-11-18"), event: "swift-meetup-2026-11")
            c.added = Day("2026-11-18")
            return c
        }()
        let zoe = person("zoe-martin", "Zoé Martin", company: "Acme", circles: ["Club Running"])
        let marc = person("marc-aurele", "Marc-Aurèle Lefèvre", company: "BNP Paribas", role: "Analyst",
                          circles: ["Communauté Swift", "Club Running"])
        var network = Network(
            contacts: [helene, wang, bob, chloe, zoe, marc],
            circles: [Circle(name: "Anciens collègues", kind: "former-colleagues", cadence: Cadence("60d")),
                      Circle(name: "Club Running", kind: "club", cadence: Cadence("30d")),
                      Circle(name: "Communauté Swift", kind: "online-community", cadence: Cadence("90d"))],
            interactions: [
                Interaction(date: Day("2026-08-01")!, people: ["helene-dupont"], kind: "coffee", exchange: .received("intro to Alan"), line: 2),
                Interaction(date: Day("2026-10-02")!, people: ["bob-leroy"], kind: "message", exchange: .asked("intro to their CTO"),
                            followUp: Day("2026-11-16"), line: 3),
                Interaction(date: Day("2026-11-10")!, people: ["zoe-martin", "marc-aurele"], kind: "event", line: 4),
                Interaction(date: Day("2026-11-12")!, people: ["marc-aurele"], kind: "coffee", exchange: .gave("CV review"), line: 5),
                Interaction(date: Day("2026-06-15")!, people: ["wang-fang"], kind: "call", line: 6),
            ],
            goals: [Goal(.events, target: 2), Goal(.newPeople, target: 4), Goal(.reconnects, target: 6),
                    Goal(.gives, target: 3), Goal(.kind("coffee"), target: 4)],
            objective: Objective(aim: .sectorChange, sectors: ["Santé numérique"], companies: ["Alan"])
        )
        var meetup = Event(id: "swift-meetup-2026-11", name: "Swift Meetup Lyon", date: Day("2026-11-18")!)
        meetup.kind = "meetup"
        meetup.target = 3
        meetup.met = ["chloe-petit"]
        network.upsert(meetup)
        return network
    }

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(network: make(), today: today, width: width, height: height)
    }
}

/// Sends keys to the reducer, collecting the effects.
@discardableResult
func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { App.update(&state, .key($0)) }
}

func type(_ text: String, _ state: inout AppState) {
    for ch in text { _ = App.update(&state, .key(.char(ch))) }
}
