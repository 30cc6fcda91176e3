import CarnetCore

/// The guided daily review: today's suggestions, one at a time.
public struct Review: Equatable, Sendable {
    public var items: [Suggestion]
    public var index = 0
    public var logged: [String] = []
    public var snoozed: [String] = []
    public var skipped: [String] = []
    /// Goal progress when the review started, to show what moved.
    public var goalsAtStart: [GoalStatus]
    /// Set while a log or snooze for the current person is being saved; the review moves
    /// on when it succeeds.
    public var awaiting: Awaiting?

    public enum Awaiting: Equatable, Sendable { case log, snooze }

    public init(items: [Suggestion], goalsAtStart: [GoalStatus]) {
        self.items = items
        self.goalsAtStart = goalsAtStart
    }

    public var current: Suggestion? { items.indices.contains(index) ? items[index] : nil }
    public var isFinished: Bool { index >= items.count }
}
