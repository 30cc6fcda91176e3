/// Writes a realistic network of any size straight to a store folder, deterministically
/// from a seed: the test bed for the benchmark (`carnet-bench`), the loader's tests and
/// anyone who wants to see Carnet with 100,000 people.
///
/// The files are written as text in one pass each, not through `Store.add`, so that
/// 100,000 people and a million journal lines take about a second. What is in them:
/// French, international and accented names with ~2% in CJK scripts (so ids repeat and
/// get `-2`, `-3` suffixes, as in life), companies, roles, sectors, cities, 32 circles with
/// their cadences, tags, events with the people met there, birthdays (a quarter without a
/// year, a few on 29 February), notes (some on several lines), a few unknown keys and
/// comments (the store must keep them), imported people never contacted, and on average
/// ten interactions per person over the three years before `today` (a few logged late,
/// out of date order), then goals and an objective.
public enum SyntheticNetwork {
    public struct Summary: Sendable, Equatable {
        public var people = 0
        public var circles = 0
        public var events = 0
        public var interactions = 0
        /// Total size of the files written.
        public var bytes = 0
    }

    /// Writes the store into `directory` (created 0700 if needed; files 0600). An existing
    /// store there is refused rather than replaced.
    @discardableResult
    public static func write(to directory: String, people: Int, seed: UInt64 = 1, today: Day) throws -> Summary {
        guard !Store.exists(at: directory) else { throw StoreError.alreadyExists(path: directory) }
        var generator = Generator(people: max(0, people), seed: seed, today: today)
        let files = generator.make()
        try FileSystem.makePrivateDirectory(directory)
        var summary = generator.summary
        for (file, bytes) in files {
            try FileSystem.writeAtomically(bytes, to: directory + "/" + file.rawValue)
            summary.bytes += bytes.count
        }
        return summary
    }

    /// The files' contents without writing them, for tests and for measuring the parser alone.
    public static func files(people: Int, seed: UInt64 = 1, today: Day) -> [(file: StoreFile, bytes: [UInt8])] {
        var generator = Generator(people: max(0, people), seed: seed, today: today)
        return generator.make()
    }
}

private typealias V = SyntheticVocabulary

private struct Generator {
    let n: Int
    let today: Day
    var r: SyntheticRandom
    var summary = SyntheticNetwork.Summary()

    var ids: [String] = []
    var imported: [Bool] = []
    var companies: [String] = []
    var events: [(id: String, name: String, kind: String, date: Day, city: String, met: [Int])] = []

    init(people: Int, seed: UInt64, today: Day) {
        n = people
        self.today = today
        r = SyntheticRandom(seed: seed)
        for head in V.companyHeads { for tail in V.companyTails { companies.append(head + " " + tail) } }
    }

    mutating func make() -> [(file: StoreFile, bytes: [UInt8])] {
        makeEvents()
        let contacts = makeContacts()
        let circles = makeCircles()
        let eventFile = makeEventFile()
        let journal = makeJournal()
        let goals = makeGoals()
        summary.people = n
        summary.circles = V.circles.count
        summary.events = events.count
        return [(.contacts, contacts), (.circles, circles), (.events, eventFile), (.goals, goals), (.journal, journal)]
    }

    // MARK: - Events

    mutating func makeEvents() {
        let count = max(3, n / 200)
        var dates: [Day] = []
        for k in 0..<count {
            // Two upcoming events, the rest over the last three years.
            dates.append(k < 2 ? today.adding(days: r.int(in: 3...30)) : today.adding(days: -r.int(in: 1...1095)))
        }
        dates.sort()
        for (k, date) in dates.enumerated() {
            let (kind, word) = r.pick(V.eventWords)
            let city = r.pick(V.cities).city
            let id = Slug.make(word) + "-" + String(k + 1)
            events.append((id, "\(word) \(city) #\(k + 1)", kind, date, city, []))
        }
    }

    // MARK: - Contacts

