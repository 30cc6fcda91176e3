#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plain-text store: a folder of UTF-8 files a person can read, edit and keep in git
/// (see docs/store-format.md), loaded into a `Network`.
///
/// Promises: lossless (untouched bytes are written back as they were read); atomic
/// (temp file, fsync, rename, fsync of the folder); one writer at a time (`StoreLock`);
/// never writes over a change made outside since it was read, nor over a file that did
/// not parse; private (folder 0700, files 0600). Adding an interaction appends one line
/// to the journal instead of rewriting anything.
public final class Store {
    public let directory: String
    public private(set) var network = Network()
    /// Everything wrong in the files. Any `.error` makes the store read-only.
    public private(set) var problems: [Problem] = []

    /// The documents of the record files written since they were read.
    private var documents: [StoreFile: RecordDocument] = [:]
    /// What each file held when read or last written, to notice outside changes.
    private var seen: [StoreFile: SeenFile] = [:]
    private var contactSegments: [String: Int] = [:]
    /// The loaded contacts' segments, by position in `network.contacts`: made into
    /// `contactSegments` at the first write (a hundred thousand ids hashed as strings were a
    /// tenth of the load).
    private(set) var loadedContactSegments: [Int]?
    private var circleSegments: [String: Int] = [:]
    private var eventSegments: [String: Int] = [:]
    private var goalSegments: [String: Int] = [:]
    private var objectiveSegment: Int?
    private let lock: StoreLock
    private var lockIsHeldForSession = false
    /// Where this store's snapshot is kept (`StoreSnapshot`), when it has one.
    private let snapshotPlace: String?
    /// Whether a load orders the contacts by name (`Network.byName`) when the snapshot does
    /// not give the order: the app's first screen needs it.
    private let ordersByName: Bool
    /// Whether what a load read is kept for this process to write as the next snapshot
    /// (`takeSnapshot`), or only noted as due, another process writing it.
    private let writesSnapshot: Bool
    /// What the last load read from text, for the next start to take instead; nil when
    /// it read nothing new, had errors, or was taken (`takeSnapshot`).
    private var snapshot: StoreSnapshot?
    /// The files the last load took from the snapshot rather than parsing them (the journal:
    /// its lines up to where the snapshot read it).
    public private(set) var takenFromSnapshot: Set<StoreFile> = []
    /// Of those, the files taken for what the snapshot read by their fingerprint, settled then
    /// and the same now (`FileSystem.Fingerprint.isSettled`), without reading them again.
    public private(set) var knownByFingerprint: Set<StoreFile> = []
    /// After an outside edit of the contacts file, how many of its contacts the last load
    /// took from the snapshot, their records being as they were (`ContactsTail(reusing:)`).
    public private(set) var reusedContacts = 0
    /// Whether the last load's journal thread, done first, parsed the end of the contacts
    /// file (`ContactsShare`).
    public private(set) var contactsEndTakenOver = false
    /// Whether the last load's main thread, done first, parsed the end of the journal
    /// (`JournalShare`).
    public private(set) var journalEndTakenOver = false
    /// Whether this store rewrote its contacts file: the next start cannot take the
    /// contacts from the snapshot this one read or wrote.
    public private(set) var rewroteContacts = false

    private struct SeenFile: Sendable {
        var fingerprint: FileSystem.Fingerprint?
        /// A record file's content as read or last written (nil: there was no file). Its
        /// document is built on its first write, from the file read again and found the same…
        var content: ContentDigest?
        /// …while of the journal, which only grows, its length and last bytes are kept.
        var length: Int
        var tail: [UInt8]
    }

    private init(directory: String, snapshotPlace: String?, ordersByName: Bool = false, writesSnapshot: Bool = true,
                 contactsReading: ContactsReading? = nil, journalReading: JournalReading? = nil) {
        self.directory = directory
        self.snapshotPlace = snapshotPlace
        self.ordersByName = ordersByName
        self.writesSnapshot = writesSnapshot
        self.contactsReading = contactsReading
        self.journalReading = journalReading
        lock = StoreLock(directory: directory)
    }

    /// How a contacts file to parse is read, when tests say (nil: as it pays).
    enum ContactsReading {
        /// In one pass, on the main thread.
        case onePass
        /// In two parts, split at the middle, the second on another thread (`ContactsTail`).
        /// As it pays, when the journal's thread has time to spare, its lines coming from the
        /// snapshot (after an outside edit of the contacts), and the file is large: a small
        /// one is read faster in one pass.
        case split
        /// Shared with the journal's thread, which takes the end once its file is read
        /// (`ContactsShare`). As it pays, when both threads parse from text and the file is
        /// large; for tests, whatever its size, the main thread waiting for the other's claim.
        case shared
    }

    private let contactsReading: ContactsReading?

    /// How a journal to parse is read, when tests say (nil: as it pays).
    enum JournalReading {
        /// In one pass, on the journal's thread.
        case onePass
        /// Shared with the main thread, which takes the end once the contacts are read
        /// (`JournalShare`). As it pays, when enough of it is left; for tests, whatever its
        /// size, the journal's thread waiting for the other's claim.
        case shared
    }

    private let journalReading: JournalReading?
    private static let contactsSplitBytes = 1 << 20

    // MARK: - Opening

    /// Whether `directory` holds a store.
    public static func exists(at directory: String) -> Bool {
        FileSystem.exists(directory + "/contacts") || FileSystem.exists(directory + "/journal")
    }

    /// Reads the store. Problems in the files do not throw: they are in `problems`, and the
    /// store is then read-only. With `holdingLock`, the lock is taken before reading and
    /// kept until `close()`, so that a command's read-modify-write cannot interleave with
    /// another writer's. With `snapshot` (a path, see `StoreSnapshot.place`), the parts of
    /// the snapshot there that still match the files are taken instead of parsing them.
    /// With `ordersByName`, the network comes with its contacts in order by name
    /// (`Network.byName`), sorted while the journal is still being read if the snapshot
    /// does not have it (not when the contacts file is missing or unreadable: nil then).
    /// Without `writesSnapshot` (the app, which has `carnet snapshot` write it), the journal
    /// is hashed only as far as the snapshot's part, to check it, not to its end for the
    /// next one; `takeSnapshot` still tells whether one is due.
    ///
    /// `mapsFiles: false` reads the text files rather than mapping them, for a load made once
    /// the terminal is taken (a first screen shown before the load, `FirstScreenFile`): a
    /// mapped file cut short meanwhile would end Carnet there and leave the terminal as it was.
    public static func open(at directory: String, holdingLock: Bool = false, snapshot: String? = nil,
                            ordersByName: Bool = false, writesSnapshot: Bool = true, mapsFiles: Bool = true) throws -> Store {
        try open(at: directory, holdingLock: holdingLock, snapshot: snapshot, ordersByName: ordersByName,
                 writesSnapshot: writesSnapshot, mapsFiles: mapsFiles, contactsReading: nil)
    }

