import CarnetCore

/// vCard 2.1, 3.0 and 4.0: phones (Android, iOS), macOS Contacts, Google's vCard
/// export, and khard/vdirsyncer directories with one card per `.vcf` file.
enum VCardReader {
    static func parse(_ raw: [UInt8], file: String) throws -> ParsedFile {
        let bytes = try textBytes(raw, file: file)
        let lines = VCardLines.split(bytes)
        var result = ParsedFile()
        if let first = lines.nonUTF8Lines.first {
            let more = lines.nonUTF8Lines.count > 1 ? " and \(lines.nonUTF8Lines.count - 1) more" : ""
            result.notices.append("line \(first)\(more) not valid UTF-8; read as Windows-1252 — check accented names")
        }

        var card: [VCardProperty] = []
        var cardLine: Int?
        var nested = 0 // 2.1 AGENT cards inside a card: skipped whole
        var sawCard = false
        for property in lines.properties {
            let isBegin = property.name == "BEGIN" && property.value.trimmed.uppercased() == "VCARD"
            let isEnd = property.name == "END" && property.value.trimmed.uppercased() == "VCARD"
            if let start = cardLine {
                if isBegin { nested += 1; continue }
                if isEnd, nested > 0 { nested -= 1; continue }
                if nested > 0 { continue }
                if isEnd {
                    switch person(from: card, file: file, line: start) {
                    case .success(let person): result.people.append(person)
                    case .failure(let skip): result.skipped.append(skip.record)
                    }
                    card = []
                    cardLine = nil
                } else {
                    card.append(property)
                }
            } else if isBegin {
                cardLine = property.line
                sawCard = true
            }
        }
        if let start = cardLine {
            throw ImportError(file: file, line: start, "this card has no END:VCARD (is the file cut short?)")
        }
        if !sawCard {
            throw ImportError(file: file, "not a vCard file: no BEGIN:VCARD line")
        }
        return result
    }

