import CarnetCore

/// Fills a store with the built-in demo network, so `carnet --demo` shows every pane with
/// something in it. Each file is written once: the demo is a store like any other.
enum DemoStore {
    static func fill(_ store: Store, today: Day) throws {
        let network = demoNetwork(today: today)
        for circle in network.circles { try store.save(circle) }
        try store.save(contacts: network.contacts)
        for event in network.events { try store.save(event) }
        for goal in network.goals { try store.save(goal) }
        if let objective = network.objective { try store.save(objective) }
        if !network.interactions.isEmpty { try store.log(network.interactions) }
    }

    // TODO: use `DemoNetwork.make(today:)` once the planner branch lands on main; until
    // then, three people are enough to see each pane.
    static func demoNetwork(today: Day) -> Network {
        func day(_ offset: Int) -> Day { today.adding(days: offset) }
        var alice = Contact(id: "alice-martin", name: "Alice Martin")
        alice.company = "Acme"; alice.role = "CTO"; alice.circles = ["Anciens collègues"]
        alice.met = Contact.Met(date: day(-600)); alice.cadence = Cadence(count: 30, unit: .day)
        var bruno = Contact(id: "bruno-leroy", name: "Bruno Leroy")
        bruno.company = "Doctolib"; bruno.circles = ["Club", "Anciens collègues"]
        bruno.met = Contact.Met(date: day(-400))
        var chloe = Contact(id: "chloe-dupont", name: "Chloé Dupont")
        chloe.company = "Datadog"; chloe.circles = ["Club"]
        chloe.met = Contact.Met(date: day(-4), event: "meetup-swift")
        var meetup = Event(id: "meetup-swift", name: "Swift meetup", date: day(-4))
        meetup.kind = "meetup"; meetup.target = 2; meetup.met = [chloe.id]
        return Network(
            contacts: [alice, bruno, chloe],
            circles: [Circle(name: "Anciens collègues", cadence: Cadence(count: 2, unit: .month)),
                      Circle(name: "Club", cadence: Cadence(count: 6, unit: .week))],
            interactions: [
                Interaction(date: day(-75), people: [alice.id], kind: "coffee", exchange: .gave("intro to a recruiter")),
                Interaction(date: day(-20), people: [bruno.id], kind: "call", exchange: .asked("advice on a job offer")),
            ],
            events: [meetup],
            goals: [Goal(.events, target: 1), Goal(.newPeople, target: 3), Goal(.reconnects, target: 4)]
        )
    }
}
