import CarnetCore

/// `carnet import`: read a file, plan what changes, then apply the plan.
///
///     let plan = try Importer.plan(.linkedin, path: file, into: store.network,
///                                  circle: circle, today: today)
///     print(ImportReport.text(plan, dryRun: dryRun))
///     if !dryRun { try Importer.apply(plan, to: store) }
public enum Importer {
    /// Reads `path` and plans the import into `network`. Throws `ImportError` for a
    /// file that cannot be imported at all; problems with single records are in
    /// the plan (`skipped`, `warnings`).
    public static func plan(_ format: ImportFormat, path: String, into network: Network,
                            circle: String? = nil, today: Day) throws -> ImportPlan {
        let parsed = try ImportReader.read(format, path: path)
        return plan(parsed, format: format, into: network, circle: circle, today: today)
    }

    /// Plans the import of already parsed people. Pure: nothing is written.
    ///
    /// Each person is matched against the network and the people planned so far
    /// (an export can hold the same person twice): by e-mail, else LinkedIn
    /// profile, else name and company. A match is merged (`ContactMerge`), anyone
    /// else is added with a fresh id. `circle` is added to everyone imported.
    public static func plan(_ parsed: ParsedFile, format: ImportFormat, into network: Network,
                            circle: String? = nil, today: Day) -> ImportPlan {
        var result = ImportPlan(format: format, skipped: parsed.skipped, notices: parsed.notices)
        var index = MatchIndex(network.contacts)
        // Everyone the file names, in the order it first names them, each with the contact
        // as planned so far; found by id through `entryOf`. In an array, not as a
        // dictionary's values: an entry holds two contacts, and a dictionary of 100,000 of
        // them grown past its capacity held 128 MB more at its peak.
        var entries: [ImportPlan.Entry] = []
        var entryOf: [String: Int] = [:]
        var takenIDs = Set(network.contacts.map(\.id))
        let extraCircle = circle.map { ContactMapping.circleName(FieldSanitizer.clean($0, multiline: false).text) }
            .flatMap { $0.isEmpty ? nil : $0 }

        for person in parsed.people {
            let location = SourceLocation(file: person.file, line: person.line)
            guard !person.displayName.isEmpty else {
                result.skipped.append(SkippedRecord(file: person.file, line: person.line, reason: "no name"))
                continue
            }
            var (incoming, mappingWarnings) = ContactMapping.contact(from: person, id: "", source: format, today: today)
            if let extraCircle { incoming.circles.append(extraCircle) }
            var warnings = (person.warnings + mappingWarnings).map { "\(location): \($0)" }

            var match = index.match(incoming, carnetID: person.carnetID)
            // People added from this file, found again under another Carnet id: the file
            // itself tells them apart (namesakes of one company, no e-mail, in Carnet's own
            // export restored into an empty store). The id is free, so it names none of them.
            if let own = person.carnetID, isValidID(own), !takenIDs.contains(own) {
                let addedHere = { (ids: [String]) in ids.allSatisfy { entryOf[$0].map { entries[$0].before == nil } ?? false } }
                switch match {
                case .one(let found) where addedHere([found]): match = .none
                case .ambiguous(let ids, _) where addedHere(ids): match = .none
                default: break
                }
            }
            if case let .named(id, among, by) = match {
                match = .one(id)
                warnings.append("\(location): \(person.displayName) matches \(among.count) people by \(by); "
                                + "the Carnet id in the card (\(id)) chose among them")
            }
            let at: Int
            switch match {
            case .ambiguous(let ids, let by):
                let names = ids.map { "\((entryOf[$0].map { entries[$0].contact } ?? network.contact(id: $0))?.name ?? $0) (\($0))" }
                result.skipped.append(SkippedRecord(
                    file: person.file, line: person.line,
                    reason: "\(person.displayName) matches several people by \(by): \(names.joined(separator: ", "))"))
                continue
            case .one(let id), .named(let id, _, _):
                if let known = entryOf[id] {
                    at = known
                } else {
                    let current = network.contact(id: id)!
                    entries.append(ImportPlan.Entry(contact: current, before: current, sources: [], changes: [],
                                                    differences: [], warnings: []))
                    at = entries.count - 1
                    entryOf[id] = at
                }
                let merge = ContactMerge(incoming, into: entries[at].contact)
                entries[at].contact = merge.merged
                entries[at].changes += merge.changes
                entries[at].differences += merge.differences
                entries[at].sources.append(location)
                entries[at].warnings += warnings
            case .none:
                let id: String
                if let own = person.carnetID, isValidID(own), !takenIDs.contains(own) {
                    id = own
                } else {
                    id = Slug.unique(Slug.make(incoming.name)) { takenIDs.contains($0) }
                }
                takenIDs.insert(id)
                incoming.id = id
                entries.append(ImportPlan.Entry(contact: incoming, before: nil, sources: [location],
                                                changes: [], differences: [], warnings: warnings))
                at = entries.count - 1
                entryOf[id] = at
            }
            index.add(entries[at].contact)
        }

        for entry in entries {
            if entry.before == nil {
                result.added.append(entry)
            } else if entry.contact != entry.before {
                result.updated.append(entry)
            } else {
                result.unchanged.append(entry)
            }
        }
        result.skipped.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        return result
    }

    /// The store's rule for ids (see `ContactRecord.isValidID`): an id from a file
    /// is used only if the store will take it.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.contains { $0.isWhitespace || $0 == "@" || $0 == "," || $0 == ":" || $0 == "\"" }
    }

    /// Saves the plan in one write (`Store.save(contacts:)` rewrites the contacts
    /// file atomically), so a failure leaves the store as it was. Open the store
    /// with `holdingLock: true` before planning, so nothing changes in between.
    public static func apply(_ plan: ImportPlan, to store: Store) throws {
        guard !plan.changesNothing else { return }
        try store.save(contacts: plan.contactsToSave)
    }
}
