import CarnetCore

/// Google Contacts' "Google CSV" export, in its two shapes.
///
/// Current (2023–): `First Name,Middle Name,Last Name,…,Organization Name,
/// Organization Title,…,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,…`
/// Older: `Name,Given Name,Additional Name,Family Name,…,Group Membership,
/// E-mail 1 - Type,E-mail 1 - Value,…,Organization 1 - Name,Organization 1 - Title,…`
/// The numbered groups (`E-mail 3 - …`) appear only as far as some contact needs
/// them, and one cell may hold several values joined by ` ::: `.
enum GoogleCSV {
    static let headerSignatures = [
        ["First Name", "Middle Name", "Last Name", "Labels"],
        ["Name", "Given Name", "Family Name", "Group Membership"],
    ]
    static let separator = " ::: "

    static func parse(_ text: String, file: String) throws -> ParsedFile {
        let table = try CSVTable.read(text, file: file, formatName: "Google Contacts CSV",
                                      headerSignatures: headerSignatures)
        let emailColumns = table.columns { $0.hasPrefix("e-mail ") && $0.hasSuffix(" - value") }
        let phoneColumns = table.columns { $0.hasPrefix("phone ") && $0.hasSuffix(" - value") }
        let websiteColumns = table.columns { $0.hasPrefix("website ") && $0.hasSuffix(" - value") }
        let cityColumns = table.columns { $0.hasPrefix("address ") && $0.hasSuffix(" - city") }
        let countryColumns = table.columns { $0.hasPrefix("address ") && $0.hasSuffix(" - country") }

        var result = ParsedFile()
        for record in table.records {
            var person = ImportedPerson(file: file, line: record.line)
            if let shape = table.shapeWarning(record) { person.warnings.append(shape) }
            person.givenName = table.text(record, "First Name") ?? table.text(record, "Given Name")
            let middle = table.text(record, "Middle Name") ?? table.text(record, "Additional Name")
            person.familyName = table.text(record, "Last Name") ?? table.text(record, "Family Name")
            let joined = [person.givenName, middle, person.familyName].compactMap { $0 }.joined(separator: " ")
            person.fullName = table.text(record, "Name") ?? (joined.isEmpty ? nil : joined)

            guard person.fullName != nil else {
                result.skipped.append(SkippedRecord(file: file, line: record.line, reason: "no name"))
                continue
            }

            person.company = table.text(record, "Organization Name") ?? table.text(record, "Organization 1 - Name")
            person.role = table.text(record, "Organization Title") ?? table.text(record, "Organization 1 - Title")
            person.emails = values(record, emailColumns, table)
            person.phones = values(record, phoneColumns, table)
            for url in values(record, websiteColumns, table) {
                if WebAddress.isLinkedInProfile(url), person.linkedIn == nil {
                    person.linkedIn = url
                } else {
                    person.urls.append(url)
                }
            }
            // The first address that names a city, and the country of that same address.
            if let i = cityColumns.firstIndex(where: { !table.value(record, $0).trimmed.isEmpty }) {
                person.city = table.value(record, cityColumns[i]).trimmed
                if i < countryColumns.count { person.country = table.value(record, countryColumns[i]).trimmed }
            } else if let c = countryColumns.first(where: { !table.value(record, $0).trimmed.isEmpty }) {
                person.country = table.value(record, c).trimmed
            }
            if let birthday = table.text(record, "Birthday") {
                person.birthday = ExportDates.birthday(birthday)
                if case .text = person.birthday {
                    person.warnings.append("kept the birthday '\(birthday)' as text: not a date we can read")
                }
            }
            person.note = table.text(record, "Notes")
            let labels = table.text(record, "Labels") ?? table.text(record, "Group Membership") ?? ""
            person.circles = ExportLabels.circles(labels, separator: separator)
            result.people.append(FieldSanitizer.sanitize(person))
        }
        return result
    }

    /// Every value of the numbered columns, each cell split on ` ::: `.
    private static func values(_ record: CSVTable.Record, _ columns: [Int], _ table: CSVTable) -> [String] {
        columns.flatMap { table.value(record, $0).splitting(on: separator) }
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
    }
}
