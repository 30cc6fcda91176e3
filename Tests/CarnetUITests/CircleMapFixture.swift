import CarnetCore
@testable import CarnetUI

/// A hand-built network for the circle map: six circles of different sizes and warmth,
/// people bridging circles, accents and a CJK name, people outside any circle.
enum CircleMapFixture {
    static let today = Day(year: 2026, month: 3, day: 15)!

    static let circles = [
        Circle(name: "Anciens collègues", kind: "former-colleagues", cadence: Cadence("60d")),
        Circle(name: "Alumni ESSEC", kind: "alumni", cadence: Cadence("90d")),
        Circle(name: "Club de course", kind: "club", cadence: Cadence("30d")),
        Circle(name: "Famille & amis", kind: "family-friends", cadence: Cadence("30d")),
        Circle(name: "Association Égalité", kind: "association", cadence: Cadence("6w")),
        Circle(name: "東京 Tech", kind: "online-community", cadence: Cadence("90d")),
    ]

    /// Name, circles (by index), days since the last interaction (nil: none logged).
    static let people: [(String, [Int], Int?)] = [
        // Anciens collègues: 12, mostly warm (60-day cadence).
        ("Hélène Dupont", [0, 1], 10), ("Marc Lefèvre", [0], 20), ("Zoé Martin", [0, 2], 5),
        ("Bruno Caron", [0], 45), ("Inès Roussel", [0], 70), ("Paul Girard", [0], 30),
        ("Léa Fontaine", [0], 15), ("Yann Le Goff", [0], 100), ("Chloé Bernard", [0, 3], 3),
        ("Nadia Haddad", [0], 55), ("Théo Moreau", [0], 25), ("Sophie Laurent", [0], 58),
        // Alumni ESSEC: 9 with Hélène, mostly cold (90-day cadence).
        ("Julien Petit", [1], 120), ("Camille Roux", [1], 200), ("Antoine Blanc", [1, 4], 95),
        ("Émilie Faure", [1], 30), ("Karim Benali", [1], nil), ("Lucie Mercier", [1], 150),
        ("Olivier Dubois", [1], 91), ("Sarah Cohen", [1, 5], 80),
        // Club de course: 5 with Zoé, warm (30-day cadence).
        ("Romain Chevalier", [2], 7), ("Élodie Perrin", [2, 3], 12), ("Hugo Lambert", [2], 40),
        ("Manon Garnier", [2], 2),
        // Famille & amis: 6 with Chloé and Élodie; warm today, cooling fast (30-day cadence).
        ("Maman", [3], 20), ("Louis Dupont", [3], 25), ("Anaïs Dupont", [3], 18), ("Pierre Vidal", [3], 35),
        // Association Égalité: 4 with Antoine, cold (6 weeks).
        ("Fatou Diallo", [4], 60), ("Gaëlle Morin", [4], 10), ("Rémi Fabre", [4], 90),
        // 東京 Tech: 3 with Sarah.
        ("田中 花子", [5], 40), ("Kenji Watanabe", [5], 100),
        // Outside any circle.
        ("Vincent Bonnet", [], 200), ("Alice Renard", [], 10), ("Søren Ærø", [], nil), ("Max Weber", [], 95),
    ]

    static var network: Network {
        var contacts: [Contact] = []
        var interactions: [Interaction] = []
        for (i, person) in people.enumerated() {
            var contact = Contact(id: "p\(i)", name: person.0)
            contact.circles = person.1.map { circles[$0].name }
            // Without an interaction, the dueness counts from `added`; an import has no baseline.
            if let days = person.2 {
                interactions.append(Interaction(date: today.adding(days: -days), people: [contact.id], kind: "coffee"))
            } else {
                contact.source = "linkedin"
            }
            contacts.append(contact)
        }
        return Network(contacts: contacts, circles: circles, interactions: interactions)
    }

    static func state(width: Int, height: Int, selection: Int = 0, network: Network = network) -> AppState {
        var state = AppState(network: network, today: today, width: width, height: height)
        state.mapSelection = selection
        return state
    }

    /// The pane as `RootView` gives it: the screen less the title line above and the
    /// message and key lines below.
    static func paneArea(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 0, width: width, height: height - 3)
    }
}
