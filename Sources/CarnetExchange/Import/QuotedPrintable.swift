/// Quoted-printable (RFC 2045) as vCard 2.1 uses it: old Android and Nokia
/// phones write every accented value as `=C3=89lodie`, and long values end a line
/// with a soft break `=` that continues on the next line (joined by `VCardLines`).
enum QuotedPrintable {
    /// Decodes `=XX` to bytes; a stray `=` not followed by two hex digits is kept,
    /// so a badly encoded value loses nothing.
    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "="), i + 2 < bytes.endIndex,
               let hi = PercentDecoding.hexValue(bytes[i + 1]), let lo = PercentDecoding.hexValue(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }
}
