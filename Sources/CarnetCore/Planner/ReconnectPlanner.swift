/// Who to reconnect with today, and why.
///
/// A pure function of the network, the day and the options: the same input always gives
/// the same list. One pass over the contacts with O(1) lookups, keeping only each
/// circle's best few; sentences are written only for the people on the list.
public enum ReconnectPlanner {
    /// Today's list, best first, at most `options.limit` long. Reasons considered:
    /// time since last contact against the cadence; follow-up dates that have come;
    /// people met at an event lately with nothing logged since; their last exchange
    /// being them giving or you asking; a birthday within the week; a new role; the
    /// objective. Snoozed people are left out until the date; imported people never
    /// contacted come up only for an occasion, or one of them for the objective.
    public static func plan(_ network: Network, today: Day, options: PlannerOptions = .init()) -> [Suggestion] {
        let context = PlanContext(network: network, today: today, options: options)
        let picked: [CircleMix.Candidate] = network.interactions.withUnsafeEntries { journal in
            network.contacts.withUnsafeBufferPointer { contacts in
                var mix = CircleMix(limit: options.limit, penaltyPercent: options.circleRepeatPenaltyPercent)
                // Imported, never contacted, objective only: one place at most, for the best of them.
                var importedPick: CircleMix.Candidate?
                // Gather, then score: at scale the cost is waiting on memory (each person's
                // index list, then their last journal line). Fetching those for a batch of
                // people in tight loops lets the reads overlap; scoring then finds them cached.
                let batch = 32
                var lists = [Timeline](repeating: Timeline([]), count: batch)
                var lasts = [LastLook?](repeating: nil, count: batch)
                for first in stride(from: 0, to: contacts.count, by: batch) {
                    let count = min(batch, contacts.count - first)
                    for k in 0..<count { lists[k] = network.interactionIndices(atPosition: first + k) }
                    for k in 0..<count { lasts[k] = lists[k].last.map { LastLook($0, in: journal) } }
                    for k in 0..<count {
                        let index = first + k
                        var sink = ScoreSink()
                        guard let circle = context.evaluate(contacts.baseAddress! + index, at: index,
                                                            indices: lists[k], last: lasts[k],
                                                            journal: journal, into: &sink),
                              !sink.isEmpty,
                              sink.importedObjectiveOnly || mix.admits(score: sink.score, circle: circle)
                        else { continue }
                        let candidate = CircleMix.Candidate(score: sink.score, id: contacts[index].id,
                                                            contactIndex: index, circle: circle)
                        if sink.importedObjectiveOnly {
                            if importedPick == nil || candidate.precedes(importedPick!) { importedPick = candidate }
                        } else {
                            mix.offer(candidate)
                        }
                    }
                }
                if let importedPick { mix.offer(importedPick) }
                return mix.pick()
            }
        }
        // Sentences only for the few on the list.
        return picked.map { candidate in
            var signals = ContactSignals()
            let contact = network.contacts[candidate.contactIndex]
            _ = network.contacts.withUnsafeBufferPointer { contacts in
                network.interactions.withUnsafeEntries { journal in
                    let indices = network.interactionIndices(atPosition: candidate.contactIndex)
                    return context.evaluate(contacts.baseAddress! + candidate.contactIndex, at: candidate.contactIndex,
                                            indices: indices,
                                            last: indices.last.map { LastLook($0, in: journal) },
                                            journal: journal, into: &signals)
                }
            }
            return suggestion(for: contact, score: candidate.score, signals: signals, in: network,
                              today: today, options: options)
        }
    }

    static func suggestion(for contact: Contact, score: Int, signals: ContactSignals, in network: Network,
                                   today: Day, options: PlannerOptions) -> Suggestion {
        var signals = signals
        signals.rank()
        let phrases = options.phrases
        let reasons = signals.details.map {
            Reason(detail: $0.detail, text: phrases.reason($0.detail, today: today), weight: $0.weight)
        }
        let last = network.lastInteraction(of: contact.id)
        let step = phrases.nextStep(for: signals.details[0].detail, lastKind: last?.kind, lastChannel: last?.channel)
        return Suggestion(contactID: contact.id, name: Inert.text(contact.name), score: score,
                          reasons: reasons, nextStep: step, circle: contact.circles.first)
    }
}
