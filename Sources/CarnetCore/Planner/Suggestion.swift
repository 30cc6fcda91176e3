/// One person on today's reconnect list.
public struct Suggestion: Hashable, Sendable, Encodable {
    public let contactID: String
    public let name: String
    /// The sum of the reasons' weights; the list is ordered by it, less a penalty for
    /// repeating a circle already on the list (see `ReconnectPlanner`).
    public let score: Int
    /// Strongest first.
    public let reasons: [Reason]
    /// A concrete action following from the strongest reason.
    public let nextStep: String
    /// The first of the person's circles, the one the list mixes on.
    public let circle: String?

    public init(contactID: String, name: String, score: Int, reasons: [Reason], nextStep: String, circle: String?) {
        self.contactID = contactID
        self.name = name
        self.score = score
        self.reasons = reasons
        self.nextStep = nextStep
        self.circle = circle
    }
}
