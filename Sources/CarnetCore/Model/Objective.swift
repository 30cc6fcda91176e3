/// What the network is for right now; tilts suggestions towards the people who matter for it.
public struct Objective: Hashable, Sendable {
    public var aim: Aim
    public var sectors: [String] = []
    public var companies: [String] = []
    public var note: String?

    public init(aim: Aim, sectors: [String] = [], companies: [String] = []) {
        self.aim = aim
        self.sectors = sectors
        self.companies = companies
    }

    public enum Aim: String, CaseIterable, Sendable {
        case jobSearch = "job-search", career, sectorChange = "sector-change", business

        public var spelledOut: String {
            switch self {
            case .jobSearch: return "job search"
            case .career: return "career growth"
            case .sectorChange: return "sector change"
            case .business: return "business development"
            }
        }
    }

    /// Whether a contact works in a target sector or company (accent- and case-insensitive).
    public func concerns(_ contact: Contact) -> String? {
        if let sector = contact.sector,
           let hit = sectors.first(where: { Folding.key($0) == Folding.key(sector) }) {
            return hit
        }
        if let company = contact.company,
           let hit = companies.first(where: { Folding.key($0) == Folding.key(company) }) {
            return hit
        }
        return nil
    }
}
