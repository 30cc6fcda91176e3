/// The per-day tables a pass over the contacts shares: built once, read per person.
struct PlanContext {
    typealias Meeting = (eventID: String, name: String, day: Day)

    let network: Network
    let today: Day
    let options: PlannerOptions
    let circles: CircleTable
    let objective: ObjectiveMatcher?
    /// The events met at within the follow-up window, and for each position in `contacts`
    /// the latest of them the person was met at (an index into it; -1 for none), or nothing
    /// when no event is that recent. An array by position, not a dictionary: one read per
    /// person, no hashing.
    let recentMeetings: [Meeting]
    let recentlyMet: [Int32]
    let events: EventTable
    private let earliestMeeting: Day

    init(network: Network, today: Day, options: PlannerOptions) {
        self.network = network
        self.today = today
        self.options = options
        circles = CircleTable(network)
        objective = network.objective.map(ObjectiveMatcher.init)
        earliestMeeting = today.adding(days: -options.eventFollowUpDays)
        var meetings: [Meeting] = []
        var met: [Int32] = []
        for event in network.events {
            guard event.date >= earliestMeeting, event.date <= today else { continue }
            if met.isEmpty { met = [Int32](repeating: -1, count: network.contacts.count) }
            meetings.append((event.id, event.name, event.date))
            for id in event.met {
                guard let position = network.position(ofContact: id) else { continue }
                // The latest event wins; on the same day, the first in file order.
                if met[position] >= 0, meetings[Int(met[position])].day >= event.date { continue }
                met[position] = Int32(meetings.count - 1)
            }
        }
        recentMeetings = meetings
        recentlyMet = met
        events = EventTable(network)
    }

    /// Where the time since last contact counts from, when the journal has nothing:
    /// the later of meeting and adding (adding someone by hand is itself a moment of contact).
    static func baseline(met: Contact.Met?, added: Day?) -> (Day, Reason.Since)? {
        switch (met?.date, added) {
        case let (m?, a?): return a > m ? (a, .added) : (m, .met)
        case let (m?, nil): return (m, .met)
        case let (nil, a?): return (a, .added)
        case (nil, nil): return nil
        }
    }

    static func giveBack(_ last: Interaction, balance: (gave: Int, owed: Int)) -> Reason.Detail {
        .giveBack(exchange: last.exchange, on: last.date, gave: balance.gave, owed: balance.owed)
    }

    /// How many times you gave, and asked or received, over the whole history.
    static func balance(_ indices: Timeline, _ journal: UnsafeBufferPointer<JournalEntry>) -> (gave: Int, owed: Int) {
        var gave = 0, owed = 0
        for j in indices {
            switch journal[Int(j)].exchange {
            case .gave: gave += 1
            case .asked, .received: owed += 1
            case .neutral: break
            }
        }
        return (gave, owed)
    }

    /// The recent event this person was met at, from the event's list or their own `met`.
    func meeting(met: Contact.Met?, at position: Int?) -> Meeting? {
        var best: Meeting?
        if let position, !recentlyMet.isEmpty, recentlyMet[position] >= 0 { best = recentMeetings[Int(recentlyMet[position])] }
        if let met, let eventID = met.event {
            let event = events.event(id: eventID)
            if let day = event?.day ?? met.date, day <= today, day >= earliestMeeting,
               best == nil || day > best!.day {
                best = (eventID, event?.name ?? eventID, day)
            }
        }
        return best
    }

