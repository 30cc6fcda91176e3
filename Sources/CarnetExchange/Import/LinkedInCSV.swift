/// LinkedIn's `Connections.csv`, from "Settings › Data privacy › Get a copy of your data".
///
/// Recent exports open with a "Notes:" paragraph and a blank line before the
/// header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`;
/// 2018 exports have no notes and no `URL` column, and date rows `1/8/18, 6:14 PM`
/// instead of `30 May 2024`. Members who hide their connections appear as rows
/// holding only a date: they are skipped and counted.
enum LinkedInCSV {
    static let headerSignatures = [["First Name", "Last Name", "Company", "Position", "Connected On"]]

    static func parse(_ text: String, file: String) throws -> ParsedFile {
        let table = try CSVTable.read(text, file: file, formatName: "LinkedIn Connections.csv",
                                      headerSignatures: headerSignatures)
        var result = ParsedFile()
        for record in table.records {
            let given = table.text(record, "First Name")
            let family = table.text(record, "Last Name")
            let url = table.text(record, "URL").map(PercentDecoding.decode)
            let email = table.text(record, "Email Address")
            let company = table.text(record, "Company")
            let position = table.text(record, "Position")
            let connectedOn = table.text(record, "Connected On")

            if given == nil, family == nil {
                let onlyDate = url == nil && email == nil && company == nil && position == nil
                let reason = onlyDate
                    ? "only a date: a connection LinkedIn hides (their privacy settings)"
                    : "no name"
                result.skipped.append(SkippedRecord(file: file, line: record.line, reason: reason))
                continue
            }

            var person = ImportedPerson(file: file, line: record.line)
            if let shape = table.shapeWarning(record) { person.warnings.append(shape) }
            person.givenName = given
            person.familyName = family
            person.fullName = [given, family].compactMap { $0 }.joined(separator: " ")
            person.company = company
            person.role = position
            person.emails = email.map { [$0] } ?? []
            if let url {
                if WebAddress.isLinkedInProfile(url) { person.linkedIn = url } else { person.urls = [url] }
            }
            if let connectedOn {
                person.met = ExportDates.linkedIn(connectedOn)
                if person.met == nil {
                    person.warnings.append("could not read the Connected On date '\(connectedOn)'")
                }
            }
            result.people.append(FieldSanitizer.sanitize(person))
        }
        return result
    }
}
