/// How a `Circle` is written in the `circles` file.
enum CircleRecord {
    static func decode(_ record: RecordParser.Record, file: String) -> (Circle?, [Problem]) {
        var r = FieldReader(record, file: file)
        let name = r.required(.name)
        let circle = Circle(name: name ?? "", kind: r.text(.kind), cadence: r.cadence(.cadence),
                            description: r.text(.description))
        return (name != nil && r.problems.isEmpty ? circle : nil, r.problems)
    }

    static func fields(_ c: Circle) -> [(key: String, values: [String])] {
        [("name", [ContactRecord.listItem(c.name)]), ("kind", c.kind.map { [ContactRecord.flat($0)] } ?? []),
         ("cadence", c.cadence.map { [$0.description] } ?? []),
         ("description", c.description.map { [$0] } ?? [])]
    }
}
