import CarnetCore

/// Small facts about URLs found in exports.
enum WebAddress {
    /// `https://www.linkedin.com/in/…`, `linkedin.com/in/…`, `fr.linkedin.com/pub/…`.
    static func isLinkedInProfile(_ url: String) -> Bool {
        host(of: url).map { $0 == "linkedin.com" || $0.hasSuffix(".linkedin.com") } ?? false
    }

    /// `https://x/y` → `x/y`. Scans by hand: the generic `firstRange(of:)` is
    /// slow enough to dominate a 10,000-person import.
    static func droppingScheme(_ url: Substring) -> Substring {
        guard let colon = url.firstIndex(of: ":") else { return url }
        let after = url[url.index(after: colon)...]
        return after.hasPrefix("//") ? after.dropFirst(2) : url
    }

    /// The lower-cased host, with or without a scheme; nil when there is none.
    static func host(of url: String) -> String? {
        let rest = droppingScheme(Substring(url.trimmed))
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutPort = host.split(separator: ":").first.map(String.init) ?? ""
        return withoutPort.isEmpty || !withoutPort.contains(".") ? nil : withoutPort.lowercased()
    }
}

/// `%C3%A9` → `é`, for LinkedIn's percent-encoded profile URLs. Written by hand
/// because the input is hostile: an invalid escape or bytes that are not UTF-8
/// leave the text as it was instead of failing the import.
enum PercentDecoding {
    static func decode(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self) ?? text
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
