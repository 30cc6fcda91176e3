/// The `goals` file: one record per monthly goal (`goal: events` / `target: 2`) and at
/// most one `objective:` record.
enum GoalsRecord {
    enum Entry {
        case goal(Goal)
        case objective(Objective)
    }

    static func decode(_ record: RecordParser.Record, file: String) -> (Entry?, [Problem]) {
        var r = FieldReader(record, file: file)
        if let f = r.field(.goal) {
            let text = r.value(f)
            guard let measure = Goal.Measure(text) else {
                r.complain(f, "'\(Inert.text(text))' is not a goal (events, new-people, reconnects, gives, or an interaction kind)")
                return (nil, r.problems)
            }
            guard r.field(.target) != nil else {
                r.problems.append(Problem(file: file, line: record.line, "this goal has no 'target'"))
                return (nil, r.problems)
            }
            guard let target = r.count(.target) else { return (nil, r.problems) }
            return (r.problems.isEmpty ? .goal(Goal(measure, target: target)) : nil, r.problems)
        }
        if let f = r.field(.objective) {
            let text = r.value(f)
            guard let aim = Objective.Aim(rawValue: text) else {
                r.complain(f, "'\(Inert.text(text))' is not an objective (job-search, career, sector-change, business)")
                return (nil, r.problems)
            }
            var o = Objective(aim: aim, sectors: r.list(.sectors), companies: r.list(.companies))
            o.note = r.text(.note)
            return (r.problems.isEmpty ? .objective(o) : nil, r.problems)
        }
        r.problems.append(Problem(file: file, line: record.line, "a record here starts with 'goal:' or 'objective:'"))
        return (nil, r.problems)
    }

    static func fields(_ goal: Goal) -> [(key: String, values: [String])] {
        [("goal", [goal.measure.description]), ("target", [String(goal.target)])]
    }

    static func fields(_ o: Objective) -> [(key: String, values: [String])] {
        [("objective", [o.aim.rawValue]),
         ("sectors", o.sectors.isEmpty ? [] : [o.sectors.map(ContactRecord.listItem).joined(separator: ", ")]),
         ("companies", o.companies.isEmpty ? [] : [o.companies.map(ContactRecord.listItem).joined(separator: ", ")]),
         ("note", o.note.map { [$0] } ?? [])]
    }
}
