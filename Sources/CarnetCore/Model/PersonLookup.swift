/// Finds the person a user means: by id, else by a unique accent- and case-insensitive
/// match on the name ("helene" finds "Hélène Dupont" when she is the only Hélène).
public enum PersonLookup {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknown(String)
        case ambiguous(String, candidates: [String])

        public var description: String {
            switch self {
            case .unknown(let q):
                return "no one called '\(Inert.text(q))' in the store"
            case let .ambiguous(q, candidates):
                return "'\(Inert.text(q))' could be: " + candidates.map { Inert.text($0) }.joined(separator: ", ")
            }
        }
    }

    public static func find(_ query: String, in network: Network) -> Result<Contact, Failure> {
        if let exact = network.contact(id: query) { return .success(exact) }
        let key = Folding.key(query.trimmingSpaces)
        guard !key.isEmpty else { return .failure(.unknown(query)) }
        let slug = Slug.make(query)
        if let bySlug = network.contact(id: slug) { return .success(bySlug) }
        let sameName = network.contacts.filter { Folding.key($0.name) == key }
        if sameName.count == 1 { return .success(sameName[0]) }
        let candidates = sameName.isEmpty
            ? network.contacts.filter { Folding.key($0.name).contains(key) }
            : sameName
        switch candidates.count {
        case 0: return .failure(.unknown(query))
        case 1: return .success(candidates[0])
        default:
            return .failure(.ambiguous(query, candidates: candidates.prefix(10).map { "\($0.name) (\($0.id))" }))
        }
    }
}
