/// How an `Event` is written in the `events` file.
enum EventRecord {
    static func decode(_ record: RecordParser.Record, file: String) -> (Event?, [Problem]) {
        var r = FieldReader(record, file: file)
        let id = r.required(.id)
        let name = r.required(.name)
        let date = r.day(.date)
        if date == nil && r.field(.date) == nil {
            r.problems.append(Problem(file: file, line: record.line, "this record has no 'date'"))
        }
        guard let id, let name, let date else { return (nil, r.problems) }
        var e = Event(id: id, name: name, date: date)
        e.kind = r.text(.kind)
        e.place = r.text(.place)
        e.target = r.count(.target)
        e.met = r.list(.met)
        e.note = r.text(.note)
        return (r.problems.isEmpty ? e : nil, r.problems)
    }

    static func fields(_ e: Event) -> [(key: String, values: [String])] {
        func one(_ v: String?) -> [String] { v.map { [ContactRecord.flat($0)] } ?? [] }
        return [("id", [e.id]), ("name", [ContactRecord.flat(e.name)]), ("date", [e.date.description]),
                ("kind", one(e.kind)), ("place", one(e.place)), ("target", one(e.target.map(String.init))),
                ("met", e.met.isEmpty ? [] : [e.met.joined(separator: ", ")]), ("note", e.note.map { [$0] } ?? [])]
    }
}
