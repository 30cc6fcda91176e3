/// How much each kind of reason counts. Integers, so that ranking is exact and the same
/// on every machine. The order of magnitude encodes the practice in the seeds: a promise
/// made (follow-up) and a fresh first contact (met at an event) come before occasions,
/// occasions before a give-back, and those before a routine reconnect; the objective
/// tilts the order without taking over.
enum ReasonWeights {
    /// 60, plus a point per day late (at most 30 more).
    static func followUp(daysLate: Int) -> Int { 60 + min(30, max(0, daysLate)) }

    /// 55 plus the days left in the follow-up window: the fresher, the higher.
    static func metAtEvent(daysAgo: Int, window: Int) -> Int { 55 + max(0, window - daysAgo) }

    /// 55 on the day, 4 less for each day to wait.
    static func birthday(daysUntil: Int) -> Int { max(20, 55 - 4 * daysUntil) }

    /// 45 on the day the role was recorded, fading to 30 after a month.
    static func newRole(daysSince: Int) -> Int { max(20, 45 - daysSince / 2) }

    /// 25 when they gave, 20 when you asked: reason enough alone, but below an occasion.
    static func giveBack(theyGave: Bool) -> Int { theyGave ? 25 : 20 }

    /// 20 once the cadence is past, plus 10 per cadence overdue (at most 30 more): the
    /// overdue ratio weighs, but one forgotten friend does not bury everything else.
    static func overdue(daysSince: Int, cadenceDays: Int) -> Int {
        let cadence = max(1, cadenceDays)
        return 20 + min(30, 10 * (daysSince - cadence) / cadence)
    }

    static let objective = 15
}