    mutating func makeContacts() -> [UInt8] {
        var out = Out()
        out.reserve(n * 420)
        out.put(StoreFile.contacts.header + "\n# Synthetic network: \(n) people (carnet-bench).\n")
        var slugCache: [String: String] = [:]
        var taken: [String: Int] = [:]
        taken.reserveCapacity(n)
        ids.reserveCapacity(n)
        imported.reserveCapacity(n)
        func slug(_ s: String) -> String {
            if let cached = slugCache[s] { return cached }
            let made = Slug.make(s)
            slugCache[s] = made
            return made
        }
        let pastEvents = events.indices.filter { events[$0].date <= today }

        for i in 0..<n {
            // Name and id.
            let name: String
            let base: String
            let script = r.below(100)
            if script < 2 {
                let family = r.pick(V.cjkFamily), given = r.pick(V.cjkGiven)
                name = family + given
                base = slug(name)
            } else {
                // 58% French, 10% a French family name with another first name, 30% elsewhere.
                let first = script < 60 ? r.pick(V.frenchFirst) : r.pick(V.worldFirst)
                let last = script < 70 ? r.pick(V.frenchLast) : r.pick(V.worldLast)
                name = first + " " + last
                base = slug(first) + "-" + slug(last)
            }
            let seen = taken[base, default: 0]
            taken[base] = seen + 1
            let id = seen == 0 ? base : base + "-" + String(seen + 1)
            ids.append(id)

            if i > 0 && r.chance(perMille: 8) { out.put("# added after the spring fair\n") }
            out.put("\n")
            out.field("id", id)
            out.field("name", name)
            let company = r.pick(companies)
            if r.chance(85) { out.field("company", company) }
            if r.chance(80) { out.field("role", r.pick(V.roles)) }
            if r.chance(4) { out.field("role-since", today.adding(days: -r.int(in: 0...90)).description) }
            let ascii = id.utf8.allSatisfy { $0 < 0x80 }
            let local = ascii ? id : "contact" + String(i)
            if r.chance(80) { out.field("email", local + "@" + slug(company) + ".example") }
            if r.chance(10) { out.field("email", local + "@mail.example") }
            if r.chance(50) {
                out.field("phone", "+33 6 \(r.int(in: 10...99)) \(r.int(in: 10...99)) \(r.int(in: 10...99)) \(r.int(in: 10...99))")
            }
            if r.chance(60) { out.field("url", "https://www.linkedin.com/in/" + local) }
            let place = r.chance(70) ? V.cities[r.below(12)] : r.pick(V.cities)
            if r.chance(85) {
                out.field("city", place.city)
                out.field("country", place.country)
            }
            if r.chance(75) { out.field("sector", r.pick(V.sectors)) }
            if r.chance(60) { out.field("seniority", r.pick(V.seniorities)) }
            let circleCount = [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 1][r.below(20)]
            var circles: [Int] = []
            while circles.count < circleCount {
                let c = r.chance(50) ? r.below(12) : r.below(V.circles.count)
                if !circles.contains(c) { circles.append(c) }
            }
            if !circles.isEmpty { out.field("circles", circles.map { V.circles[$0].name }.joined(separator: ", ")) }
            if r.chance(40) {
                var tags: [String] = []
                for _ in 0..<r.int(in: 1...3) {
                    let t = r.pick(V.tags)
                    if !tags.contains(t) { tags.append(t) }
                }
                out.field("tags", tags.joined(separator: ", "))
            }
            let added = today.adding(days: -r.int(in: 0...2000))
            var metAtEvent = false
            if !pastEvents.isEmpty && r.chance(20) {
                let e = r.pick(pastEvents)
                events[e].met.append(i)
                out.field("met", "\(events[e].date) at \(events[e].id)")
                metAtEvent = true
            } else if r.chance(60) {
                out.field("met", added.adding(days: -r.int(in: 0...400)).description)
            }
            if i > 0 && r.chance(4) { out.field("introduced-by", ids[r.below(i)]) }
            if r.chance(10) { out.field("cadence", r.pick(V.cadences)) }
            if r.chance(60) { out.field("birthday", birthday()) }
            if r.chance(1) { out.field("snoozed-until", today.adding(days: r.int(in: 1...60)).description) }
            out.field("added", added.description)
            let isImported = !metAtEvent && r.chance(12)
            imported.append(isImported)
            if isImported { out.field("source", r.chance(70) ? "linkedin" : "google") }
            if r.chance(perMille: 5) { out.put("# to check: has she moved to Lyon?\n") }
            if r.chance(2) { out.field("x-crm-id", String(r.int(in: 10000...99999))) }
            if r.chance(25) {
                out.field("note", r.pick(V.notes))
                if r.chance(20) {
                    out.put("  " + r.pick(V.notes) + "\n")
                    if r.chance(30) { out.put("  .\n  " + r.pick(V.lineNotes) + "\n") }
                }
            }
        }
        return out.bytes
    }

    mutating func birthday() -> String {
        var month = r.int(in: 1...12)
        var day = r.int(in: 1...28)
        var year = r.int(in: 1955...2002)
        if r.chance(perMille: 3) { (month, day, year) = (2, 29, 1988) }
        let md = Day.pad(month, 2) + "-" + Day.pad(day, 2)
        return r.chance(25) ? "--" + md : Day.pad(year, 4) + "-" + md
    }

    // MARK: - Circles, events, goals

    func makeCircles() -> [UInt8] {
        var out = Out()
        out.put(StoreFile.circles.header + "\n")
        for c in V.circles {
            out.put("\n")
            out.field("name", c.name)
            out.field("kind", c.kind)
            if let cadence = c.cadence { out.field("cadence", cadence) }
            out.field("description", "Synthetic circle of kind \(c.kind).")
        }
        return out.bytes
    }

