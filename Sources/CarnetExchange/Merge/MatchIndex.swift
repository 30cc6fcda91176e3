import CarnetCore

/// Finds who in the network an imported person already is.
struct MatchIndex {
    enum Match: Equatable {
        case none
        case one(String)
        /// Several people share the key, and the Carnet id the card carries names one of them.
        case named(String, among: [String], by: String)
        /// Several different people share the key: merging into one would be a guess.
        case ambiguous([String], by: String)
    }

    private var byEmail: [String: [String]] = [:]
    private var byLinkedIn: [String: [String]] = [:]
    /// Each person's LinkedIn profiles: one person has one, so two different ones tell
    /// namesakes of one company apart.
    private var linkedInOf: [String: [String]] = [:]
    private var byNameAndCompany: [String: [String]] = [:]

    init(_ contacts: [Contact]) {
        for contact in contacts { add(contact) }
    }

    /// Indexes `contact` (again, after a merge gave it new e-mails or URLs).
    mutating func add(_ contact: Contact) {
        for email in contact.emails { Self.insert(contact.id, MatchKeys.email(email), into: &byEmail) }
        for url in contact.urls {
            if let key = MatchKeys.linkedIn(url) {
                Self.insert(contact.id, key, into: &byLinkedIn)
                Self.insert(key, contact.id, into: &linkedInOf)
            }
        }
        Self.insert(contact.id, MatchKeys.nameAndCompany(name: contact.name, company: contact.company),
                    into: &byNameAndCompany)
    }

    /// Static on purpose: a method reading `self` while `self.byEmail` is passed
    /// inout makes Swift copy the whole dictionary on every insert (quadratic).
    private static func insert(_ id: String, _ key: String, into table: inout [String: [String]]) {
        guard !key.isEmpty else { return }
        if !(table[key] ?? []).contains(id) { table[key, default: []].append(id) }
    }

    /// The strongest kind of key decides: an e-mail match is not overruled by a
    /// name match elsewhere. Where it finds several people, the id Carnet wrote in the card
    /// (`carnetID`, from `X-CARNET-ID`) picks the one it names: namesakes at one company
    /// with no e-mail, exported and imported back (a backup, a vdir edited in khard), are
    /// each found again. The id alone finds no one: in another user's export it may name
    /// someone else (and where it picks among namesakes, the import says so: `Importer`).
    func match(_ contact: Contact, carnetID: String? = nil) -> Match {
        let profiles = contact.urls.compactMap(MatchKeys.linkedIn)
        let tries: [(String, [String])] = [
            ("e-mail", contact.emails.flatMap { byEmail[MatchKeys.email($0)] ?? [] }),
            ("LinkedIn profile", profiles.flatMap { byLinkedIn[$0] ?? [] }),
            ("name and company", (byNameAndCompany[MatchKeys.nameAndCompany(name: contact.name, company: contact.company)] ?? [])
                .filter { !differentProfiles(profiles, linkedInOf[$0] ?? []) }),
        ]
        for (kind, ids) in tries {
            var unique: [String] = []
            for id in ids where !unique.contains(id) { unique.append(id) }
            if unique.count == 1 { return .one(unique[0]) }
            if let carnetID, unique.contains(carnetID) { return .named(carnetID, among: unique, by: kind) }
            if unique.count > 1 { return .ambiguous(unique, by: kind) }
        }
        return .none
    }

    /// Whether both have LinkedIn profiles and none is the other's: two people.
    private func differentProfiles(_ a: [String], _ b: [String]) -> Bool {
        !a.isEmpty && !b.isEmpty && !a.contains(where: b.contains)
    }
}
