/// `Objective.concerns(_:)` for a whole pass over the contacts: target names are folded
/// once, and each distinct sector or company spelling once. A class for the same reason
/// as `CircleTable`.
final class ObjectiveMatcher {
    private let objective: Objective
    private let sectors: [String: String]
    private let companies: [String: String]
    // Not checked for exclusive access at run time, as `CircleTable.memo`.
    @exclusivity(unchecked) private var sectorMemo = SpellingMemo<String?>()
    @exclusivity(unchecked) private var companyMemo = SpellingMemo<String?>()

    init(_ objective: Objective) {
        self.objective = objective
        // The first target with a given key wins, like `first(where:)` in `concerns`.
        sectors = Dictionary(objective.sectors.map { (Folding.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        companies = Dictionary(objective.companies.map { (Folding.key($0), $0) }, uniquingKeysWith: { a, _ in a })
    }

    var aim: Objective.Aim { objective.aim }

    /// The target the contact matches and whether it is a sector (else a company).
    func match(sector: String?, company: String?) -> (target: String, bySector: Bool)? {
        if let sector, let hit = ObjectiveMatcher.lookup(sector, in: sectors, memo: &sectorMemo) {
            return (hit, true)
        }
        if let company, let hit = ObjectiveMatcher.lookup(company, in: companies, memo: &companyMemo) {
            return (hit, false)
        }
        return nil
    }

    private static func lookup(_ text: String, in table: [String: String], memo: inout SpellingMemo<String?>) -> String? {
        guard !table.isEmpty else { return nil }
        return memo.value(of: text) { table[Folding.key($0)] }
    }
}
