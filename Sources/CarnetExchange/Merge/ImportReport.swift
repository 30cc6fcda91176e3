import CarnetCore

/// The summary every import ends with, and the whole of a dry run:
///
///     Dry run: nothing was written.
///     Connections.csv (LinkedIn Connections.csv): 2 added, 1 updated, 3 unchanged, 1 skipped
///
///     Added:
///       alice-martin  Alice Martin, Acme                           Connections.csv:5
///     Updated:
///       bob-leroy  Bob Leroy: + e-mail bob@x.com, + circle Club    Connections.csv:8
///         kept yours: company: kept 'Initech', the file says 'Initech Ltd'
///     Skipped:
///       Connections.csv:7: only a date: a connection LinkedIn hides
///
/// Unchanged people are counted, not listed: on a re-import they are everyone.
/// Text from the store goes through `Inert`: it reaches a terminal.
public enum ImportReport {
    public static func text(_ plan: ImportPlan, file: String, dryRun: Bool) -> String {
        var out: [String] = []
        if dryRun { out.append("Dry run: nothing was written.") }
        out.append("\(Inert.text(file)) (\(plan.format.displayName)): \(counts(plan))")
        for notice in plan.notices { out.append("  note: \(Inert.text(notice))") }

        if !plan.added.isEmpty {
            out.append("")
            out.append(dryRun ? "Would add:" : "Added:")
            for entry in plan.added {
                let company = entry.contact.company.map { ", \($0)" } ?? ""
                out.append("  \(entry.contact.id)  \(Inert.text(entry.contact.name + company))  \(locations(entry))")
            }
        }
        if !plan.updated.isEmpty {
            out.append("")
            out.append(dryRun ? "Would update:" : "Updated:")
            for entry in plan.updated {
                let changes = entry.changes.map { "+ \($0)" }.joined(separator: ", ")
                out.append("  \(entry.contact.id)  \(Inert.text(entry.contact.name)): \(Inert.text(changes))  \(locations(entry))")
            }
        }
        // Someone new named twice in the file: the first record's values are kept, and the
        // later ones that differ must not vanish without a word.
        for (title, entries) in [("Named more than once in the file; the first record's values are kept:", plan.added),
                                 ("Kept your values (the file differs):", plan.updated + plan.unchanged)] {
            let differing = entries.filter { !$0.differences.isEmpty }
            guard !differing.isEmpty else { continue }
            out.append("")
            out.append(title)
            for entry in differing {
                for difference in entry.differences { out.append("  \(entry.contact.id)  \(Inert.text(difference))") }
            }
        }
        if !plan.skipped.isEmpty {
            out.append("")
            out.append("Skipped:")
            for skip in plan.skipped { out.append("  \(Inert.text(skip.description))") }
        }
        let warnings = (plan.added + plan.updated + plan.unchanged).flatMap(\.warnings)
        if !warnings.isEmpty {
            out.append("")
            out.append("Warnings:")
            for warning in warnings { out.append("  \(Inert.text(warning))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `2 added, 1 updated, 3 unchanged, 1 skipped`
    public static func counts(_ plan: ImportPlan) -> String {
        "\(plan.added.count) added, \(plan.updated.count) updated, \(plan.unchanged.count) unchanged, "
            + "\(plan.skipped.count) skipped"
    }

    private static func locations(_ entry: ImportPlan.Entry) -> String {
        entry.sources.map { "\(Inert.text(baseName($0.file))):\($0.line)" }.joined(separator: ", ")
    }

    private static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
