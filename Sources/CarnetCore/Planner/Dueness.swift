extension ReconnectPlanner {
    /// Where a person stands against their cadence, for the contact list and the detail
    /// view: two index lookups, no pass over the journal. Imported people never contacted
    /// have no start date, as in `plan`.
    public static func dueness(of contact: Contact, in network: Network, today: Day) -> Due {
        let (cadence, source) = network.cadence(for: contact)
        let start = start(of: contact, lastDate: network.lastInteractionDate(of: contact.id))
        return Due(since: start?.0, basis: start?.1, today: today, cadence: cadence, cadenceSource: source)
    }

    /// Everyone's `Due`, aligned with `network.contacts`: what a list sorted by due needs,
    /// with each circle spelling resolved once instead of once per person.
    public static func dueness(in network: Network, today: Day) -> [Due] {
        let circles = CircleTable(network)
        return network.interactions.withUnsafeEntries { journal in
            network.contacts.indices.map { position in
                let contact = network.contacts[position]
                let last = network.interactionIndices(atPosition: position).last.map { journal[Int($0)].date }
                let primary = contact.circles.first.map { circles.entry($0) }
                let (cadence, source) = circles.cadence(own: contact.cadence, circles: contact.circles, primary: primary)
                let start = start(of: contact, lastDate: last)
                return Due(since: start?.0, basis: start?.1, today: today, cadence: cadence, cadenceSource: source)
            }
        }
    }

    /// The last interaction, else (unless imported and never contacted) the later of met and added.
    private static func start(of contact: Contact, lastDate: Day?) -> (Day, Reason.Since)? {
        if let lastDate { return (lastDate, .interaction) }
        if contact.source != nil { return nil }
        return PlanContext.baseline(met: contact.met, added: contact.added)
    }
}
