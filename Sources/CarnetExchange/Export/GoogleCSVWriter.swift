import CarnetCore

/// CSV with Google Contacts' own header, which Google imports back and most
/// address books (Apple's, Thunderbird's, Outlook.com's) map by column name.
///
/// Written by hand rather than with CSV.swift's writer: quoting only what needs it
/// keeps the output byte-for-byte predictable for tests and diffs. Lines end in
/// CRLF (RFC 4180). As many `E-mail N`, `Phone N` and `Website N` groups as the
/// person with the most needs, like Google's own export.
enum GoogleCSVWriter {
    static let fixedColumns = [
        "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
        "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
        "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    ]
    static let addressColumns = [
        "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
        "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
        "Address 1 - Extended Address",
    ]

    static func csv(_ contacts: [Contact]) -> String {
        let emails = max(1, contacts.map(\.emails.count).max() ?? 0)
        let phones = max(1, contacts.map(\.phones.count).max() ?? 0)
        let websites = max(1, contacts.map(\.urls.count).max() ?? 0)
        var header = fixedColumns
        for i in 1...emails { header += ["E-mail \(i) - Label", "E-mail \(i) - Value"] }
        for i in 1...phones { header += ["Phone \(i) - Label", "Phone \(i) - Value"] }
        header += addressColumns
        for i in 1...websites { header += ["Website \(i) - Label", "Website \(i) - Value"] }

        var rows = [header]
        for c in contacts {
            let name = NameParts.split(c.name)
            var row = [name.given, "", name.family, "", "", "", "", "", "", "",
                       c.company ?? "", c.role ?? "", "", c.birthday?.description ?? "", c.note ?? "", "",
                       (["* myContacts"] + c.circles).joined(separator: " ::: ")]
            row += pairs(c.emails, count: emails) { _ in "" }
            row += pairs(c.phones, count: phones) { _ in "" }
            let hasAddress = c.city != nil || c.country != nil
            row += [hasAddress ? "Work" : "", "", "", c.city ?? "", "", "", "", c.country ?? "", ""]
            row += pairs(c.urls, count: websites) { WebAddress.isLinkedInProfile($0) ? "LinkedIn" : "" }
            rows.append(row)
        }
        return rows.map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func pairs(_ values: [String], count: Int, label: (String) -> String) -> [String] {
        (0..<count).flatMap { i in i < values.count ? [label(values[i]), values[i]] : ["", ""] }
    }

    static func quote(_ field: String) -> String {
        // No terminal controls in an export (it may be printed): line breaks stay.
        let field = Inert.text(field, keepNewlines: true)
        let needs = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needs else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
