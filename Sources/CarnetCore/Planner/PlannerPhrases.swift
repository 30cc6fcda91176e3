/// Every sentence the planner writes, in one place, so that a translation is one new
/// conformance rather than a hunt through the code.
public protocol PlannerPhrases: Sendable {
    /// The sentence for a reason ("Last contact 47 days ago; Club's cadence is 30 days").
    func reason(_ detail: Reason.Detail, today: Day) -> String
    /// The action that follows from the strongest reason. `lastKind` is the kind of the
    /// last interaction (coffee, call, email…), nil when there is none, so the step can
    /// use the channel that worked last time.
    func nextStep(for detail: Reason.Detail, lastKind: String?, lastChannel: Channel?) -> String
}

/// The English sentences.
public struct EnglishPhrases: PlannerPhrases {
    public init() {}

    public func reason(_ detail: Reason.Detail, today: Day) -> String {
        switch detail {
        case let .overdue(days, since, cadence, source):
            let ago: String
            switch since {
            case .interaction: ago = "Last contact \(DayWords.days(days)) ago"
            case .met: ago = "Met \(DayWords.days(days)) ago, nothing logged since"
            case .added: ago = "Added \(DayWords.days(days)) ago, never contacted"
            }
            return ago + "; " + cadenceOwner(source) + " is " + DayWords.days(cadence.days)

        case let .followUp(due, exchange, note):
            let when = due == today ? "today" : "since " + DayWords.date(due, today: today)
            let about = exchangePhrase(exchange) ?? note.map { "about: \(Inert.text($0))" }
            return "Follow-up due \(when)" + (about.map { " (\($0))" } ?? "")

        case let .metAtEvent(event, on):
            return "Met at \(Inert.text(event)) \(daysAgo(on.days(to: today))) — nothing logged since"

        case let .giveBack(exchange, on, gave, owed):
            let date = DayWords.date(on, today: today)
            let what = exchange.what.map { " (\(Inert.text($0)))" } ?? ""
            // The tally only when it tips the balance beyond this one favour.
            let tally = owed - gave >= 2 ? " — so far you gave \(gave), got or asked \(owed)" : ""
            if case .asked = exchange {
                return "You asked on \(date)\(what): offer something in return" + tally
            }
            return "They helped you on \(date)\(what): give something back" + tally

        case let .birthday(on, turning):
            let age = turning.map { " (turns \($0))" } ?? ""
            switch today.days(to: on) {
            case 0: return "Birthday today" + age
            case 1: return "Birthday tomorrow" + age
            default: return "Birthday on " + DayWords.weekdayDate(on, today: today) + age
            }

        case let .newRole(role, company, since):
            var what = "New role"
            switch (role.map { Inert.text($0) }, company.map { Inert.text($0) }) {
            case let (r?, c?): what += ": \(r) at \(c)"
            case let (r?, nil): what += ": \(r)"
            case let (nil, c?): what += " at \(c)"
            case (nil, nil): break
            }
            return what + " since " + DayWords.date(since, today: today)

        case let .objective(aim, target, bySector):
            return (bySector ? "Works in " : "Works at ") + Inert.text(target)
                + " — your objective: " + aim.spelledOut
        }
    }

    public func nextStep(for detail: Reason.Detail, lastKind: String?, lastChannel: Channel?) -> String {
        let via = viaPhrase(lastKind, lastChannel)
        switch detail {
        case let .followUp(_, exchange, _):
            let what = exchange.what.map { " (\(Inert.text($0)))" } ?? ""
            return "Send the follow-up you promised\(what)" + via
        case let .metAtEvent(event, _):
            return "Send a short note about \(Inert.text(event)) and suggest a coffee"
        case .giveBack:
            return "Offer something first — an intro, an article, a useful contact" + via
        case .birthday:
            return "Wish them a happy birthday" + via
        case .newRole:
            return "Congratulate them on the new role" + via
        case let .objective(_, target, _):
            return "Share something useful about \(Inert.text(target)), then " + lowercasedFirst(reachOut(lastKind, lastChannel))
        case .overdue:
            return reachOut(lastKind, lastChannel)
        }
    }

    // MARK: - Pieces

    private func cadenceOwner(_ source: String) -> String {
        switch source {
        case "their own": return "their cadence"
        case "default": return "the default cadence"
        default: return Inert.text(source) + "'s cadence"
        }
    }

    private func daysAgo(_ n: Int) -> String {
        switch n {
        case ...0: return "today"
        case 1: return "yesterday"
        default: return DayWords.days(n) + " ago"
        }
    }

    private func exchangePhrase(_ exchange: Exchange) -> String? {
        switch exchange {
        case .neutral: return nil
        case .gave(let w): return "you gave: " + Inert.text(w)
        case .asked(let w): return "you asked: " + Inert.text(w)
        case .received(let w): return "they gave: " + Inert.text(w)
        }
    }

    /// " by email", " by phone"… from the last interaction; nothing for in person,
    /// where the medium of a short message is open.
    private func viaPhrase(_ kind: String?, _ channel: Channel?) -> String {
        switch kind {
        case "email": return " by email"
        case "message": return " by message"
        case "call": return " by phone"
        default: break
        }
        switch channel {
        case .phone: return " by phone"
        case .written: return " in writing"
        case .online: return " online"
        case .inPerson, nil: return ""
        }
    }

    /// A routine reconnect in the form that worked last time.
    private func reachOut(_ kind: String?, _ channel: Channel?) -> String {
        switch kind {
        case "coffee": return "Propose a coffee"
        case "meal": return "Propose lunch"
        case "call": return "Give them a call"
        case "email": return "Send an email to catch up"
        case "message": return "Send a message to catch up"
        default: break
        }
        switch channel {
        case .inPerson: return "Propose a coffee"
        case .phone: return "Give them a call"
        case .written: return "Send a message to catch up"
        case .online: return "Comment on something they shared, then propose a call"
        case nil: return "Propose a coffee or a call"
        }
    }

    private func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}
