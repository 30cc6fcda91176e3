/// Why a person is on today's list: what the planner noticed, in data and in words.
public struct Reason: Hashable, Sendable {
    /// What was noticed, with the facts a sentence (in any language) needs.
    public let detail: Detail
    /// The sentence shown to the user, from `PlannerOptions.phrases`.
    public let text: String
    /// Points this reason adds to the suggestion's score.
    public let weight: Int

    public init(detail: Detail, text: String, weight: Int) {
        self.detail = detail
        self.text = text
        self.weight = weight
    }

    public var kind: Kind { detail.kind }

    /// The kinds of reasons, in the order used to break ties between equally strong ones
    /// (a promise made outranks a routine reconnect).
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case followUp = "follow-up"
        case metAtEvent = "met-at-event"
        case birthday
        case newRole = "new-role"
        case giveBack = "give-back"
        case overdue
        case objective
    }

    /// Where the time since last contact is counted from.
    public enum Since: String, Hashable, Sendable, Codable {
        /// The last interaction in the journal.
        case interaction
        /// The day you met (never in touch since, as far as the journal knows).
        case met
        /// The day the person was added to Carnet.
        case added
    }

    public enum Detail: Hashable, Sendable {
        /// Longer than the cadence since the last contact.
        case overdue(daysSince: Int, since: Since, cadence: Cadence, cadenceSource: String)
        /// A follow-up date set on the last interaction has come.
        case followUp(due: Day, exchange: Exchange, note: String?)
        /// Met at an event recently and nothing logged since.
        case metAtEvent(event: String, on: Day)
        /// Their last exchange was them giving (`.received`) or you asking (`.asked`).
        /// `gave` and `owed` are the running counts: what you gave, what you asked or received.
        case giveBack(exchange: Exchange, on: Day, gave: Int, owed: Int)
        /// A birthday within the week; `turning` when the year is known.
        case birthday(on: Day, turning: Int?)
        /// A role recorded recently with no interaction since.
        case newRole(role: String?, company: String?, since: Day)
        /// Works in a target sector or company of the objective.
        case objective(aim: Objective.Aim, target: String, bySector: Bool)

        public var kind: Kind {
            switch self {
            case .overdue: return .overdue
            case .followUp: return .followUp
            case .metAtEvent: return .metAtEvent
            case .giveBack: return .giveBack
            case .birthday: return .birthday
            case .newRole: return .newRole
            case .objective: return .objective
            }
        }
    }
}

extension Reason: Encodable {
    private enum CodingKeys: String, CodingKey { case kind, text, weight }

    /// The stable JSON shape: `{"kind": "follow-up", "text": "…", "weight": 72}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(weight, forKey: .weight)
    }
}
