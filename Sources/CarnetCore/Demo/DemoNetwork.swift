/// The built-in sample network behind `carnet --demo`: a Lyon-based product manager
/// moving into digital health, with about forty people in six circles, six months of
/// journal, three events, goals and an objective.
///
/// Everything is dated relative to `today`, so the demo always has something due — an
/// overdue follow-up, people met five days ago with nothing logged since, a birthday
/// this week, a new role — and the same day always gives the same network.
public enum DemoNetwork {
    public static func make(today: Day) -> Network {
        let people = DemoPeople.all
        let contacts = people.enumerated().map { index, person in person.contact(today: today, index: index) }
        return Network(contacts: contacts,
                       circles: circles,
                       interactions: DemoJournal.interactions(today: today),
                       events: DemoJournal.events(today: today),
                       goals: goals,
                       objective: objective)
    }

    /// The six circles, with the cadences the seeds' practice suggests for each kind.
    public static let circles: [Circle] = [
        Circle(name: "Anciens collègues", kind: "former-colleagues", cadence: Cadence(count: 60, unit: .day),
               description: "Sopra Steria, Capgemini et les autres"),
        Circle(name: "Promo ESSEC 2012", kind: "alumni", cadence: Cadence(count: 90, unit: .day)),
        Circle(name: "Association Femmes & Tech", kind: "association", cadence: Cadence(count: 45, unit: .day),
               description: "Antenne lyonnaise, soirées mensuelles"),
        Circle(name: "Club Running Lyon", kind: "club", cadence: Cadence(count: 30, unit: .day),
               description: "Sortie du dimanche au parc de la Tête d'Or"),
        Circle(name: "Famille & amis", kind: "family-friends", cadence: Cadence(count: 21, unit: .day)),
        Circle(name: "Communauté Swift", kind: "online-community", cadence: Cadence(count: 60, unit: .day),
               description: "CocoaHeads, forums, conférences"),
    ]

    public static let goals: [Goal] = [
        Goal(.events, target: 2),
        Goal(.newPeople, target: 5),
        Goal(.reconnects, target: 8),
        Goal(.gives, target: 4),
        Goal(.kind("coffee"), target: 4),
    ]

    public static let objective: Objective = {
        var o = Objective(aim: .sectorChange, sectors: ["Santé numérique"], companies: ["Doctolib", "Alan"])
        o.note = "Passer du conseil IT au produit en e-santé d'ici l'été"
        return o
    }()
}
