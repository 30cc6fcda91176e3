/// How varied the network is (the seeds: diversify sectors, seniority, geographies).
public struct Diversity: Hashable, Sendable, Codable {
    public var sectors: [Share]
    public var cities: [Share]
    public var countries: [Share]
    public var seniority: [Share]

    /// How many people have one value; "unknown" for those with none.
    public struct Share: Hashable, Sendable, Codable {
        public var value: String
        public var count: Int
    }

    static let unknown = "unknown"

    static func compute(_ contacts: [Contact]) -> Diversity {
        Diversity(sectors: shares(contacts.map(\.sector)),
                  cities: shares(contacts.map(\.city)),
                  countries: shares(contacts.map(\.country)),
                  seniority: shares(contacts.map(\.seniority)))
    }

    /// Groups accent- and case-insensitively ("Santé" and "sante" are one), shown as first
    /// written; most common first, then alphabetical, and "unknown" last whatever its
    /// count (it is not a category), so the output is stable.
    static func shares(_ values: [String?]) -> [Share] {
        var order: [String] = []
        var counts: [String: (display: String, count: Int)] = [:]
        var unknownCount = 0
        // Each distinct spelling is trimmed and folded once.
        var keys: [String: (text: String, key: String)] = [:]
        for value in values {
            guard let value else { unknownCount += 1; continue }
            let (text, key): (String, String)
            if let known = keys[value] { (text, key) = known } else {
                let trimmed = value.trimmingSpaces
                (text, key) = (trimmed, Folding.key(trimmed))
                keys[value] = (text, key)
            }
            if text.isEmpty { unknownCount += 1; continue }
            if let seen = counts[key] {
                counts[key] = (seen.display, seen.count + 1)
            } else {
                counts[key] = (text, 1)
                order.append(key)
            }
        }
        var shares = order.map { (key: $0, entry: counts[$0]!) }
            .sorted { a, b in
                if a.entry.count != b.entry.count { return a.entry.count > b.entry.count }
                return a.key < b.key
            }
            .map { Share(value: $0.entry.display, count: $0.entry.count) }
        if unknownCount > 0 { shares.append(Share(value: unknown, count: unknownCount)) }
        return shares
    }
}
