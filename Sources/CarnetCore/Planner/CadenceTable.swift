/// `Network.cadence(for:)` for a whole pass over the contacts: the same answer, but each
/// distinct circle spelling is folded and looked up once instead of once per person.
struct CadenceTable {
    /// Folded circle name → the cadence of its first description (nil: described without one).
    private let byKey: [String: Cadence?]
    /// Circle name as written on contacts → its cadence (nil: none).
    private var memo: [String: Cadence?] = [:]

    init(_ network: Network) {
        var byKey: [String: Cadence?] = [:]
        // The first description wins, like `Network.circle(named:)`.
        for circle in network.circles where byKey[circle.id] == nil {
            byKey[circle.id] = .some(circle.cadence)
        }
        self.byKey = byKey
    }

    mutating func cadence(for contact: Contact) -> (cadence: Cadence, source: String) {
        if let own = contact.cadence { return (own, "their own") }
        var best: (name: String, cadence: Cadence)?
        for name in contact.circles {
            guard let cadence = circleCadence(name) else { continue }
            // Strictly shorter, so that the first of equal cadences wins, as in `min(by:)`.
            if best == nil || cadence.days < best!.cadence.days { best = (name, cadence) }
        }
        if let best { return (best.cadence, best.name) }
        return (Cadence.fallback, "default")
    }

    private mutating func circleCadence(_ name: String) -> Cadence? {
        if let known = memo[name] { return known }
        let found = byKey[Folding.key(name)] ?? nil
        memo[name] = .some(found)
        return found
    }
}
