/// Given and family names for formats that want them apart (vCard `N`, Google's
/// First/Last Name) when the model keeps one name as the user writes it.
///
/// The last word is taken as the family name: right for "Alice Martin", wrong for
/// "Jean de La Fontaine" — but every reader we target shows `FN` / the full name
/// when present, and our own importer prefers it, so the guess only sorts lists.
enum NameParts {
    static func split(_ name: String) -> (given: String, family: String) {
        let words = name.split(separator: " ")
        guard words.count > 1 else { return (name, "") }
        return (words.dropLast().joined(separator: " "), String(words.last!))
    }
}
