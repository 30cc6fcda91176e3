/// Lines of vCard (RFC 6350 §3.2) and iCalendar (RFC 5545 §3.1) files: at most 75
/// octets each, longer ones folded onto continuation lines that start with a
/// space, all ended by CRLF. Cutting counts bytes, not characters, and never cuts
/// inside a UTF-8 sequence, which would leave `é` as two broken halves.
enum ContentLines {
    static let limit = 75

    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > limit else { return line + "\r\n" }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var room = limit
        while start < bytes.count {
            var end = min(start + room, bytes.count)
            while end < bytes.count, end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: bytes[start..<end])
            out.append(contentsOf: [0x0D, 0x0A])
            start = end
            room = limit - 1 // the leading space counts
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lines folded and joined, each ending in CRLF.
    static func join(_ lines: [String]) -> String {
        lines.map(fold).joined()
    }
}
