/// A person in the network.
public struct Contact: Hashable, Sendable, Identifiable {
    /// A readable slug (`helene-dupont`), stable once created: the journal refers to it.
    public var id: String
    public var name: String
    public var company: String?
    public var role: String?
    /// When the current role was recorded; a recent one is an occasion to congratulate.
    public var roleSince: Day?
    public var emails: [String] = []
    public var phones: [String] = []
    /// Web addresses, LinkedIn's among them.
    public var urls: [String] = []
    public var city: String?
    public var country: String?
    public var sector: String?
    public var seniority: String?
    /// Circle names; a person may belong to several.
    public var circles: [String] = []
    public var tags: [String] = []
    public var met: Met?
    /// Id or name of whoever introduced you.
    public var introducedBy: String?
    /// Overrides the circles' cadence.
    public var cadence: Cadence?
    public var birthday: Birthday?
    public var note: String?
    public var snoozedUntil: Day?
    public var added: Day?
    /// Where the person came from when imported (`linkedin`, `google`, `outlook`, `vcard`);
    /// such people are not suggested until you have been in touch once.
    public var source: String?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// How and when you met: `2024-03-12 at devoxx-2024`, or just a date.
    public struct Met: Hashable, Sendable, CustomStringConvertible {
        public var date: Day?
        /// Id of the event where you met, if any.
        public var event: String?

        public init(date: Day?, event: String? = nil) {
            self.date = date
            self.event = event
        }

        public var description: String {
            switch (date, event) {
            case let (d?, e?): return "\(d) at \(e)"
            case let (d?, nil): return d.description
            case let (nil, e?): return "at \(e)"
            case (nil, nil): return ""
            }
        }
    }

    public var linkedIn: String? { urls.first { Folding.key($0).contains("linkedin.com") } }

    public func isSnoozed(on day: Day) -> Bool {
        guard let snoozedUntil else { return false }
        return snoozedUntil > day
    }

    /// Appends the text a filter searches, folded: name, company, role, circles, tags, notes
    /// and more, part by part (the same as folding the parts joined by U+001F).
    public func appendSearchKey(to out: inout [UInt8]) {
        var first = true
        func add(_ part: String) {
            if !first { out.append(0x1F) }
            first = false
            Folding.appendKey(of: part, to: &out)
        }
        add(name); add(company ?? ""); add(role ?? ""); add(sector ?? ""); add(city ?? ""); add(country ?? "")
        for c in circles { add(c) }
        for t in tags { add(t) }
        for e in emails { add(e) }
        add(note ?? "")
    }
}
