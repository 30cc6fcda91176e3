/// Where one monthly goal stands.
public struct GoalStatus: Hashable, Sendable {
    public let goal: Goal
    public let month: Month
    /// What the journal, the events and the contacts count for the month so far.
    public let done: Int
    /// Days left in the month after today (0 on its last day and for a past month, the
    /// whole month for a future one).
    public let daysLeft: Int

    public init(goal: Goal, month: Month, done: Int, daysLeft: Int) {
        self.goal = goal
        self.month = month
        self.done = done
        self.daysLeft = daysLeft
    }

    public var target: Int { goal.target }
    public var isMet: Bool { done >= goal.target }
    /// Still to do, 0 once met.
    public var remaining: Int { max(0, goal.target - done) }
}

extension GoalStatus: Encodable {
    private enum CodingKeys: String, CodingKey { case measure, month, done, target, daysLeft, met }

    /// The stable JSON shape: `{"measure": "new-people", "month": "2026-11", "done": 3,
    /// "target": 5, "daysLeft": 11, "met": false}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(goal.measure.description, forKey: .measure)
        try c.encode(month.description, forKey: .month)
        try c.encode(done, forKey: .done)
        try c.encode(target, forKey: .target)
        try c.encode(daysLeft, forKey: .daysLeft)
        try c.encode(isMet, forKey: .met)
    }
}
