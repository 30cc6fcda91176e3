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
        var working: [String: Contact] = [:]     // id → contact as planned so far
        var entries: [String: ImportPlan.Entry] = [:]
        var order: [String] = []                 // ids in the order the file first names them
        var ordered = Set<String>()
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

            let id: String
            var match = index.match(incoming, carnetID: person.carnetID)
            // Someone added from this file, found again under another Carnet id: the file
            // itself tells two people apart (namesakes of one company, no e-mail, in
            // Carnet's own export restored into an empty store).
            if case .one(let found) = match, let entry = entries[found], entry.before == nil, let own = person.carnetID,
               own != found, isValidID(own), !takenIDs.contains(own) {
                match = .none
            }
            if case let .named(id, among, by) = match {
                match = .one(id)
                warnings.append("\(location): \(person.displayName) matches \(among.count) people by \(by); "
                                + "the Carnet id in the card (\(id)) chose among them")
            }
            switch match {
            case .ambiguous(let ids, let by):
                let names = ids.map { "\((working[$0] ?? network.contact(id: $0))?.name ?? $0) (\($0))" }
                result.skipped.append(SkippedRecord(
                    file: person.file, line: person.line,
                    reason: "\(person.displayName) matches several people by \(by): \(names.joined(separator: ", "))"))
                continue
            case .one(let existingID), .named(let existingID, _, _):
                id = existingID
                let current = working[id] ?? network.contact(id: id)!
                let merge = ContactMerge(incoming, into: current)
                working[id] = merge.merged
                var entry = entries[id] ?? ImportPlan.Entry(contact: current, before: network.contact(id: id),
                                                            sources: [], changes: [], differences: [], warnings: [])
                entry.changes += merge.changes
                entry.differences += merge.differences
                entries[id] = record(entry, merge.merged, location, warnings)
            case .none:
                if let own = person.carnetID, isValidID(own), !takenIDs.contains(own) {
                    id = own
                } else {
                    id = Slug.unique(Slug.make(incoming.name)) { takenIDs.contains($0) }
                }
                takenIDs.insert(id)
                incoming.id = id
                working[id] = incoming
                entries[id] = ImportPlan.Entry(contact: incoming, before: nil, sources: [location],
                                               changes: [], differences: [], warnings: warnings)
            }
            if ordered.insert(id).inserted { order.append(id) }
            index.add(working[id]!)
        }

        for id in order {
            guard var entry = entries[id] else { continue }
            entry.contact = working[id]!
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

    private static func record(_ entry: ImportPlan.Entry, _ contact: Contact, _ location: SourceLocation,
                               _ warnings: [String]) -> ImportPlan.Entry {
        var entry = entry
        entry.contact = contact
        entry.sources.append(location)
        entry.warnings += warnings
        return entry
    }

    /// Saves the plan in one write (`Store.save(contacts:)` rewrites the contacts
    /// file atomically), so a failure leaves the store as it was. Open the store
    /// with `holdingLock: true` before planning, so nothing changes in between.
    public static func apply(_ plan: ImportPlan, to store: Store) throws {
        guard !plan.changesNothing else { return }
        try store.save(contacts: plan.contactsToSave)
    }
}
