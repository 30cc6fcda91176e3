import CarnetCore

/// vCard 4.0 (RFC 6350), as khard, vdirsyncer, Thunderbird and Google read it.
///
/// Circles go in `CATEGORIES`; the day you met, which vCard has no property for,
/// in `X-CARNET-MET` (readers ignore `X-` properties they do not know, ours reads
/// it back), and so is the person's id, in `X-CARNET-ID`, and the fields vCard has no
/// property for (tags, sector, seniority, cadence…) in `X-CARNET-*`. The journal is not in a vCard: the JSON
/// export carries everything.
enum VCardWriter {
    static func cards(_ contacts: [Contact]) -> String {
        contacts.map(card).joined()
    }

    static func card(_ c: Contact) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Carnet//Carnet//EN", "UID:\(c.id)"]
        lines.append("FN:" + VCardText.escape(c.name))
        let parts = NameParts.split(c.name)
        lines.append("N:\(VCardText.escape(parts.family));\(VCardText.escape(parts.given));;;")
        if let company = c.company { lines.append("ORG:" + VCardText.escape(company)) }
        if let role = c.role { lines.append("TITLE:" + VCardText.escape(role)) }
        for email in c.emails { lines.append("EMAIL:" + VCardText.escape(email)) }
        for phone in c.phones { lines.append("TEL;VALUE=text:" + VCardText.escape(phone)) }
        // A URL is a URI value: written as is, not text-escaped.
        for url in c.urls { lines.append("URL:" + Inert.text(url)) }
        if c.city != nil || c.country != nil {
            let city = VCardText.escape(c.city ?? ""), country = VCardText.escape(c.country ?? "")
            lines.append("ADR;TYPE=work:;;;\(city);;;\(country)")
        }
        if let birthday = c.birthday { lines.append("BDAY:" + bday(birthday)) }
        if !c.circles.isEmpty { lines.append("CATEGORIES:" + c.circles.map(VCardText.escape).joined(separator: ",")) }
        if let note = c.note { lines.append("NOTE:" + VCardText.escape(note)) }
        if let met = c.met?.date { lines.append("X-CARNET-MET:\(met)") }
        if let at = c.met?.event { lines.append("X-CARNET-MET-AT:" + VCardText.escape(at)) }
        if !c.tags.isEmpty { lines.append("X-CARNET-TAGS:" + c.tags.map(VCardText.escape).joined(separator: ",")) }
        if let sector = c.sector { lines.append("X-CARNET-SECTOR:" + VCardText.escape(sector)) }
        if let seniority = c.seniority { lines.append("X-CARNET-SENIORITY:" + VCardText.escape(seniority)) }
        if let cadence = c.cadence { lines.append("X-CARNET-CADENCE:\(cadence)") }
        if let by = c.introducedBy { lines.append("X-CARNET-INTRODUCED-BY:" + VCardText.escape(by)) }
        if let since = c.roleSince { lines.append("X-CARNET-ROLE-SINCE:\(since)") }
        lines.append("X-CARNET-ID:" + VCardText.escape(c.id))
        lines.append("END:VCARD")
        return ContentLines.join(lines)
    }

    /// RFC 6350 §4.3.1 dates are ISO 8601 basic: `19850714`, or `--0714` without a year.
    static func bday(_ b: Birthday) -> String {
        let md = PartialDate.pad(b.month, 2) + PartialDate.pad(b.day, 2)
        guard let year = b.year else { return "--" + md }
        return PartialDate.pad(year, 4) + md
    }
}
