import CarnetCore

/// Labels, groups and categories from an export, turned into circle names.
///
/// Address books mix the user's own groups with ones they made up themselves:
/// Google's `* myContacts` and `* starred` (and `myContacts`/`starred` without the
/// star in its Outlook CSV and vCard exports), the old `* My Contacts`, and the
/// `Imported on 3/2/2020` label every Google import leaves behind. Those say
/// nothing about who someone is to the user, so they are not circles.
enum ExportLabels {
    private static let system: Set<String> = [
        "mycontacts", "my contacts", "starred", "starred in android",
    ]

    static func circles(_ cell: String, separator: String) -> [String] {
        circles(cell.splitting(on: separator))
    }

    static func circles(_ labels: [String]) -> [String] {
        labels.compactMap { raw in
            let label = raw.trimmed
            if label.isEmpty || label.hasPrefix("*") { return nil }
            if system.contains(label.lowercased()) { return nil }
            if label.lowercased().hasPrefix("imported on ") { return nil }
            return label
        }
    }
}

extension String {
    /// Splits on a multi-character separator (Google's ` ::: `), scanning by hand
    /// (the generic `firstRange(of:)` is slow on large imports).
    func splitting(on separator: String) -> [String] {
        let sep = Array(separator.utf8)
        let bytes = Array(utf8)
        guard !sep.isEmpty, bytes.count >= sep.count else { return [self] }
        var parts: [String] = []
        var start = 0, i = 0
        while i + sep.count <= bytes.count {
            if bytes[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }
}
