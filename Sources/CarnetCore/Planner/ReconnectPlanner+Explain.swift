extension ReconnectPlanner {
    /// Why one person would come up today, whether or not they made today's short list:
    /// for the detail view. Nil when nothing calls for reaching out (or they are snoozed).
    public static func explain(_ contact: Contact, in network: Network, today: Day,
                               options: PlannerOptions = .init()) -> Suggestion? {
        var context = PlanContext(network: network, today: today, options: options)
        guard var signals = context.signals(for: contact), !signals.isEmpty else { return nil }
        signals.rank()
        let reasons = signals.details.map {
            Reason(detail: $0.detail, text: options.phrases.reason($0.detail, today: today), weight: $0.weight)
        }
        let last = network.lastInteraction(of: contact.id)
        let step = options.phrases.nextStep(for: signals.details[0].detail, lastKind: last?.kind, lastChannel: last?.channel)
        return Suggestion(contactID: contact.id, name: Inert.text(contact.name), score: signals.score,
                          reasons: reasons, nextStep: step, circle: contact.circles.first)
    }
}
