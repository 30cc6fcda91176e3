/// A monthly goal measured on the journal: what is done, what is left.
public struct GoalStatus: Hashable, Sendable {
    public let goal: Goal
    public let done: Int
    public let daysLeft: Int

    public var target: Int { goal.target }
    public var isMet: Bool { done >= goal.target }
}

/// Progress on the monthly goals and the streak of months where all were met.
public enum GoalProgress {
    /// Each goal of the network for `month`, counted up to `today` when the month is current.
    public static func month(_ network: Network, month: Month, today: Day) -> [GoalStatus] {
        let counts = MonthCounts(network, month: month, upTo: min(today, month.last))
        let daysLeft = month.contains(today) ? today.days(to: month.last) : (today < month.first ? month.dayCount : 0)
        return network.goals.map { GoalStatus(goal: $0, done: counts.count($0.measure), daysLeft: daysLeft) }
    }

    /// Consecutive months, ending with the last complete one (and the current one too once
    /// all its goals are met), in which every goal was met. 0 without goals.
    public static func streak(_ network: Network, today: Day) -> Int {
        guard !network.goals.isEmpty else { return 0 }
        var streak = 0
        let current = today.month
        if month(network, month: current, today: today).allSatisfy(\.isMet) { streak += 1 }
        var m = current.adding(-1)
        // A streak cannot predate the journal; 120 months bounds the walk.
        while streak < 120, month(network, month: m, today: today).allSatisfy(\.isMet) {
            streak += 1
            m = m.adding(-1)
        }
        return streak
    }
}

/// What happened in a month, counted once for every goal.
struct MonthCounts {
    var events = 0
    var newPeople = 0
    var reconnects = 0
    var gives = 0
    var kinds: [String: Int] = [:]

    init(_ network: Network, month: Month, upTo last: Day) {
        let first = month.first
        guard last >= first else { return }
        events = network.events.filter { $0.date >= first && $0.date <= last }.count
        var newIDs = Set<String>()
        for c in network.contacts {
            if let d = c.met?.date, d >= first, d <= last { newIDs.insert(c.id) }
        }
        newPeople = newIDs.count
        var touched = Set<String>()
        for x in network.interactions where x.date >= first && x.date <= last {
            kinds[x.kind, default: 0] += 1
            if case .gave = x.exchange { gives += 1 }
            for id in x.people where !newIDs.contains(id) { touched.insert(id) }
        }
        reconnects = touched.count
    }

    func count(_ measure: Goal.Measure) -> Int {
        switch measure {
        case .events: return events
        case .newPeople: return newPeople
        case .reconnects: return reconnects
        case .gives: return gives
        case .kind(let k): return kinds[k] ?? 0
        }
    }
}
