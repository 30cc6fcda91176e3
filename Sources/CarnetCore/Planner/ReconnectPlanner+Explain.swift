extension ReconnectPlanner {
    /// Why one person would come up today, whether or not they made today's short list:
    /// for the detail view. Nil when nothing calls for reaching out (or they are snoozed).
    /// `contact` may differ from the stored one (a form being edited); its journal is the
    /// network's for its id.
    public static func explain(_ contact: Contact, in network: Network, today: Day,
                               options: PlannerOptions = .init()) -> Suggestion? {
        let context = PlanContext(network: network, today: today, options: options)
        let position = network.position(ofContact: contact.id)
        let indices = position.map { network.interactionIndices(atPosition: $0) }
            ?? Timeline(network.interactionIndices(of: contact.id).map(Int32.init))
        var signals = ContactSignals()
        let circle: Int? = withUnsafePointer(to: contact) { pointer in
            network.interactions.withUnsafeEntries { journal in
                context.evaluate(pointer, at: position, indices: indices,
                                 last: indices.last.map { LastLook($0, in: journal) },
                                 journal: journal, into: &signals)
            }
        }
        guard circle != nil, !signals.isEmpty else { return nil }
        return suggestion(for: contact, score: signals.score, signals: signals, in: network,
                          today: today, options: options)
    }
}
