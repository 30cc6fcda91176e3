/// Turns the bytes of a CSV export into text, and refuses what is not text.
///
/// Exports come in whatever the exporting program liked: Google writes UTF-8 (old
/// "Google CSV" was UTF-16 with a BOM), Excel-saved files carry a UTF-8 BOM, and
/// Outlook for Windows writes the ANSI code page. So: honour a BOM, else accept
/// strict UTF-8, else read Windows-1252 and say so — never guess silently.
enum TextDecoding {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    struct Decoded {
        var text: String
        var encoding: Encoding
        /// Set when the choice of encoding is worth telling the user.
        var notice: String?
    }

    static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        guard !bytes.isEmpty else { throw ImportError(file: file, "the file is empty") }
        let decoded = decodeGuessing(bytes)
        try checkIsText(decoded.text, file: file)
        return decoded
    }

    private static func decodeGuessing(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            if let text = String(validating: body, as: UTF8.self) {
                return Decoded(text: text, encoding: .utf8)
            }
            // A BOM promised UTF-8 and the bytes broke the promise: keep what decodes.
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8,
                           notice: "starts with a UTF-8 mark but is not valid UTF-8; unreadable bytes were replaced")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: true), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: false), encoding: .utf16BigEndian)
        }
        if let littleEndian = looksLikeUTF16WithoutBOM(bytes) {
            return Decoded(text: utf16(bytes[...], littleEndian: littleEndian),
                           encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian,
                           notice: "read as UTF-16 (no byte-order mark)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8)
        }
        return Decoded(text: Windows1252.decode(bytes), encoding: .windows1252,
                       notice: "not valid UTF-8; read as Windows-1252 (Outlook's usual encoding) — check accented names")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// ASCII text saved as UTF-16 without a BOM has a zero in every other byte;
    /// real binary does not keep that rhythm. Returns the byte order, or nil.
    private static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let half = sample.count / 2
        if zeroOdd * 10 >= half * 9 && zeroEven == 0 { return true }
        if zeroEven * 10 >= half * 9 && zeroOdd == 0 { return false }
        return nil
    }

    /// An image, a zip or a database renamed `.csv` must fail loudly, not become a
    /// few hundred contacts named after line noise.
    static func checkIsText(_ text: String, file: String) throws {
        var total = 0, suspicious = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0:
                throw ImportError(file: file, binaryWithNUL)
            case 0x09, 0x0A, 0x0D, 0x1B, 0xFEFF: break
            case 0x01...0x1F, 0x7F, 0xFFFD: suspicious += 1
            default: break
            }
        }
        let hasContent = text.unicodeScalars.contains { !($0.properties.isWhitespace || $0 == "\u{FEFF}") }
        try verdict(total: total, suspicious: suspicious, hasContent: hasContent, file: file)
    }

    /// `checkIsText(Windows1252.decode(bytes))`, read on the bytes: a vCard file, whose
    /// encoding may change line by line, is checked a byte to a character without being
    /// decoded into a `String` first (that was a sixth of `carnet import vcard`, `perf`).
    static func checkIsText(singleBytes bytes: [UInt8], file: String) throws {
        var suspicious = 0
        var hasContent = false
        for byte in bytes {
            switch byte {
            case 0: throw ImportError(file: file, binaryWithNUL)
            case 0x09, 0x0A, 0x0D, 0x1B: break
            case 0x01...0x1F, 0x7F: suspicious += 1
            default: break
            }
            // Windows-1252's white space: tab to carriage return, space, no-break space.
            if !hasContent, !((0x09...0x0D).contains(byte) || byte == 0x20 || byte == 0xA0) { hasContent = true }
        }
        try verdict(total: bytes.count, suspicious: suspicious, hasContent: hasContent, file: file)
    }

    private static let binaryWithNUL = "looks like a binary file (it contains NUL bytes), not a text export"

    private static func verdict(total: Int, suspicious: Int, hasContent: Bool, file: String) throws {
        if !hasContent { throw ImportError(file: file, "the file is empty") }
        if suspicious * 20 > total {
            throw ImportError(file: file, "looks like a binary file (\(suspicious) control bytes in \(total) characters), not a text export")
        }
    }
}
