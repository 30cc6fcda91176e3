/// What happened in each month, counted in one pass over the journal, the events and the
/// contacts: the raw material of goals and streaks.
struct MonthTally {
    /// Events dated in the month (and not after today).
    var events = 0
    /// Ids of contacts whose `met` date falls in the month.
    var newPeople: Set<String> = []
    /// Ids of everyone interacted with in the month.
    var people: Set<String> = []
    /// Interactions where you gave.
    var gives = 0
    /// Interactions by kind.
    var kinds: [String: Int] = [:]

    /// Distinct people you were in touch with who were not new this month.
    var reconnects: Int { people.subtracting(newPeople).count }

    func count(_ measure: Goal.Measure) -> Int {
        switch measure {
        case .events: return events
        case .newPeople: return newPeople.count
        case .reconnects: return reconnects
        case .gives: return gives
        case .kind(let k): return kinds[k, default: 0]
        }
    }

    /// Tallies for the months in `range`, counting nothing dated after `today`: a
    /// coffee planned for next week is not done yet.
    static func build(_ network: Network, months range: ClosedRange<Month>, today: Day) -> [Month: MonthTally] {
        let first = range.lowerBound.first
        let last = min(range.upperBound.last, today)
        var tallies: [Month: MonthTally] = [:]
        guard first <= last else { return tallies }
        // Dates repeat a lot in a journal: remember the month of the last one seen.
        var cachedDay = Day(ordinal: Int.min), cachedMonth = range.lowerBound
        func month(of day: Day) -> Month {
            if day != cachedDay { cachedDay = day; cachedMonth = day.month }
            return cachedMonth
        }
        // Through a pointer, reading the date first: most lines of a big journal are out of
        // range, and copying each whole would retain all its strings.
        network.interactions.withUnsafeBufferPointer { journal in
            for i in journal.indices {
                let date = journal[i].date
                guard date >= first && date <= last else { continue }
                tallies[month(of: date), default: MonthTally()].record(journal[i])
            }
        }
        for event in network.events where event.date >= first && event.date <= last {
            tallies[event.date.month, default: MonthTally()].events += 1
        }
        for contact in network.contacts {
            if let met = contact.met?.date, met >= first, met <= last {
                tallies[met.month, default: MonthTally()].newPeople.insert(contact.id)
            }
        }
        return tallies
    }

    private mutating func record(_ interaction: Interaction) {
        for id in interaction.people { people.insert(id) }
        if case .gave = interaction.exchange { gives += 1 }
        kinds[interaction.kind, default: 0] += 1
    }
}
