import CarnetCore

/// Fills a store with the built-in demo network, so `carnet --demo` shows every pane with
/// something in it. Each file is written once: the demo is a store like any other.
enum DemoStore {
    static func fill(_ store: Store, today: Day) throws {
        let network = DemoNetwork.make(today: today)
        for circle in network.circles { try store.save(circle) }
        try store.save(contacts: network.contacts)
        for event in network.events { try store.save(event) }
        for goal in network.goals { try store.save(goal) }
        if let objective = network.objective { try store.save(objective) }
        if !network.interactions.isEmpty { try store.log(Array(network.interactions)) }
    }
}
