import CarnetCore

/// How an imported person is recognised as someone already in the network: the
/// same e-mail, the same LinkedIn profile, or the same name (ignoring case and
/// accents) at the same company — in that order of trust.
enum MatchKeys {
    static func email(_ address: String) -> String {
        address.trimmed.lowercased()
    }

    /// `https://fr.linkedin.com/in/J%C3%A9r%C3%B4me-Dupont/?trk=x` and
    /// `linkedin.com/in/jérôme-dupont` are the same profile.
    static func linkedIn(_ url: String) -> String? {
        guard WebAddress.isLinkedInProfile(url) else { return nil }
        var rest = Substring(PercentDecoding.decode(url.trimmed))
        rest = WebAddress.droppingScheme(rest)
        rest = rest.prefix { $0 != "?" && $0 != "#" }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        var path = Folding.key(rest[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty ? nil : "linkedin.com" + path
    }

    /// Folded name and company; a person with no company matches only someone
    /// with no company either, so re-importing a bare card finds its own record.
    static func nameAndCompany(name: String, company: String?) -> String {
        let words = Folding.key(name).split(whereSeparator: { $0 == " " || $0 == "-" })
        return words.joined(separator: " ") + "\u{1F}" + Folding.key(company?.trimmed ?? "")
    }

    /// Phone numbers compared by their digits (and a leading +): `+33 6 12 34 56 78`
    /// is `+33612345678`.
    static func phone(_ number: String) -> String {
        var out = ""
        for c in number.trimmed where c.isASCIIDigit || (c == "+" && out.isEmpty) { out.append(c) }
        return out.isEmpty ? number.lowercased() : out
    }

    /// URLs compared without scheme, `www.`, trailing slash or case.
    static func url(_ address: String) -> String {
        if let profile = linkedIn(address) { return profile }
        var rest = Substring(address.trimmed.lowercased())
        rest = WebAddress.droppingScheme(rest)
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}