    /// Bytes ready for `VCardLines`: UTF-16 (old Windows Contacts) re-encoded as
    /// UTF-8, a UTF-8 BOM dropped, and binary refused.
    private static func textBytes(_ raw: [UInt8], file: String) throws -> [UInt8] {
        guard !raw.isEmpty else { throw ImportError(file: file, "the file is empty") }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let decoded = try TextDecoding.decode(raw, file: file)
            return Array(decoded.text.utf8)
        }
        let bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        // The encoding varies per line in 2.1, so check for text on the bytes: any
        // NUL, or many control bytes, is not a vCard.
        // Read as Windows-1252 for the check: every byte maps, so a Latin-1 card is
        // not mistaken for binary and a control byte is counted as exactly one.
        try TextDecoding.checkIsText(singleBytes: bytes, file: file)
        return bytes
    }

    private static func person(from card: [VCardProperty], file: String, line: Int)
        -> Result<ImportedPerson, SkipError> {
        var person = ImportedPerson(file: file, line: line)
        // Apple's labels: `item1.URL:…` with `item1.X-ABLabel:LinkedIn`.
        var labels: [String: String] = [:]
        for p in card where p.name == "X-ABLABEL" {
            if let group = p.group { labels[group] = VCardText.unescape(p.value).lowercased() }
        }
        func label(_ p: VCardProperty) -> String { p.group.flatMap { labels[$0] } ?? "" }

        var structuredName: [String] = []
        for p in card where p.removedControls {
            person.warnings.append("removed control characters or escape sequences from \(p.name)")
        }
        for p in card {
            switch p.name {
            case "FN":
                if person.fullName == nil { person.fullName = nonEmpty(VCardText.unescape(p.value)) }
            case "N":
                if structuredName.isEmpty { structuredName = VCardText.components(p.value) }
            case "ORG":
                // The name, before the units (`;`); its commas are part of it (`Acme, Inc.`,
                // unescaped as vCard 2.1 and many phones write them).
                if person.company == nil {
                    person.company = VCardText.split(p.value, on: ";").first.map(VCardText.unescape).flatMap(nonEmpty)
                }
            case "TITLE":
                if person.role == nil { person.role = nonEmpty(VCardText.unescape(p.value)) }
            case "EMAIL":
                if let email = nonEmpty(stripScheme(VCardText.unescape(p.value), "mailto:")) { person.emails.append(email) }
            case "TEL":
                if let phone = nonEmpty(stripScheme(VCardText.unescape(p.value), "tel:")) { person.phones.append(phone) }
            case "URL":
                guard let url = nonEmpty(VCardText.unescape(p.value)) else { break }
                if person.linkedIn == nil, WebAddress.isLinkedInProfile(url) || label(p).contains("linkedin") {
                    person.linkedIn = url
                } else {
                    person.urls.append(url)
                }
            case "X-SOCIALPROFILE", "SOCIALPROFILE":
                if person.linkedIn == nil { person.linkedIn = linkedInProfile(p) }
            case "ADR":
                let parts = VCardText.components(p.value)
                let city = parts.count > 3 ? nonEmpty(parts[3]) : nil
                let country = parts.count > 6 ? nonEmpty(parts[6]) : nil
                if person.city == nil, person.country == nil, city != nil || country != nil {
                    person.city = city
                    person.country = country
                }
            case "BDAY":
                person.birthday = birthday(p, warnings: &person.warnings)
            case "CATEGORIES":
                person.circles += ExportLabels.circles(VCardText.split(p.value, on: ",").map(VCardText.unescape))
            case "NOTE":
                let note = VCardText.unescape(p.value)
                person.note = [person.note, nonEmpty(note)].compactMap { $0 }.joined(separator: "\n")
            case "X-CARNET-MET": // written by our exporter, so a round trip keeps them
                person.met = ExportDates.iso(p.value)
            case "X-CARNET-ID":
                person.carnetID = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-TAGS":
                person.tags += VCardText.split(p.value, on: ",").compactMap { nonEmpty(VCardText.unescape($0)) }
            case "X-CARNET-SECTOR": person.sector = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-SENIORITY": person.seniority = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-CADENCE": person.cadence = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-INTRODUCED-BY": person.introducedBy = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-MET-AT": person.metAt = nonEmpty(VCardText.unescape(p.value))
            case "X-CARNET-ROLE-SINCE": person.roleSince = nonEmpty(VCardText.unescape(p.value))
            default:
                break // PHOTO, LOGO, KEY, SOUND, X-… : nothing a network needs
            }
        }
        if structuredName.count > 0 { person.familyName = nonEmpty(structuredName[0]) }
        if structuredName.count > 1 { person.givenName = nonEmpty(structuredName[1]) }
        if person.fullName == nil {
            // 2.1 cards may carry only N: family;given;additional;prefix;suffix.
            let order = [1, 2, 0].filter { $0 < structuredName.count }.map { structuredName[$0] }
            person.fullName = nonEmpty(order.filter { !$0.isEmpty }.joined(separator: " "))
        }
        guard person.fullName != nil else {
            return .failure(SkipError(record: SkippedRecord(file: file, line: line, reason: "no name (no FN or N)")))
        }
        return .success(FieldSanitizer.sanitize(person))
    }

    struct SkipError: Error { var record: SkippedRecord }

    /// `1985-07-14`, `19800322`, `--0203`, `--02-03`; Apple stores a year-less
    /// birthday as `BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-03` (1604 means "none").
    private static func birthday(_ p: VCardProperty, warnings: inout [String]) -> ImportedPerson.Birthday? {
        let raw = VCardText.unescape(p.value).trimmed
        guard !raw.isEmpty else { return nil }
        if p.parameter("VALUE")?.lowercased() != "text", let date = ExportDates.iso(raw) {
            if let omit = p.parameter("X-APPLE-OMIT-YEAR").flatMap({ Int($0) }), date.year == omit {
                return PartialDate(year: nil, month: date.month, day: date.day).map { .date($0) }
            }
            return .date(date)
        }
        warnings.append("kept the birthday '\(raw)' as text: not a date we can read")
        return .text(raw)
    }

    /// `X-SOCIALPROFILE;type=linkedin;x-user=jdoe:http\://www.linkedin.com/in/jdoe`
    private static func linkedInProfile(_ p: VCardProperty) -> String? {
        let value = VCardText.unescape(p.value).trimmed
        if WebAddress.isLinkedInProfile(value) { return value }
        guard p.types.contains("linkedin") else { return nil }
        if let user = p.parameter("X-USER").flatMap(nonEmpty) { return "https://www.linkedin.com/in/\(user)" }
        return nil
    }

    private static func stripScheme(_ value: String, _ scheme: String) -> String {
        value.lowercased().hasPrefix(scheme) ? String(value.dropFirst(scheme.count)) : value
    }

    private static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmed
        return t.isEmpty ? nil : t
    }
}
