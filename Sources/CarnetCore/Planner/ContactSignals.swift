/// Everything the planner notices about one person on one day, as data and weights.
///
/// Sentences are written later, and only for the people who make the list: at 100,000
/// contacts, formatting is the expensive part.
struct ContactSignals {
    var details: [(detail: Reason.Detail, weight: Int)] = []
    /// Imported, never contacted, and only an objective match: such people compete for a
    /// single place on the list.
    var importedObjectiveOnly = false

    var score: Int { details.reduce(0) { $0 + $1.weight } }
    var isEmpty: Bool { details.isEmpty }

    /// Strongest first; equal weights in `Reason.Kind` order.
    mutating func rank() {
        let order = Reason.Kind.allCases
        details.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            return order.firstIndex(of: a.detail.kind)! < order.firstIndex(of: b.detail.kind)!
        }
    }
}

/// The per-day tables a pass over the contacts shares: built once, read per person.
struct PlanContext {
    let network: Network
    let today: Day
    let options: PlannerOptions
    var cadences: CadenceTable
    var objective: ObjectiveMatcher?
    /// Contact id → the most recent event they were met at within the follow-up window.
    let recentlyMet: [String: (eventID: String, name: String, day: Day)]
    let eventsByID: [String: Event]

    init(network: Network, today: Day, options: PlannerOptions) {
        self.network = network
        self.today = today
        self.options = options
        cadences = CadenceTable(network)
        objective = network.objective.map(ObjectiveMatcher.init)
        var byID: [String: Event] = [:]
        var met: [String: (eventID: String, name: String, day: Day)] = [:]
        let earliest = today.adding(days: -options.eventFollowUpDays)
        for event in network.events {
            if byID[event.id] == nil { byID[event.id] = event }
            guard event.date >= earliest, event.date <= today else { continue }
            for id in event.met {
                // The latest event wins; on the same day, the first in file order.
                if let seen = met[id], seen.day >= event.date { continue }
                met[id] = (event.id, event.name, event.date)
            }
        }
        recentlyMet = met
        eventsByID = byID
    }

    /// Where the time since last contact counts from, when the journal has nothing:
    /// the later of meeting and adding (adding someone by hand is itself a moment of contact).
    static func baseline(_ contact: Contact) -> (Day, Reason.Since)? {
        switch (contact.met?.date, contact.added) {
        case let (m?, a?): return a > m ? (a, .added) : (m, .met)
        case let (m?, nil): return (m, .met)
        case let (nil, a?): return (a, .added)
        case (nil, nil): return nil
        }
    }

    /// The recent event this person was met at, from the event's list or their own `met`.
    func meeting(of contact: Contact) -> (eventID: String, name: String, day: Day)? {
        var best = recentlyMet[contact.id]
        if let eventID = contact.met?.event {
            let event = eventsByID[eventID]
            if let day = event?.date ?? contact.met?.date,
               day <= today, day >= today.adding(days: -options.eventFollowUpDays),
               best == nil || day > best!.day {
                best = (eventID, event?.name ?? eventID, day)
            }
        }
        return best
    }

    mutating func signals(for contact: Contact) -> ContactSignals? {
        if contact.isSnoozed(on: today) { return nil }
        var s = ContactSignals()
        let journal = network.interactions
        let indices = network.interactionIndices(of: contact.id)
        let last = indices.last.map { journal[$0] }
        let importedUntouched = contact.source != nil && last == nil

        // Time against cadence (never for imported people not yet contacted: they would flood the list).
        var daysSince: Int?
        if !importedUntouched {
            let (cadence, source) = cadences.cadence(for: contact)
            let start = last.map { ($0.date, Reason.Since.interaction) } ?? PlanContext.baseline(contact)
            if let (day, since) = start {
                let due = Due(since: day, basis: since, today: today, cadence: cadence, cadenceSource: source)
                daysSince = due.daysSince
                if due.isOverdue, let days = due.daysSince {
                    s.details.append((.overdue(daysSince: days, since: since, cadence: cadence, cadenceSource: source),
                                      ReasonWeights.overdue(daysSince: days, cadenceDays: cadence.days)))
                }
            }
        }

        // A follow-up set on the last interaction; anything logged after it closes it.
        if let last, let followUp = last.followUp, followUp <= today {
            s.details.append((.followUp(due: followUp, exchange: last.exchange, note: last.note),
                              ReasonWeights.followUp(daysLate: followUp.days(to: today))))
        }

        // Met at an event lately, and nothing logged since except at the event itself.
        if let meeting = meeting(of: contact) {
            var loggedSince = false
            for i in indices.reversed() {
                let interaction = journal[i]
                if interaction.date < meeting.day { break }
                if interaction.event != meeting.eventID { loggedSince = true; break }
            }
            if !loggedSince {
                s.details.append((.metAtEvent(event: meeting.name, on: meeting.day),
                                  ReasonWeights.metAtEvent(daysAgo: meeting.day.days(to: today),
                                                           window: options.eventFollowUpDays)))
            }
        }

        // Reciprocity: their last exchange was them giving or you asking.
        if let i = indices.lastIndex(where: { journal[$0].exchange != .neutral }) {
            let exchange = journal[indices[i]]
            let theyGave: Bool?
            switch exchange.exchange {
            case .received: theyGave = true
            case .asked: theyGave = false
            case .gave, .neutral: theyGave = nil
            }
            if let theyGave, exchange.date.days(to: today) >= options.giveBackGraceDays {
                var gave = 0, owed = 0
                for j in indices {
                    switch journal[j].exchange {
                    case .gave: gave += 1
                    case .asked, .received: owed += 1
                    case .neutral: break
                    }
                }
                s.details.append((.giveBack(exchange: exchange.exchange, on: exchange.date, gave: gave, owed: owed),
                                  ReasonWeights.giveBack(theyGave: theyGave, gave: gave, owed: owed)))
            }
        }

        // Occasions.
        if let birthday = contact.birthday {
            let next = birthday.next(onOrAfter: today)
            let wait = today.days(to: next)
            if wait < options.birthdayWindowDays {
                s.details.append((.birthday(on: next, turning: birthday.age(on: next)),
                                  ReasonWeights.birthday(daysUntil: wait)))
            }
        }
        if let roleSince = contact.roleSince, roleSince <= today,
           roleSince.days(to: today) <= options.newRoleDays,
           last.map({ $0.date < roleSince }) ?? true {
            s.details.append((.newRole(role: contact.role, company: contact.company, since: roleSince),
                              ReasonWeights.newRole(daysSince: roleSince.days(to: today))))
        }

        // The objective tilts the list; alone, it brings up only people not seen lately.
        if objective != nil, let hit = objective!.match(contact) {
            let detail = Reason.Detail.objective(aim: objective!.aim, target: hit.target, bySector: hit.bySector)
            if !s.isEmpty {
                s.details.append((detail, ReasonWeights.objective))
            } else if importedUntouched {
                s.details.append((detail, ReasonWeights.objective))
                s.importedObjectiveOnly = true
            } else if daysSince.map({ $0 >= options.objectiveQuietDays }) ?? true {
                s.details.append((detail, ReasonWeights.objective))
            }
        }

        return s.isEmpty ? nil : s
    }
}
