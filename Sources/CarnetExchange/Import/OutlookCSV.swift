import CarnetCore

/// Outlook's CSV exports: the desktop one ("File › Open & Export › Import/Export ›
/// Export to a file › Comma Separated Values") and the outlook.com one.
///
/// Desktop: every cell quoted, `Title` is the honorific (Mr., Dr.) and `Job Title`
/// the role, `Categories` joined by `;`, empty dates written `0/0/00`, and the file
/// in the Windows ANSI code page. Outlook.com has no `Categories`. Google's
/// "Outlook CSV" export uses the outlook.com columns plus `Categories`.
enum OutlookCSV {
    static let headerSignatures = [["First Name", "Last Name", "E-mail Address"]]

    private static let phoneColumns = [
        "Mobile Phone", "Business Phone", "Business Phone 2", "Home Phone", "Home Phone 2",
        "Primary Phone", "Company Main Phone", "Other Phone", "Car Phone",
    ]
    private static let webColumns = ["Web Page", "Personal Web Page"]
    /// Business first: this is a professional network.
    private static let addressKinds = ["Business", "Home", "Other"]

    static func parse(_ text: String, file: String) throws -> ParsedFile {
        let table = try CSVTable.read(text, file: file, formatName: "Outlook CSV",
                                      headerSignatures: headerSignatures)
        let emailColumns = table.columns { $0.hasPrefix("e-mail") && $0.hasSuffix("address") }
        var result = ParsedFile()
        // One order for the file's dates, told by those only one order can read: `14/07/1985`
        // makes `03/04/1990` the 3rd of April, not the 4th of March.
        let dayFirst = ExportDates.dayFirst(table.records.compactMap { table.text($0, "Birthday") })
        if dayFirst == true { result.notices.append("birthdays are read day first (DD/MM/YYYY), as some can only be") }
        for record in table.records {
            var person = ImportedPerson(file: file, line: record.line)
            if let shape = table.shapeWarning(record) { person.warnings.append(shape) }
            person.givenName = table.text(record, "First Name")
            let middle = table.text(record, "Middle Name")
            person.familyName = table.text(record, "Last Name")
            let joined = [person.givenName, middle, person.familyName].compactMap { $0 }.joined(separator: " ")
            guard !joined.isEmpty else {
                result.skipped.append(SkippedRecord(file: file, line: record.line, reason: "no name"))
                continue
            }
            person.fullName = joined
            person.company = table.text(record, "Company")
            person.role = table.text(record, "Job Title")
            for column in emailColumns {
                let value = table.value(record, column).trimmed
                if value.isEmpty { continue }
                // Exchange users export as X.500 paths (`/o=ExchangeLabs/ou=…`), not addresses.
                if value.contains("@") {
                    person.emails.append(value)
                } else {
                    person.warnings.append("left out '\(value)': an Exchange directory entry, not an e-mail address")
                }
            }
            person.phones = phoneColumns.compactMap { table.text(record, $0) }
            for url in webColumns.compactMap({ table.text(record, $0) }) {
                if WebAddress.isLinkedInProfile(url), person.linkedIn == nil {
                    person.linkedIn = url
                } else {
                    person.urls.append(url)
                }
            }
            for kind in addressKinds {
                let city = table.text(record, "\(kind) City")
                let country = table.text(record, "\(kind) Country/Region") ?? table.text(record, "\(kind) Country")
                if city != nil || country != nil {
                    person.city = city
                    person.country = country
                    break
                }
            }
            if let raw = table.text(record, "Birthday") {
                person.birthday = ExportDates.outlook(raw, dayFirst: dayFirst)
                if case .text = person.birthday {
                    person.warnings.append("kept the birthday '\(raw)' as text: not a date we can read")
                }
            }
            person.note = table.text(record, "Notes")
            person.circles = ExportLabels.circles(table.value(record, "Categories"), separator: ";")
            result.people.append(FieldSanitizer.sanitize(person))
        }
        return result
    }
}
