/// What a pass over the contacts needs to know about circles, looked up once per distinct
/// spelling instead of once per person: the slot of its folded name, which the list mixes
/// on, and the circle's cadence. `cadence(own:circles:primary:)` gives the same answer as
/// `Network.cadence(for:)`.
///
/// A class so that the planner's per-person evaluation can stay non-mutating: then the
/// contact it reads is borrowed from the array rather than copied (20 reference counts).
final class CircleTable {
    struct Entry {
        let cadence: Cadence?
        /// A small number per folded name, 1 and up (0 is "no circle"), so that the list
        /// can group people by circle without hashing names.
        let slot: Int
    }

    /// Folded circle name → the cadence of its first description (nil: described without one).
    private let described: [String: Cadence?]
    /// Circle name as written on contacts → its entry. Not checked for exclusive access at
    /// run time (a pass is one thread, and `entry` never calls itself): the checks were a
    /// tenth of the planner's instructions.
    @exclusivity(unchecked) private var memo = SpellingMemo<Entry>()
    /// Folded name → slot.
    @exclusivity(unchecked) private var slots: [String: Int] = [:]

    init(_ network: Network) {
        var described: [String: Cadence?] = [:]
        // The first description wins, like `Network.circle(named:)`.
        for circle in network.circles where described[circle.id] == nil {
            described[circle.id] = .some(circle.cadence)
        }
        self.described = described
    }

    func entry(_ name: String) -> Entry {
        memo.value(of: name) { name in
            let key = Folding.key(name)
            let slot: Int
            if let known = slots[key] { slot = known } else {
                slot = slots.count + 1
                slots[key] = slot
            }
            return Entry(cadence: described[key] ?? nil, slot: slot)
        }
    }

    /// The person's own cadence, else their circles' shortest (the first of equals), else the fallback.
    func cadence(own: Cadence?, circles: [String], primary: Entry?) -> (cadence: Cadence, source: String) {
        if let own { return (own, "their own") }
        var best: (name: String, cadence: Cadence)?
        for (i, name) in circles.enumerated() {
            let found = (i == 0 ? primary : nil) ?? entry(name)
            guard let cadence = found.cadence else { continue }
            if best == nil || cadence.days < best!.cadence.days { best = (name, cadence) }
        }
        if let best { return (best.cadence, best.name) }
        return (Cadence.fallback, "default")
    }
}