    func makeEventFile() -> [UInt8] {
        var out = Out()
        out.reserve(events.count * 200 + n * 4)
        out.put(StoreFile.events.header + "\n")
        for (k, e) in events.enumerated() {
            out.put("\n")
            out.field("id", e.id)
            out.field("name", e.name)
            out.field("date", e.date.description)
            out.field("kind", e.kind)
            out.field("place", e.city)
            if k % 3 != 0 { out.field("target", String(3 + k % 5)) }
            if !e.met.isEmpty { out.field("met", e.met.map { ids[$0] }.joined(separator: ", ")) }
        }
        return out.bytes
    }

    func makeGoals() -> [UInt8] {
        var out = Out()
        out.put(StoreFile.goals.header + "\n")
        for (goal, target) in [("events", "2"), ("new-people", "8"), ("reconnects", "12"), ("gives", "4"), ("coffee", "3")] {
            out.put("\n")
            out.field("goal", goal)
            out.field("target", target)
        }
        out.put("\n")
        out.field("objective", "job-search")
        out.field("sectors", "Tech, Santé")
        out.field("companies", companies[3] + ", " + companies[47])
        out.field("note", "Un poste de direction produit d'ici l'été.")
        return out.bytes
    }

    // MARK: - Journal

    mutating func makeJournal() -> [UInt8] {
        var out = Out()
        let total = n * 10
        out.reserve(total * 62)
        out.put(StoreFile.journal.header + "\n")
        guard n > 0 else { return out.bytes }
        let span = 1096
        let start = today.adding(days: -(span - 1))
        // Day texts for the journal's range and the follow-ups after it, made once.
        let dayText: [[UInt8]] = (0..<(span + 40)).map { Array(start.adding(days: $0 - 10).description.utf8) }
        func text(_ d: Day) -> [UInt8] { dayText[start.days(to: d) + 10] }
        let kinds = ["coffee", "coffee", "coffee", "coffee", "message", "message", "message", "message", "email",
                     "email", "email", "call", "call", "call", "meeting", "meeting", "meal", "online", "online", "intro"]
        let close = max(1, n / 10)
        var nextEvent = 0
        var lines = 0
        var people: [Int] = []

        func pickPerson(_ r: inout SyntheticRandom) -> Int {
            while true {
                let i = r.chance(40) ? r.below(close) : r.below(n)
                if !imported[i] { return i }
            }
        }

        for k in 0..<total {
            var date = start.adding(days: k * span / total)
            // The people met at an event, logged on its day (some of them: the others are follow-ups).
            while nextEvent < events.count && events[nextEvent].date <= date {
                let e = events[nextEvent]
                nextEvent += 1
                guard !e.met.isEmpty, e.date >= start else { continue }
                out.put(text(e.date)); out.put(" event")
                for p in e.met.prefix(3) { out.put(" @"); out.put(ids[p]) }
                out.put(" event:"); out.put(e.id); out.put("\n")
                lines += 1
            }
            if r.chance(1) { date = date.adding(days: -r.int(in: 1...10)) }
            let kind = r.pick(kinds)
            out.put(text(date)); out.put(" "); out.put(kind)
            people.removeAll(keepingCapacity: true)
            people.append(pickPerson(&r))
            if r.chance(6) {
                for _ in 0..<r.int(in: 1...2) {
                    let p = pickPerson(&r)
                    if !people.contains(p) { people.append(p) }
                }
            }
            for p in people { out.put(" @"); out.put(ids[p]) }
            if r.chance(2) { out.put(kind == "online" ? " channel:written" : " channel:online") }
            let exchange = r.below(100)
            if exchange < 15 {
                out.put(" gave:\""); out.put(r.pick(V.gifts)); out.put("\"")
            } else if exchange < 22 {
                out.put(" asked:\""); out.put(r.pick(V.asks)); out.put("\"")
            } else if exchange < 27 {
                out.put(" received:\""); out.put(r.pick(V.gifts)); out.put("\"")
            }
            if r.chance(4) { out.put(" follow-up:"); out.put(text(date.adding(days: r.int(in: 7...30)))) }
            if r.chance(15) { out.put(" note:\""); out.put(r.pick(V.lineNotes)); out.put("\"") }
            out.put("\n")
            lines += 1
        }
        summary.interactions = lines
        return out.bytes
    }
}

/// A growing byte buffer for the files.
private struct Out {
    var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }
    mutating func put(_ s: String) { bytes.append(contentsOf: s.utf8) }
    mutating func put(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    mutating func field(_ key: String, _ value: String) {
        put(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        put(value)
        bytes.append(UInt8(ascii: "\n"))
    }
}
