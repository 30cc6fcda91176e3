/// The knobs of the reconnect planner; the defaults are the product's behaviour.
public struct PlannerOptions: Sendable {
    /// How many people the daily list holds: short, so that it gets done.
    public var limit: Int = 6
    /// People met at an event come back as follow-ups for this many days.
    public var eventFollowUpDays: Int = 14
    /// A birthday shows this many days ahead, today included (7: today and the next six).
    public var birthdayWindowDays: Int = 7
    /// A role recorded within this many days is an occasion to congratulate.
    public var newRoleDays: Int = 30
    /// A give-back alone does not bring someone up until this many days after it: the
    /// thank-you usually happens on its own.
    public var giveBackGraceDays: Int = 7
    /// An objective match alone brings someone up only after this many days without contact.
    public var objectiveQuietDays: Int = 14
    /// Each person already picked from a circle divides the next one's score from that
    /// circle by (1 + penalty × repeats): at 100 %, the second from a circle needs twice
    /// the score, the third three times. A follow-up still beats a routine reconnect.
    /// In percent to keep the arithmetic integer and deterministic.
    public var circleRepeatPenaltyPercent: Int = 100
    /// The language of reasons and next steps.
    public var phrases: any PlannerPhrases = EnglishPhrases()

    public init(limit: Int = 6) { self.limit = limit }
}
