#if canImport(Glibc)
import Glibc
#endif
import CarnetCore

/// The same people in the formats of the programs Carnet is compared with: abook's
/// addressbook file and a khard vdir (one vCard 3.0 file per person).
enum Export {
    static func abook(_ contacts: [Contact]) -> [UInt8] {
        var out = "# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n\n"
        out.reserveCapacity(contacts.count * 200)
        for (i, c) in contacts.enumerated() {
            out += "[\(i)]\nname=\(flat(c.name))\n"
            if !c.emails.isEmpty { out += "email=\(c.emails.joined(separator: ","))\n" }
            if let p = c.phones.first { out += "mobile=\(p)\n" }
            if let city = c.city { out += "city=\(city)\n" }
            if let country = c.country { out += "country=\(country)\n" }
            if let url = c.urls.first { out += "url=\(url)\n" }
            if let note = c.note { out += "notes=\(flat(note))\n" }
            if !c.circles.isEmpty { out += "groups=\(c.circles.joined(separator: ","))\n" }
            out += "\n"
        }
        return Array(out.utf8)
    }

    static func vcard(_ c: Contact) -> [UInt8] {
        var out = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:carnet-\(c.id)\r\nFN:\(escape(c.name))\r\n"
        let parts = c.name.split(separator: " ", maxSplits: 1)
        out += parts.count == 2 ? "N:\(escape(String(parts[1])));\(escape(String(parts[0])));;;\r\n" : "N:\(escape(c.name));;;;\r\n"
        if let company = c.company { out += "ORG:\(escape(company))\r\n" }
        if let role = c.role { out += "TITLE:\(escape(role))\r\n" }
        for e in c.emails { out += "EMAIL;TYPE=work:\(e)\r\n" }
        for p in c.phones { out += "TEL;TYPE=cell:\(p)\r\n" }
        for u in c.urls { out += "URL:\(u)\r\n" }
        if c.city != nil || c.country != nil {
            out += "ADR;TYPE=work:;;;\(escape(c.city ?? ""));;;\(escape(c.country ?? ""))\r\n"
        }
        if let b = c.birthday, b.year != nil { out += "BDAY:\(b)\r\n" }
        if !c.circles.isEmpty { out += "CATEGORIES:\(c.circles.map(escape).joined(separator: ","))\r\n" }
        if let note = c.note { out += "NOTE:\(escape(note))\r\n" }
        out += "END:VCARD\r\n"
        return Array(out.utf8)
    }

    static func writeVdir(_ contacts: [Contact], to directory: String) throws {
        Cache.makeDirectory(directory)
        for c in contacts {
            try write(vcard(c), to: directory + "/" + c.id + ".vcf")
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw BenchError("cannot write \(path)") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw BenchError("cannot write \(path)") }
            offset += n
        }
    }

    private static func flat(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