    /// `open`, saying how to read a contacts file and a journal to parse (nil: as it pays).
    static func open(at directory: String, holdingLock: Bool = false, snapshot: String? = nil,
                     ordersByName: Bool = false, writesSnapshot: Bool = true, mapsFiles: Bool = true,
                     contactsReading: ContactsReading? = nil, journalReading: JournalReading? = nil) throws -> Store {
        guard exists(at: directory) else { throw StoreError.notAStore(path: directory) }
        let store = Store(directory: directory, snapshotPlace: snapshot, ordersByName: ordersByName,
                          writesSnapshot: writesSnapshot, contactsReading: contactsReading, journalReading: journalReading)
        if holdingLock {
            try store.lock.acquire()
            store.lockIsHeldForSession = true
        }
        // Large files are mapped only here, before the terminal is taken (`BusErrorGuard`).
        if mapsFiles {
            try BusErrorGuard.during(storeAt: directory) { try store.load(mapping: true) }
        } else {
            try store.load(mapping: false)
        }
        return store
    }

    /// Whether the text is ASCII, read from its bytes (its `utf8` view, element by element,
    /// cost 2% of a load).
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var all: UInt8 = 0
            for c in b { all |= c }
            return all < 0x80
        }
    }

    /// Adds a contact's id to the loader's index at `position`, or tells that it is already
    /// used (the first one stands). Ids are indexed by their bytes; the few that are not
    /// ASCII are also compared as strings, so that one typed composed ("é") and one
    /// decomposed ("e" + "́") are the same id, as they are to the eye. Static, with the
    /// tables passed in: captured, they were checked for exclusive access at run time.
    private static func claimContactID(_ id: String, position: Int, line: Int, in index: inout ContactIndex,
                                       nonASCII: inout Set<String>, problems: inout [Problem]) -> Bool {
        let seenAsText = !isASCII(id) && !nonASCII.insert(id).inserted
        guard !seenAsText, index.add(id, position: position) else {
            problems.append(Problem(file: StoreFile.contacts.rawValue, line: line,
                                    "the id '\(Inert.text(id))' is already used above"))
            return false
        }
        return true
    }

    /// Makes the loads of this process background work, second thread included: for
    /// `carnet snapshot`, which reads the store while the user's terminal is still drawing.
    public static func loadInTheBackground() {
        BackgroundUrgency.quality = .background
    }

    /// Creates an empty store (folder 0700, files 0600 with their header lines).
    @discardableResult
    public static func create(at directory: String) throws -> Store {
        guard !exists(at: directory) else { throw StoreError.alreadyExists(path: directory) }
        try FileSystem.makePrivateDirectory(directory)
        for file in StoreFile.allCases {
            try FileSystem.writeAtomically(Array((file.header + "\n").utf8), to: directory + "/" + file.rawValue)
        }
        return try open(at: directory)
    }

    /// Releases a lock taken with `holdingLock`.
    public func close() {
        lockIsHeldForSession = false
        lock.release()
    }

    public var isWritable: Bool { !problems.contains { $0.severity == .error } }

    public func path(of file: StoreFile) -> String { directory + "/" + file.rawValue }

    /// Reads everything again, for instance after an outside change.
    public func reload() throws {
        network = Network()
        problems = []
        documents = [:]
        seen = [:]
        contactSegments = [:]; circleSegments = [:]; eventSegments = [:]; goalSegments = [:]
        loadedContactSegments = nil
        objectiveSegment = nil
        // The old network is free once the app has let go of its copy too: given back to the
        // system, its pages are not kept beside the new network's.
        MallocPolicy.giveBackFreedMemory()
        try load()
    }

    /// The files changed on disk since they were read or written by this store.
    public func outsideChanges() -> [StoreFile] {
        StoreFile.allCases.filter { seen[$0]?.fingerprint != FileSystem.fingerprint(path(of: $0)) }
    }

    /// The files' stamp now, if they are still what this store last read or wrote (as
    /// `outsideChanges`, from the same `stat`s); nil when a file changed outside since.
    public func stampIfUnchanged() -> StoreStamp? {
        let now = StoreStamp.current(directory: directory)
        return zip(StoreFile.allCases, now.files).allSatisfy({ seen[$0]?.fingerprint == $1 }) ? now : nil
    }

    // MARK: - Changes

    public func add(_ contact: Contact) throws {
        guard !network.contains(id: contact.id) else { throw StoreError.invalid("someone already has the id '\(contact.id)'") }
        guard ContactRecord.isValidID(contact.id) else { throw StoreError.invalid("'\(Inert.text(contact.id))' is not a valid id") }
        try rewrite(.contacts) { doc in
            contactSegments[contact.id] = doc.append(ContactRecord.fields(contact))
        }
        network.upsert(contact)
    }

    /// Several contacts in one write: an import lands whole or not at all.
    public func save(contacts: [Contact]) throws {
        try rewrite(.contacts) { doc in
            for c in contacts {
                if let segment = contactSegments[c.id], let old = network.contact(id: c.id) {
                    doc.set(ContactRecord.fields(c), previous: ContactRecord.fields(old), inRecord: segment)
                } else {
                    contactSegments[c.id] = doc.append(ContactRecord.fields(c))
                }
            }
        }
        for c in contacts { network.upsert(c) }
    }

    public func update(_ contact: Contact) throws {
        guard network.contains(id: contact.id) else { throw StoreError.invalid("no contact has the id '\(contact.id)'") }
        try save(contacts: [contact])
    }

    /// Appends one line to the journal. Lines another process appended meanwhile are read first.
    @discardableResult
    public func log(_ interaction: Interaction) throws -> Interaction {
        try log([interaction])[0]
    }

    /// Appends several lines in one write (an import, the demo).
    @discardableResult
    public func log(_ interactions: [Interaction]) throws -> [Interaction] {
        for x in interactions {
            guard !x.people.isEmpty else { throw StoreError.invalid("an interaction must name at least one person") }
            for id in x.people where !network.contains(id: id) {
                throw StoreError.invalid("no contact has the id '\(Inert.text(id))'")
            }
        }
        var logged = interactions
        try withLock {
            try catchUpOnJournal()
            let path = path(of: .journal)
            var known = seen[.journal]!
            var bytes = [UInt8]()
            var line = journalLineCount
            if known.length == 0 {
                bytes += Array((StoreFile.journal.header + "\n").utf8)
                line += 1
            } else if known.tail.last != UInt8(ascii: "\n") {
                bytes.append(UInt8(ascii: "\n"))  // an unfinished last line written by hand
                line += 1
            }
            for i in logged.indices {
                bytes += Array(JournalLine.format(logged[i]).utf8)
                bytes.append(UInt8(ascii: "\n"))
                line += 1
                logged[i].line = line
            }
            try FileSystem.makePrivateDirectory(directory)
            FileSystem.makePrivate(files: StoreFile.allCases.map { self.path(of: $0) } + [directory + "/.lock"])
            try FileSystem.append(bytes, to: path)
            journalLineCount = line
            known.length += bytes.count
            known.tail = Array((known.tail + bytes).suffix(Store.tailLength))
            known.fingerprint = FileSystem.fingerprint(path)
            seen[.journal] = known
        }
        for x in logged { network.append(x) }
        return logged
    }

    public func save(_ circle: Circle) throws {
        try rewrite(.circles) { doc in
            if let segment = circleSegments[circle.id] {
                doc.set(CircleRecord.fields(circle), previous: CircleRecord.fields(network.circle(named: circle.name)), inRecord: segment)
            } else {
                circleSegments[circle.id] = doc.append(CircleRecord.fields(circle))
            }
        }
        network.upsert(circle)
    }

    public func save(_ event: Event) throws {
        try rewrite(.events) { doc in
            if let segment = eventSegments[event.id], let old = network.event(id: event.id) {
                doc.set(EventRecord.fields(event), previous: EventRecord.fields(old), inRecord: segment)
            } else {
                eventSegments[event.id] = doc.append(EventRecord.fields(event))
            }
        }
        network.upsert(event)
    }

    /// Sets a monthly goal's target (0 removes the goal).
    public func save(_ goal: Goal) throws {
        let key = goal.measure.description
        let old = network.goals.first { $0.measure == goal.measure }
        try rewrite(.goals) { doc in
            if let segment = goalSegments[key], let old {
                doc.set(GoalsRecord.fields(goal), previous: GoalsRecord.fields(old), inRecord: segment)
            } else {
                goalSegments[key] = doc.append(GoalsRecord.fields(goal))
            }
        }
        if let i = network.goals.firstIndex(where: { $0.measure == goal.measure }) {
            network.goals[i] = goal
        } else {
            network.goals.append(goal)
        }
    }

    public func save(_ objective: Objective) throws {
        try rewrite(.goals) { doc in
            if let segment = objectiveSegment, let old = network.objective {
                doc.set(GoalsRecord.fields(objective), previous: GoalsRecord.fields(old), inRecord: segment)
            } else {
                objectiveSegment = doc.append(GoalsRecord.fields(objective))
            }
        }
        network.objective = objective
    }

    // MARK: - Writing safely

    static let tailLength = 4096
    private var journalLineCount = 0

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        guard isWritable else { throw StoreError.readOnly(problems) }
        if lock.isHeld { return try body() }
        try lock.acquire()
        defer { if !lockIsHeldForSession { lock.release() } }
        return try body()
    }

    /// Edits a record file's document and replaces the file atomically, after checking
    /// that nobody changed it since it was read. Memory changes only once the disk has.
    private func rewrite(_ file: StoreFile, _ edit: (inout RecordDocument) throws -> Void) throws {
        try withLock {
            let path = path(of: file)
            let known = seen[file]!
            // The file is read again when it may have changed, and before its first write
            // (its document is built from it then): it must hold what it held.
            var current: [UInt8]?
            if documents[file] == nil || known.fingerprint != FileSystem.fingerprint(path) {
                current = try FileSystem.read(path)
                if current.map({ $0.withUnsafeBufferPointer(ContentDigest.init) }) != known.content {
                    throw StoreError.changedOutside(file: file.rawValue)
                }
            }
            if file == .contacts, let loaded = loadedContactSegments {
                // Before any change: the network's contacts are still the ones read.
                loadedContactSegments = nil
                contactSegments.reserveCapacity(loaded.count)
                for (p, segment) in loaded.enumerated() { contactSegments[network.contacts[p].id] = segment }
            }
            let before = (contactSegments, circleSegments, eventSegments, goalSegments, objectiveSegment)
            var doc = documents[file] ?? current.map(RecordDocument.init(parsing:)) ?? RecordDocument(header: file.header)
            do {
                try edit(&doc)
                let bytes = doc.bytes
                try FileSystem.makePrivateDirectory(directory)
                FileSystem.makePrivate(files: StoreFile.allCases.map { self.path(of: $0) } + [directory + "/.lock"])
                try FileSystem.writeAtomically(bytes, to: path)
                documents[file] = doc
                if file == .contacts { rewroteContacts = true }
                seen[file] = SeenFile(fingerprint: FileSystem.fingerprint(path), content: bytes.withUnsafeBufferPointer(ContentDigest.init),
                                      length: bytes.count, tail: [])
            } catch {
                (contactSegments, circleSegments, eventSegments, goalSegments, objectiveSegment) = before
                throw error
            }
        }
    }

    /// Reads journal lines appended by someone else since we last looked; refuses when the
    /// journal was rewritten rather than appended to.
    private func catchUpOnJournal() throws {
        let path = path(of: .journal)
        guard let known = seen[.journal], known.fingerprint != FileSystem.fingerprint(path) else { return }
        let current = try FileSystem.read(path) ?? []
        let start = known.length - known.tail.count
        guard current.count >= known.length, Array(current[start..<known.length]) == known.tail else {
            throw StoreError.changedOutside(file: StoreFile.journal.rawValue)
        }
        var problems: [Problem] = []
        var added = Journal()
        let newlines = Store.parseJournal(current, from: known.length, firstLine: journalLineCount + 1, into: &added,
                                          problems: &problems)
        if let bad = problems.first(where: { $0.severity == .error }) { throw StoreError.readOnly([bad]) }
        for x in added { network.append(x) }
        journalLineCount += newlines
        seen[.journal] = SeenFile(fingerprint: FileSystem.fingerprint(path), content: nil, length: current.count,
                                  tail: Array(current.suffix(Store.tailLength)))
    }

    // MARK: - Reading

    /// With `mapping`, large files on a local disk are mapped rather than read (`FileBytes`).
    private func load(mapping: Bool = false) throws {
        var contacts: [Contact] = []
        var circles: [Circle] = []
        var events: [Event] = []
        var goals: [Goal] = []
        var objective: Objective?
        var contactIndex = ContactIndex()
        var contactSegmentList: [Int] = []
        var nonASCIIIDs = Set<String>()
        // The contacts by name: merged from the two parts of a split read, or sorted from the
        // names this thread decoded.
        var byName: [Int]?
        snapshot = nil
        takenFromSnapshot = []
        knownByFingerprint = []
        reusedContacts = 0
        contactsEndTakenOver = false
        journalEndTakenOver = false
        let kept = snapshotPlace.flatMap(StoreSnapshot.Reader.init(path:))
        var contactsPart: StoreSnapshot.ContactsPart?
        var contactsParsed = false
        let journalPath = path(of: .journal)
        let digesting = snapshotPlace != nil && writesSnapshot
        let share: ContactsShare? = switch contactsReading {
        case nil: ContactsShare()
        case .shared: ContactsShare(window: 512, minimum: 0, waitsForClaim: true)
        case .onePass, .split: nil
        }
        // And the other way round: the end of the journal, if the contacts are read first.
        // (Not both for tests: each thread would wait for the other to try first.)
        precondition(contactsReading != .shared || journalReading != .shared, "one shared reading at a time for tests")
        let journalShare: JournalShare? = switch journalReading {
        case nil: JournalShare()
        case .shared: JournalShare(minimum: 0, waitsForClaim: true)
        case .onePass: nil
        }
        let journalRead = BackgroundWork {
            let read = Result {
                try Store.readJournal(at: journalPath, snapshot: kept, digesting: digesting, share: journalShare)
            }
            // Then the end of the contacts, if still to read, before the lines are grouped by
            // person: the main thread waits for that part, and needs the grouping only once
            // it has joined the parts and sorted the names (the grouping is 4 ms at 10,000
            // people and 30–40 ms at 100,000, timestamps in the app). Grouped once the file's
            // bytes are freed: this comes at the load's memory peak.
            share?.takeEnd()
            return read.map { read in
                var read = read
                if read.linesByPerson == nil { read.linesByPerson = read.interactions.linesByPerson() }
                return read
            }
        }
        defer { share?.close() }  // also when reading a file fails: nothing may be claimed after
        defer { journalShare?.giveUp() }

        // The small files first, while the journal's thread reads the journal: what comes after
        // the contacts is waited for by the first screen (the events, 390 KB at 100,000 people,
        // took 7–10 ms of it, timestamps in the app), while the contacts' end is shared between
        // the threads. Their problems are still reported in the files' order, contacts first.
        let problemsBefore = problems.count
        var contactsProblemsFrom = problemsBefore
        for file in [StoreFile.circles, .events, .goals, .contacts] {
            if file == .contacts { contactsProblemsFrom = problems.count }
            let path = path(of: file)
            let readAt = FileSystem.now()
            let fingerprint = FileSystem.fingerprint(path)
            // When the file is what the snapshot read, its contacts are taken without parsing
            // it again: known by its fingerprint, or else its bytes hashed, a chunk at a time,
            // not kept (not at all when its length already differs).
            let source = file == .contacts ? kept?.contactsSource() : nil
            if let source, fingerprint?.size == Int64(source.digest.length),
               let opened = try FileSystem.digest(path, unlessKnown: source), opened.digest == source.digest,
               var part = kept?.contacts(indexing: true), part.digest == opened.digest {
                let digest = opened.digest
                if opened.known { knownByFingerprint.insert(.contacts) }
                // Hashed, the file may be settled now: a snapshot written after this load
                // (the journal grew) knows it by its fingerprint.
                part.source = opened.file?.settled(at: readAt)
                problems += part.problems
                contacts = part.contacts
                contactIndex = part.index ?? ContactIndex(of: contacts)
                loadedContactSegments = part.segments
                contactsPart = part
                takenFromSnapshot.insert(.contacts)
                seen[file] = SeenFile(fingerprint: fingerprint, content: digest, length: digest.length, tail: [])
                continue
            }
            let bytes = try FileBytes.read(path, mapping: mapping)
            let content = bytes ?? FileBytes([])
            let digest = bytes.map { $0.withUnsafeBufferPointer(ContentDigest.init) }
            if let unreadable = Store.unreadable(content, file: file) {
                problems.append(unreadable)
                seen[file] = SeenFile(fingerprint: fingerprint, content: digest, length: content.count, tail: [])
                continue
            }
            let firstProblem = problems.count
            problems += Store.headerProblems(content, file: file)
            // Each record is decoded as soon as it is read, so that the fields of a hundred
            // thousand records are never all in memory at once. Problems in the values come
            // after the file's own, as they always have.
            var decoded: [Problem] = []
            // Records of one kind are told apart by a key; a second record with the same key is
            // reported and left out, the first one stands. The file's table is local while it
            // fills: a property of the store would be checked for exclusive access every time.
            var segments: [String: Int] = [:]
            // A large contacts file is read in two parts, the second on another thread (see
            // `ContactsTail`); the first part ends where the second starts.
            var tail: BackgroundWork<ContactsTail>?
            // After an outside edit: the whole file, its unchanged records taken from the snapshot.
            var reused: ContactsTail?
            // Without a split: shared with the journal's thread, which may take its end.
            var offered: ContactsShare?
            // Each record's hash, for the snapshot this load leaves (or reuses).
            var records: RecordHashes?
            var end = content.count
            if file == .contacts, let kept, source != nil {
                let walk = RecordHashes(content)
                records = walk
                // The snapshot's contacts are decoded only when the walk allows taking them.
                if walk.outsideIsClean, let old = kept.contacts() {
                    reused = ContactsTail(content, records: walk, reusing: consume old)  // its contacts move, not copied
                }
            } else if file == .contacts, snapshotPlace != nil, writesSnapshot {
                records = RecordHashes(content)
            }
            if let reused {
                end = 0
                contacts.reserveCapacity(reused.contacts.count)
                contactSegmentList.reserveCapacity(reused.contacts.count)
                contactIndex = ContactIndex(capacity: reused.contacts.count)
                reusedContacts = reused.reused
            } else if file == .contacts {
                // Only when the journal's thread will have time to spare: when its lines are
                // to come from the snapshot (the file at least as long as the part). Reading
                // the whole journal from text, it is as long as the contacts' parse.
                let splits = contactsReading.map { $0 == .split } ?? (content.count >= Store.contactsSplitBytes
                    && (kept?.journalSource()?.digest.length).map { known in
                        (FileSystem.fingerprint(journalPath)?.size).map { $0 >= known } ?? false
                    } ?? false)
                // Reserved at the number of records: growing, the array would hold its old and
                // new buffers at once, and the table would be rebuilt. Counted exactly when
                // the file is split (the walk finds the middle); else estimated from its
                // first records, a walk of the whole file costing 5% of its parse.
                let outline = splits ? RecordParser.outline(content) : nil
                let records = outline?.records ?? RecordParser.estimatedRecords(content)
                contacts.reserveCapacity(records)
                contactSegmentList.reserveCapacity(records)
                contactIndex = ContactIndex(capacity: records)
                if let outline, let middle = outline.middle {
                    let sortsByName = ordersByName
                    tail = BackgroundWork {
                        ContactsTail(content, from: middle, count: outline.records - middle.records, sortsByName: sortsByName)
                    }
                    end = middle.offset
                } else if let share, contactsReading == .shared || content.count >= share.window + share.minimum {
                    share.offer(content, records: records, sortsByName: ordersByName)
                    offered = share
                }
            }
            // Where the journal's thread took over the contacts file, if it did.
            var stopAt = Int.max
            var askAt = offered?.window ?? Int.max
            // The table and the problems are passed in, not captured: variables a local
            // function captures are checked for exclusive access at run time.
            func claim(_ key: String, _ record: RecordParser.Record, _ segments: inout [String: Int],
                       _ decoded: inout [Problem], duplicate: @autoclosure () -> String) -> Bool {
                guard segments[key] == nil else {
                    decoded.append(Problem(file: file.rawValue, line: record.line, duplicate()))
                    return false
                }
                segments[key] = record.segment
                return true
            }
            var pool = ValuePool()
            // The names of the contacts this thread decodes, for the order by name (none when
            // the snapshot's contacts are reused: room for them would go unused).
            var headNames = file == .contacts && ordersByName ? NameOrder.Sorted(capacity: reused == nil ? contacts.capacity : 0) : nil
            let stopped = RecordParser.parse(content, from: RecordParser.Outline.Start(), to: end, file: file.rawValue,
                                             problems: &problems, stoppingAt: offered.map { share in { offset in
                // Asked only at a record past the reservation: the other thread claims past it.
                if offset >= stopAt { return true }
                guard offset >= askAt else { return false }
                if let claimed = share.reservation(at: offset) {
                    stopAt = claimed
                    askAt = .max  // nothing more to ask: stop there
                    return offset >= claimed
                }
                askAt = offset + share.window
                return false
            } }) { record in
                switch file {
                case .contacts:
                    // Decoded in place, at the end of the array (see `ContactRecord.decode`).
                    contacts.append(Contact(id: "", name: ""))
                    let (complete, p) = ContactRecord.decode(record, file: file.rawValue, into: &contacts[contacts.count - 1],
                                                                      pool: &pool)
                    decoded += p
                    let id = contacts[contacts.count - 1].id
                    guard complete else { contacts.removeLast(); return }
                    guard Store.claimContactID(id, position: contacts.count - 1, line: record.line,
                                               in: &contactIndex, nonASCII: &nonASCIIIDs, problems: &decoded) else {
                        contacts.removeLast()
                        return
                    }
                    contactSegmentList.append(record.segment)
                    headNames?.add(nameOf: contacts, at: contacts.count - 1)
                case .circles:
                    let (c, p) = CircleRecord.decode(record, file: file.rawValue)
                    decoded += p
                    guard let c, claim(c.id, record, &segments, &decoded,
                                       duplicate: "the circle '\(Inert.text(c.name))' is described twice") else { return }
                    circles.append(c)
                case .events:
                    let (e, p) = EventRecord.decode(record, file: file.rawValue)
                    decoded += p
                    guard let e, claim(e.id, record, &segments, &decoded,
                                       duplicate: "the id '\(Inert.text(e.id))' is already used above") else { return }
                    events.append(e)
                case .goals:
                    let (entry, p) = GoalsRecord.decode(record, file: file.rawValue)
                    decoded += p
                    switch entry {
                    case .goal(let g)?:
                        guard claim(g.measure.description, record, &segments, &decoded,
                                    duplicate: "the goal '\(Inert.text(g.measure.description))' is set twice") else { return }
                        goals.append(g)
                    case .objective(let o)?:
                        if objectiveSegment != nil {
                            decoded.append(Problem(file: file.rawValue, line: record.line, "there is already an objective above"))
                            return
                        }
                        objectiveSegment = record.segment
                        objective = o
                    case nil: break
                    }
                case .journal: break
                }
            }
            // The first part's names are sorted while the second part may still be read.
            headNames?.sort()
            let headByName = tail != nil || stopped != nil ? headNames : nil
            // The part the journal's thread took, if it took one.
            let taken = offered?.close(stoppedAt: stopped)
            if taken != nil { contactsEndTakenOver = true }
            // Consumed, so that the part is the only owner of its contacts, which then move, not
            // copied (`a ?? b ?? c` kept the second alive in its autoclosure, and shared them).
            let joined: ContactsTail? = if reused != nil { consume reused } else if taken != nil { consume taken } else { tail?.wait() }
            if var tail = consume joined {
                // Joined in file order, as if read in one pass: the second part's syntax
                // problems after the first's, each record's own problems, then whether its id
                // was already used (the first one stands).
                problems += tail.syntaxProblems
                var dropped: [Int] = []
                for record in tail.records {
                    decoded += record.problems
                    guard record.contact >= 0 else { continue }
                    guard Store.claimContactID(tail.contacts[record.contact].id,
                                               position: contacts.count + record.contact - dropped.count,
                                               line: record.line, in: &contactIndex, nonASCII: &nonASCIIIDs,
                                               problems: &decoded) else {
                        dropped.append(record.contact)
                        continue
                    }
                    contactSegmentList.append(record.segment)
                }
                // With none dropped, the second part's contacts keep their order after the
                // first's: the two sorted parts merge into the order of all.
                if dropped.isEmpty, let headByName, let tailByName = tail.byName {
                    byName = NameOrder.merged(headByName, tailByName, offset: contacts.count)
                } else if dropped.isEmpty, contacts.isEmpty, let order = tail.orderByName {
                    byName = order
                }
                tail.moveContacts(to: &contacts, skipping: dropped)
            }
            // This thread decoded every contact (none were taken over or reused).
            if byName == nil, let headNames, headNames.count == contacts.count { byName = headNames.positions }
            switch file {
            case .contacts: loadedContactSegments = contactSegmentList
            case .circles: circleSegments = segments
            case .events: eventSegments = segments
            case .goals: goalSegments = segments
            case .journal: break
            }
            problems += decoded
            seen[file] = SeenFile(fingerprint: fingerprint, content: digest, length: content.count, tail: [])
            if file == .contacts, let digest {
                contactsPart = StoreSnapshot.ContactsPart(digest: digest, source: fingerprint?.settled(at: readAt),
                                                          contacts: contacts, segments: contactSegmentList,
                                                          problems: Array(problems[firstProblem...]),
                                                          recordHashes: records?.hashes(ofSegments: contactSegmentList) ?? [])
                contactsParsed = true
            }
            // Let go of on another core: the values it shares with the contacts are some
            // 30,000 strings and lists whose counts are long out of the cache, 3–5 ms of the
            // main thread at 100,000 people (timestamps in the app), before the first screen.
            BackgroundWork.discard(consume pool)
        }
        problems = Array(problems[..<problemsBefore]) + problems[contactsProblemsFrom...] + problems[problemsBefore..<contactsProblemsFrom]
        // Sorted before waiting for the journal's core, which may still be reading: the time
        // is then not added to the load, where the first screen waited for it (40 ms at
        // 100,000 people; launches alternated with the build before: 564 -> 536 ms).
        if ordersByName, !takenFromSnapshot.contains(.contacts) {
            contactsPart?.byName = byName ?? NameOrder.sortedNamesOnTwoCores(Array(contacts.indices), in: contacts).positions
        }
        share?.close()  // if the contacts were not offered: the journal's thread is not to wait for them
        // The names sorted, this thread takes the end of the journal if its thread is still far
        // from it (at 10,000 people without a snapshot, this thread was done 10–13 ms first in
        // three launches of six).
        journalEndTakenOver = journalShare?.takeEnd() ?? false
        let journal = try journalRead.wait().get()
        problems += journal.problems
        journalLineCount = journal.lineCount
        seen[.journal] = journal.seen
        if journal.resumed { takenFromSnapshot.insert(.journal) }
        if journal.resumed && journal.knownByFingerprint { knownByFingerprint.insert(.journal) }
        if let snapshotPlace, !takenFromSnapshot.isEmpty || reusedContacts > 0 { StoreSnapshot.markUsed(snapshotPlace) }
        network = Network(contacts: contacts, circles: circles, journal: journal.interactions,
                          events: events, goals: goals, objective: objective, linesByPerson: journal.linesByPerson,
                          contactIndex: contactIndex,
                          byName: contactsPart?.byName)
        checkReferences()
        // Left for the next start when something here was read from text, from files without errors.
        if snapshotPlace != nil, isWritable, contactsParsed || journal.parsedText {
            let read = journal.beforeUnfinishedLine ?? (journal.interactions, journal.problems, journal.lineCount)
            snapshot = StoreSnapshot(contacts: contactsPart, journal: journal.digest.map {
                StoreSnapshot.JournalPart(digest: $0, source: journal.source, journal: read.journal, lineCount: read.lineCount,
                                          problems: read.problems,
                                          linesByPerson: journal.beforeUnfinishedLine == nil ? journal.linesByPerson : nil)
            })
        }
    }

    /// The snapshot the last load leaves for the next start, and where to write it
    /// (`StoreSnapshot.write`); nil when there is nothing new to keep (the app only asks
    /// whether there is, and has `carnet snapshot` write it). Given once: kept here, it
    /// would hold on to the journal's buffers, and the first change would copy them.
    public func takeSnapshot() -> (snapshot: StoreSnapshot, place: String)? {
        defer { snapshot = nil }
        guard let snapshot, let snapshotPlace else { return nil }
        return (snapshot, snapshotPlace)
    }

    /// The journal as read on another core: what `load` keeps of it.
    private struct JournalRead: Sendable {
        var seen: SeenFile
        var interactions = Journal()
        /// Its lines grouped by person: the snapshot's, when no line was added after its
        /// part; else grouped once read.
        var linesByPerson: Journal.LinesByPerson?
        var problems: [Problem] = []
        var lineCount = 0
        /// Whether any whole line was parsed from text (not all taken from the snapshot); an
        /// unfinished last line does not count: no snapshot keeps it.
        var parsedText = false
        /// Whether the lines the snapshot read were taken from it.
        var resumed = false
        /// Whether the file was known for the bytes the snapshot read by its fingerprint.
        var knownByFingerprint = false
        /// The bytes a snapshot may keep what was read from: the file up to its last line
        /// break (all of it, usually), when it has no errors.
        var digest: StreamDigest?
        /// The file's fingerprint when it was read, if settled then: with `digest`, for the snapshot.
        var source: FileSystem.Fingerprint?
        /// What was read from those bytes, when they are not the whole file: a last line
        /// not yet ended (by hand) is left out of the snapshot, to be parsed at each start.
        var beforeUnfinishedLine: (journal: Journal, problems: [Problem], lineCount: Int)?
    }

    /// Reads and parses the journal (its lines not yet grouped by person); touches nothing
    /// of a `Store`, so it can run anywhere. Chunks of 64 KB: chunks of 1 MB, above malloc's
    /// threshold for mapping memory apart, left 3 MB of freed chunks in the reading thread's
    /// heap after the load.
    private static func readJournal(at path: String, chunk: Int = 1 << 16, snapshot: StoreSnapshot.Reader? = nil,
                                    digesting: Bool, share: JournalShare? = nil) throws -> JournalRead {
        defer { share?.decline() }  // if it was not offered, or the main thread is waiting
        return try parseJournal(at: path, chunk: chunk, snapshot: snapshot, digesting: digesting, share: share)
    }

    /// The journal as the loader reads it with chunks of `chunk` bytes, for tests: what is read
    /// must not depend on where the chunks are cut.
    /// With `snapshot` (a snapshot's path), from its journal part when it still applies.
    /// Without `digesting` (and a snapshot), the lines are estimated from the first chunk.
    /// With `mainThreadFrom` (and without `digesting`), this thread takes the journal from the
    /// first line start after that offset, as the main thread does (`JournalShare`); `taken`
    /// tells whether it could.
    static func journal(at path: String, chunk: Int, snapshot: String? = nil, digesting: Bool = true,
                        mainThreadFrom: Int? = nil)
        throws -> (journal: Journal, problems: [Problem], lines: Int, length: Int, tail: [UInt8], resumed: Bool, taken: Bool) {
        let kept = snapshot.flatMap(StoreSnapshot.Reader.init(path:))
        guard let mainThreadFrom else {
            let read = try readJournal(at: path, chunk: chunk, snapshot: kept, digesting: digesting)
            return (read.interactions, read.problems, read.lineCount, read.seen.length, read.seen.tail, read.resumed, false)
        }
        let share = JournalShare(minimum: 0, waitsForClaim: true)
        let reading = BackgroundWork { Result { try readJournal(at: path, chunk: chunk, snapshot: kept, digesting: digesting, share: share) } }
        let taken = share.takeEnd(after: mainThreadFrom)
        let read = try reading.wait().get()
        return (read.interactions, read.problems, read.lineCount, read.seen.length, read.seen.tail, read.resumed, taken)
    }

    /// Reads the journal a chunk at a time: each chunk's complete lines are checked, parsed
    /// and their ids numbered before the next is read. (Read whole, a million lines, 48 MB,
    /// were the largest thing in memory during a load.) Problems and line numbers are those
    /// of the whole file: bytes that are not text anywhere make the journal unreadable, and
    /// invalid UTF-8 is reported before a NUL byte met earlier.
    ///
    /// With `snapshot`: when the file begins with the bytes its journal part was read from,
    /// that part is taken and only the lines after them are parsed. `digesting`: the bytes
    /// are hashed for a snapshot to be written (a load with nowhere to keep one skips it).
    private static func parseJournal(at path: String, chunk: Int, snapshot: StoreSnapshot.Reader?,
                                     digesting: Bool, share: JournalShare? = nil) throws -> JournalRead {
        let readAt = FileSystem.now()
        let fingerprint = FileSystem.fingerprint(path)
        var read = JournalRead(seen: SeenFile(fingerprint: fingerprint, content: nil, length: 0, tail: []))
        // Every pass reads the same open file, checked unchanged at the end: the bytes after
        // the snapshot's part must follow the bytes it was read from.
        guard let fd = try FileSystem.openForReading(path) else { return read }
        defer { FileSystem.closeFile(fd) }
        // Offered to the main thread once the text to parse is known; on the way out (an
        // error too), the main thread's part is waited for before the file it reads is closed.
        var offered = false
        defer { if offered { _ = try? share?.close() } }
        let before = FileSystem.fingerprint(of: fd)
        // The entries are reserved once: a growing array would hold its old and new buffers at
        // once, the load's peak. With a snapshot to check or to write, the bytes are hashed in a
        // first pass (where its part ends, and to the end), which counts the lines after the
        // part, all that is parsed when it applies. Without one, no pass of its own (it was 3%
        // of the journal's load): the lines are estimated from the first chunk's.
        var newlines = 0
        var digest = StreamDigest()
        let kept = snapshot?.journalSource()
        let keptSource = kept?.digest
        let countedFrom = keptSource?.length ?? 0
        var atKeptLength: StreamDigest?
        // The hash as far as the last line break so far: where a snapshot's part may end.
        var atLastLineBreak: StreamDigest?
        func hash(_ piece: UnsafeBufferPointer<UInt8>) {
            guard digesting, let last = piece.lastIndex(of: UInt8(ascii: "\n")) else { return digest.add(piece) }
            digest.add(UnsafeBufferPointer(rebasing: piece[...last]))
            atLastLineBreak = digest
            digest.add(UnsafeBufferPointer(rebasing: piece[(last + 1)...]))
        }
        var offset = 0
        var estimatesLines = !digesting && keptSource == nil
        // The file as its fingerprint was when the part was made (and settled then): those
        // bytes and no line after them, known without reading them (unless they are to be
        // hashed on for a snapshot).
        if !digesting, let file = kept?.file, file == before {
            atKeptLength = keptSource
            read.knownByFingerprint = true
        } else if !estimatesLines {
            try FileSystem.readChunks(fd, path: path, size: chunk, from: 0) { bytes in
                newlines += countNewlines(UnsafeBufferPointer(rebasing: bytes[min(max(0, countedFrom - offset), bytes.count)...]))
                offset += bytes.count
                // Hashed as far as the snapshot's part, to check it, and on to the end only for
                // a snapshot to be written.
                guard digesting || (keptSource != nil && atKeptLength == nil) else { return }
                if let keptSource, case let cut = keptSource.length - digest.length, cut >= 0, cut <= bytes.count {
                    hash(UnsafeBufferPointer(rebasing: bytes[..<cut]))
                    atKeptLength = digest
                    if digesting { hash(UnsafeBufferPointer(rebasing: bytes[cut...])) }
                } else {
                    hash(bytes)
                }
            }
        }
        var text = JournalText()
        var skip = 0
        // The part's lines grouped by person (checked to fit the part as it was read), and
        // how many lines and people it has: the grouping holds while neither grows.
        var keptGrouping: (linesByPerson: Journal.LinesByPerson?, lines: Int, people: Int)?
        if let keptSource, atKeptLength == keptSource, let part = snapshot?.journal(), part.digest == keptSource {
            keptGrouping = (part.linesByPerson, part.journal.count, part.journal.people.count)
            skip = keptSource.length
            text = JournalText(journal: part.journal, problems: part.problems, lines: part.lineCount,
                               from: max(0, skip - Store.tailLength))
            read.resumed = true
        } else if countedFrom > 0 {
            // The part does not apply (the journal was edited within it, rare): its lines are
            // parsed too, and counted now.
            offset = 0
            try FileSystem.readChunks(fd, path: path, size: chunk, from: 0) { bytes in
                newlines += countNewlines(UnsafeBufferPointer(rebasing: bytes[..<min(max(0, countedFrom - offset), bytes.count)]))
                offset += bytes.count
            }
        }
        let size = Int(before?.size ?? 0)
        // Not when no line follows the snapshot's part (the usual start): room for one more
        // copied the part's arrays whenever their buffers had none left (about 1,000 fewer
        // page faults a load from the snapshot at 100,000 people without it).
        if !estimatesLines && newlines > 0 {
            text.journal.reserveCapacity(lines: newlines + 1, textBytes: max(0, size - skip))
        }

        // The bytes the snapshot's part was read from are not parsed again; the last of them
        // are read for the tail.
        let from = max(0, skip - Store.tailLength)
        var position = from
        // The main thread may take the end, except of a read for a snapshot: that one keeps
        // what came before an unfinished last line.
        if let share, !digesting {
            offered = true
            share.offer(fd, path: path, size: size, chunk: chunk, from: skip)
        }
        try FileSystem.readChunksWhile(fd, path: path, size: chunk, from: from) { chunk in
            var bytes = chunk
            if estimatesLines {
                // Scaled to the file's length, and a sixteenth more: lines that turn out shorter
                // further on make the array grow, which costs time, never lines.
                estimatesLines = false
                text.journal.reserveCapacity(lines: RecordParser.scaled(countNewlines(chunk), sample: chunk.count, total: max(size, chunk.count)) + 1,
                                             textBytes: max(size, chunk.count))
            }
            if position < skip {
                let n = min(bytes.count, skip - position)
                text.keep(UnsafeBufferPointer(rebasing: bytes[..<n]))
                position += n
                bytes = UnsafeBufferPointer(rebasing: bytes[n...])
                if bytes.isEmpty { return true }
            }
            // Up to where the main thread's part starts, if it took the end and it is here.
            if let claimed = share?.reservation(upTo: position + bytes.count), claimed < position + bytes.count {
                text.add(UnsafeBufferPointer(rebasing: bytes[..<(claimed - position)]))
                return false
            }
            position += bytes.count
            text.add(bytes)
            return true
        }
        if let part = try share?.close() { text.join(part) }
        var beforeUnfinishedLine: (journal: Journal, problems: [Problem], lineCount: Int)?
        if !text.pending.isEmpty {
            // A last line without its line break: what came before it may still be kept.
            if digesting { beforeUnfinishedLine = (text.journal, text.problems, text.lineCount) }
            text.finish()
        }
        let unchanged = FileSystem.fingerprint(of: fd) == before
        if !unchanged && read.resumed {
            // Written to while it was read: what the first pass checked may not be what the
            // second followed. Read again, all from text.
            return try parseJournal(at: path, chunk: chunk, snapshot: nil, digesting: digesting)
        }
        if let problem = text.notText {
            read.interactions = Journal()
            read.problems = [problem]
            read.lineCount = 0
            read.resumed = false
        } else {
            read.interactions = text.journal
            read.problems = text.problems
            read.lineCount = text.lineCount
            // No line added after the part, nor anyone named by a line that did not parse
            // (its person stays in the journal's table): the part's grouping fits. Compared by
            // count, not `fits` again (a pass over a million lines at 100,000 people).
            if let keptGrouping, read.resumed, read.interactions.count == keptGrouping.lines,
               read.interactions.people.count == keptGrouping.people {
                read.linesByPerson = keptGrouping.linesByPerson
            }
            if digesting, text.length == digest.length, unchanged, !read.problems.contains(where: { $0.severity == .error }) {
                // Unchanged between the two passes: the next start may take all of it up to the
                // last line break and parse only what comes after (an unfinished line, and what
                // is added).
                read.source = before?.settled(at: readAt)
                if text.tail.last == UInt8(ascii: "\n") {
                    read.digest = digest
                } else if let beforeUnfinishedLine, let atLastLineBreak {
                    read.digest = atLastLineBreak
                    read.beforeUnfinishedLine = beforeUnfinishedLine
                }
            }
        }
        read.parsedText = text.parsedText
        read.seen = SeenFile(fingerprint: fingerprint, content: nil, length: text.length, tail: text.tail)
        return read
    }

    /// Bytes that are not text: invalid UTF-8 or a NUL.
    private static func unreadable(_ content: FileBytes, file: StoreFile) -> Problem? {
        if let bad = content.withUnsafeBufferPointer(UTF8Check.firstInvalid) {
            return notUTF8(file, line: UTF8Check.line(of: bad, in: content))
        }
        if let nul = content.withUnsafeBufferPointer(FileSystem.firstNUL) {
            return holdsNUL(file, line: UTF8Check.line(of: nul, in: content))
        }
        return nil
    }

    static func notUTF8(_ file: StoreFile, line: Int) -> Problem {
        Problem(file: file.rawValue, line: line, "this line is not valid UTF-8 (save the file as UTF-8)")
    }

    static func holdsNUL(_ file: StoreFile, line: Int) -> Problem {
        Problem(file: file.rawValue, line: line,
                "this line holds a NUL byte: this is not a text file (damaged, or binary data saved here?)")
    }

    static func headerProblems<Bytes: RandomAccessCollection<UInt8>>(_ content: Bytes, file: StoreFile) -> [Problem]
    where Bytes.Index == Int {
        // An editor's byte-order mark before the header, invisible in the message that the
        // line would otherwise get ("expected 'key: value', found '# carnet …'").
        if content.starts(with: [0xEF, 0xBB, 0xBF]) {
            return [Problem(file: file.rawValue, line: 1, "the file begins with a byte-order mark (bytes EF BB BF, "
                            + "which some editors add): save it as UTF-8 without one")]
        }
        let prefix = Array("# carnet ".utf8)
        guard content.starts(with: prefix) else { return [] }
        let end = content.firstIndex(of: UInt8(ascii: "\n")) ?? content.count
        let words = String(decoding: content[prefix.count..<end], as: UTF8.self).split(separator: " ")
        guard words.count >= 2 else { return [] }
        if words[0] != file.rawValue {
            return [Problem(file: file.rawValue, line: 1, "this file says it holds '\(Inert.text(words[0]))', not \(file.rawValue)")]
        } else if let version = Int(words[1]), version > StoreFile.formatVersion {
            return [Problem(file: file.rawValue, line: 1,
                "written by a newer Carnet (format \(version)); this one reads format \(StoreFile.formatVersion)")]
        }
        return []
    }

    static func countNewlines(_ b: [UInt8]) -> Int {
        b.withUnsafeBufferPointer { countNewlines($0) }
    }

    static func countNewlines(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = p.baseAddress, !p.isEmpty else { return 0 }
        var n = 0
        var i = 0
        while let hit = memchr(base + i, 0x0A, p.count - i) {
            n += 1
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if i >= p.count { break }
        }
        return n
    }

    /// Parses the journal's lines from byte `from` (line `firstLine`) into `out`; returns how
    /// many line breaks it passed, so the file is not scanned a second time to count them.
    @discardableResult
    static func parseJournal(_ bytes: [UInt8], from: Int, firstLine: Int, into journal: inout Journal,
                                     problems: inout [Problem]) -> Int {
        bytes.withUnsafeBufferPointer { b -> Int in
            journal.deferPeople()
            defer { journal.numberDeferredPeople(from: b) }
            var start = from
            var line = firstLine
            var newlines = 0
            let n = b.count
            while start < n {
                var end = n
                if let hit = memchr(b.baseAddress! + start, 0x0A, n - start) {
                    end = b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    newlines += 1
                }
                var contentEnd = end
                if contentEnd > start && b[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                var first = start
                while first < contentEnd && (b[first] == 0x20 || b[first] == 0x09) { first += 1 }
                if first < contentEnd && b[first] != UInt8(ascii: "#") {
                    if let p = JournalLine.parse(b, from: first, to: contentEnd, line: line, into: &journal) {
                        let incomplete = end == n ? " (the last line is incomplete: an interrupted write?)" : ""
                        problems.append(Problem(file: StoreFile.journal.rawValue, line: line, p.message + incomplete))
                    }
                }
                journal.numberDeferredPeopleIfBatchIsFull(from: b)
                start = end + 1
                line += 1
            }
            return newlines
        }
    }

    /// A journal line or an event naming someone unknown is a warning, not an error:
    /// removing a person by hand must not lock the user out of their store.
    private func checkReferences() {
        // When no contact could be read at all (the file is not UTF-8), every person the
        // journal names is unknown: a line for each buried the one error that says why (a
        // Latin-1 byte in `contacts` gave one error and 71 such warnings).
        guard !network.contacts.isEmpty || !problems.contains(where: { $0.file == StoreFile.contacts.rawValue && $0.severity == .error })
        else { return }
        // Only the lines concerned are read: a million-line journal with one removed person
        // must not be turned into a million interactions at every start.
        // Read through a local: each use of the property in a loop copied the whole network.
        let network = network
        for i in network.linesNamingStrangers {
            let x = network.interactions[i]
            for id in x.people where !network.contains(id: id) {
                problems.append(Problem(file: StoreFile.journal.rawValue, line: x.line,
                                        "no contact has the id '\(Inert.text(id))'", severity: .warning))
            }
        }
        for e in network.events {
            for id in e.met where !network.contains(id: id) {
                problems.append(Problem(file: StoreFile.events.rawValue, line: 0,
                                        "event '\(Inert.text(e.id))' names '\(Inert.text(id))', who is not in contacts", severity: .warning))
            }
        }
    }
}
