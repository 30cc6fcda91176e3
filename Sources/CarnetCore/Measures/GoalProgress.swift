/// Monthly goals measured from the journal, the events and the contacts (the seeds:
/// network once a month, set goals, measure).
public enum GoalProgress {
    /// Each of the network's goals for `month`: events attended (dated in the month, not
    /// after today), new people (met in the month), reconnects (distinct people you were
    /// in touch with, not new this month), gives, and interactions of a kind. Nothing
    /// dated after `today` counts.
    public static func month(_ network: Network, month: Month, today: Day) -> [GoalStatus] {
        let tallies = MonthlyTallies(network, months: month...month, today: today,
                                     kinds: MonthlyTallies.kinds(of: network.goals))
        let left = daysLeft(in: month, today: today)
        // A target of 0 turns a goal off (`carnet goals set KIND 0`).
        return network.goals.filter { $0.target > 0 }.map {
            GoalStatus(goal: $0, month: month, done: tallies.count($0.measure, in: month), daysLeft: left)
        }
    }

    /// Consecutive months in which every goal was met, ending with the last complete
    /// month, plus the current month once it is met already. 0 without goals. Past months
    /// are judged against today's goals: the store keeps no history of targets.
    public static func streak(_ network: Network, today: Day) -> Int {
        guard network.goals.contains(where: { $0.target > 0 }) else { return 0 }
        let current = today.month
        // Nothing before the first dated record can have met a goal; stop there (a goal
        // of 0 would otherwise be met forever).
        guard let earliest = earliestMonth(network) else { return 0 }
        let start = min(earliest, current)
        let tallies = MonthlyTallies(network, months: start...current, today: today,
                                     kinds: MonthlyTallies.kinds(of: network.goals))
        func allMet(_ m: Month) -> Bool {
            network.goals.allSatisfy { $0.target == 0 || tallies.count($0.measure, in: m) >= $0.target }
        }
        var streak = 0
        var m = current.adding(-1)
        while m >= start && allMet(m) {
            streak += 1
            m = m.adding(-1)
        }
        if allMet(current) { streak += 1 }
        return streak
    }

    /// Days left in `month` after today: 0 on its last day and once it is over, all of it
    /// before it starts.
    public static func daysLeft(in month: Month, today: Day) -> Int {
        if today < month.first { return month.dayCount }
        if today > month.last { return 0 }
        return today.days(to: month.last)
    }

    private static func earliestMonth(_ network: Network) -> Month? {
        var earliest: Day?
        func see(_ d: Day?) {
            guard let d else { return }
            if earliest == nil || d < earliest! { earliest = d }
        }
        network.interactions.withUnsafeEntries { journal in
            for i in journal.indices { see(journal[i].date) }
        }
        for e in network.events { see(e.date) }
        for c in network.contacts { see(c.met?.date) }
        return earliest?.month
    }
}
