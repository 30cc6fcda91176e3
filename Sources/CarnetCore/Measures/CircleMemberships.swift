/// Who is in which circle, as numbers: every circle once, keyed accent- and
/// case-insensitively, in `Network.circleNames` order (described ones first, then as first
/// named on a contact), and each contact's circles as indices into that list. The circle
/// measures count over it in one pass over the contacts.
struct CircleMemberships {
    /// Each circle's spelling, in `Network.circleNames` order.
    let names: [String]
    /// By position in `contacts`: that contact's distinct circles, as indices into `names`.
    let ofContact: [[Int]]

    init(_ network: Network) {
        var names: [String] = []
        var circleIndex: [String: Int] = [:]
        // Each spelling is folded once: folding every contact's circles was the slow part
        // of `carnet stats` at 100,000 people.
        var spelling: [String: Int] = [:]
        func index(of name: String) -> Int {
            if let known = spelling[name] { return known }
            let key = Folding.key(name)
            let i: Int
            if let known = circleIndex[key] { i = known } else {
                i = names.count
                names.append(name)
                circleIndex[key] = i
            }
            spelling[name] = i
            return i
        }
        for circle in network.circles { _ = index(of: circle.name) }
        let ofContact = network.contacts.map { contact in
            var seen: [Int] = []
            for name in contact.circles {
                let i = index(of: name)
                if !seen.contains(i) { seen.append(i) }
            }
            return seen
        }
        self.names = names
        self.ofContact = ofContact
    }
}

extension Network {
    /// Every circle, in `circleNames` order, with its members' positions in `contacts`:
    /// `members(ofCircle:)` for each circle in turn folds every contact's circles each time.
    public var membersByCircle: [(name: String, members: [Int])] {
        let memberships = CircleMemberships(self)
        var members = [[Int]](repeating: [], count: memberships.names.count)
        for (p, circles) in memberships.ofContact.enumerated() {
            for c in circles { members[c].append(p) }
        }
        return memberships.names.indices.map { (memberships.names[$0], members[$0]) }
    }
}