    /// Everything noticed about `contact` today, into `sink`. Returns the slot of the
    /// person's primary circle (their first; 0 for none), or nil when snoozed.
    ///
    /// `contact` and `journal` point into the network's arrays: reading a field through a
    /// pointer copies that field, where taking a `Contact` or an `Interaction` by value
    /// retains all twenty of its strings and arrays — most of the cost at scale.
    /// `position` is the contact's place in `contacts` (nil for one not in the network).
    ///
    /// `indices` are the person's interactions and `last` what the pass needs of the last
    /// one, both gathered ahead by the caller (see `ReconnectPlanner.plan`).
    func evaluate<Sink: SignalSink>(_ contact: UnsafePointer<Contact>, at position: Int?,
                                    indices: Timeline, last: LastLook?,
                                    journal: UnsafeBufferPointer<JournalEntry>,
                                    into sink: inout Sink) -> Int? {
        if let snoozed = contact.pointee.snoozedUntil, snoozed > today { return nil }
        let primary = contact.pointee.circles.first.map { circles.entry($0) }
        let importedUntouched = contact.pointee.source != nil && last == nil

        // Time against cadence (never for imported people not yet contacted: they would flood the list).
        var daysSince: Int?
        if !importedUntouched {
            let start = last.map { ($0.date, Reason.Since.interaction) }
                ?? PlanContext.baseline(met: contact.pointee.met, added: contact.pointee.added)
            if let (day, since) = start {
                let days = max(0, day.days(to: today))
                daysSince = days
                let (cadence, source) = circles.cadence(own: contact.pointee.cadence, circles: contact.pointee.circles, primary: primary)
                if days > cadence.days {
                    sink.add(ReasonWeights.overdue(daysSince: days, cadenceDays: cadence.days),
                             .overdue(daysSince: days, since: since, cadence: cadence, cadenceSource: source))
                }
            }
        }

        // A follow-up set on the last interaction; anything logged after it closes it.
        if let last, let followUp = last.followUp, followUp <= today {
            sink.add(ReasonWeights.followUp(daysLate: followUp.days(to: today)),
                     .followUp(due: followUp, exchange: network.interactions[last.index].exchange,
                               note: network.interactions[last.index].note))
        }

        // Met at an event lately, and nothing logged since except at the event itself.
        if let meeting = meeting(met: contact.pointee.met, at: position) {
            var loggedSince = false
            for i in indices.reversed().lazy.map(Int.init) {
                if journal[i].date < meeting.day { break }
                if network.interactions.event(at: i) != meeting.eventID { loggedSince = true; break }
            }
            if !loggedSince {
                sink.add(ReasonWeights.metAtEvent(daysAgo: meeting.day.days(to: today), window: options.eventFollowUpDays),
                         .metAtEvent(event: meeting.name, on: meeting.day))
            }
        }

        // Reciprocity: their last exchange was them giving or you asking.
        let exchangeAt = last.map { $0.hasExchange } == true ? indices.count - 1
            : indices.dropLast().lastIndex { if case .neutral = journal[Int($0)].exchange { false } else { true } }
        if let at = exchangeAt {
            let i = Int(indices[at])
            let theyGave: Bool?
            switch journal[i].exchange {
            case .received: theyGave = true
            case .asked: theyGave = false
            case .gave, .neutral: theyGave = nil
            }
            if let theyGave, journal[i].date.days(to: today) >= options.giveBackGraceDays {
                // The running balance is told in the sentence but does not weigh: it needs
                // the person's whole history, a dozen random reads into a million-line
                // journal, and the autoclosure keeps it out of the scoring pass.
                sink.add(ReasonWeights.giveBack(theyGave: theyGave),
                         PlanContext.giveBack(network.interactions[i], balance: PlanContext.balance(indices, journal)))
            }
        }

        // Occasions.
        if let birthday = contact.pointee.birthday {
            let next = birthday.next(onOrAfter: today)
            let wait = today.days(to: next)
            if wait < options.birthdayWindowDays {
                sink.add(ReasonWeights.birthday(daysUntil: wait), .birthday(on: next, turning: birthday.age(on: next)))
            }
        }
        if let roleSince = contact.pointee.roleSince, roleSince <= today,
           roleSince.days(to: today) <= options.newRoleDays,
           last.map({ $0.date < roleSince }) ?? true {
            sink.add(ReasonWeights.newRole(daysSince: roleSince.days(to: today)),
                     .newRole(role: contact.pointee.role, company: contact.pointee.company, since: roleSince))
        }

        // The objective tilts the list; alone, it brings up only people not seen lately.
        if let objective, let hit = objective.match(sector: contact.pointee.sector, company: contact.pointee.company) {
            let aim = objective.aim
            let alone = sink.isEmpty
            if !alone || importedUntouched || (daysSince.map { $0 >= options.objectiveQuietDays } ?? true) {
                sink.add(ReasonWeights.objective, .objective(aim: aim, target: hit.target, bySector: hit.bySector))
                if alone && importedUntouched { sink.markImportedObjectiveOnly() }
            }
        }

        return primary?.slot ?? 0
    }
}
