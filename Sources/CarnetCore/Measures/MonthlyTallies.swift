/// What happened in each month of a range, counted for the goals: events attended, new
/// people, reconnects, gives, interactions of chosen kinds.
///
/// Built for scale (100,000 people, a million journal lines): one sequential pass over
/// the journal for gives and kinds, which also notes each line's month, and each person's
/// date-sorted timeline for reconnects (distinct people per month without a set of ids).
/// Nothing dated after `today` counts: a coffee planned for next week is not done yet.
struct MonthlyTallies {
    let months: ClosedRange<Month>
    private(set) var events: [Int]
    private(set) var newPeople: [Int]
    /// Distinct contacts in touch in the month who were not new that month.
    private(set) var reconnects: [Int]
    private(set) var gives: [Int]
    /// Interactions of each of `kinds`, per month.
    private(set) var kindCounts: [[Int]]
    let kinds: [String]

    init(_ network: Network, months: ClosedRange<Month>, today: Day, kinds: [String]) {
        self.months = months
        self.kinds = kinds
        let count = MonthlyTallies.offset(months.upperBound, from: months.lowerBound) + 1
        events = Array(repeating: 0, count: count)
        newPeople = events
        reconnects = events
        gives = events
        kindCounts = Array(repeating: events, count: kinds.count)
        let first = months.lowerBound.first
        let last = min(months.upperBound.last, today)
        guard first <= last else { return }
        let base = months.lowerBound

        func index(_ day: Day) -> Int { MonthlyTallies.offset(day.month, from: base) }

        for event in network.events where event.date >= first && event.date <= last {
            events[index(event.date)] += 1
        }
        // The month each contact was new in, by position (-1: not new in the range).
        var newIn = Array(repeating: -1, count: network.contacts.count)
        for (p, contact) in network.contacts.enumerated() {
            if let met = contact.met?.date, met >= first, met <= last {
                newIn[p] = index(met)
                newPeople[newIn[p]] += 1
            }
        }

        let kindNumbers = kinds.map { network.interactions.kindNumber($0) }
        network.interactions.withUnsafeEntries { journal in
            // Gives and kinds: one pass in journal order, where dates repeat line after line.
            // The same pass notes each line's month (-1: outside the range) for the
            // reconnects below, which reach the lines person by person: reading each line's
            // date from the entries themselves then missed the cache a line at a time, most
            // of a streak's 130 ms at 100,000 people.
            var monthOf = [Int32](repeating: -1, count: journal.count)
            var cachedDay = Day(ordinal: Int.min), cachedIndex = 0
            for i in journal.indices {
                let date = journal[i].date
                guard date >= first && date <= last else { continue }
                if date != cachedDay { cachedDay = date; cachedIndex = index(date) }
                monthOf[i] = Int32(cachedIndex)
                if case .gave = journal[i].exchange { gives[cachedIndex] += 1 }
                for k in kinds.indices where journal[i].kind == kindNumbers[k] { kindCounts[k][cachedIndex] += 1 }
            }
            // Reconnects: each timeline is sorted by date, so a person's months come in
            // order and each is counted once.
            for p in network.contacts.indices {
                var previous: Int32 = -1
                for line in network.interactionIndices(atPosition: p) {
                    let m = monthOf[Int(line)]
                    if m >= 0 && m != previous {
                        if Int(m) != newIn[p] { reconnects[Int(m)] += 1 }
                        previous = m
                    }
                }
            }
        }
    }

    func count(_ measure: Goal.Measure, in month: Month) -> Int {
        guard months.contains(month) else { return 0 }
        let m = MonthlyTallies.offset(month, from: months.lowerBound)
        switch measure {
        case .events: return events[m]
        case .newPeople: return newPeople[m]
        case .reconnects: return reconnects[m]
        case .gives: return gives[m]
        case .kind(let k): return kinds.firstIndex(of: k).map { kindCounts[$0][m] } ?? 0
        }
    }

    /// The kinds that goals count, so the journal pass compares only those.
    static func kinds(of goals: [Goal]) -> [String] {
        var kinds: [String] = []
        for goal in goals {
            if case .kind(let k) = goal.measure, !kinds.contains(k) { kinds.append(k) }
        }
        return kinds
    }

    static func offset(_ month: Month, from base: Month) -> Int {
        (month.year * 12 + month.month) - (base.year * 12 + base.month)
    }
}
