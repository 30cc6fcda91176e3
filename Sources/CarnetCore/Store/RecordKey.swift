#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys Carnet knows in its record files, recognised from their bytes once per line so
/// that a record's fields are looked up by a small integer, not by comparing strings.
enum RecordKey: UInt8, CaseIterable, Sendable {
    case unknown
    case id, name, company, role, roleSince, email, phone, url, city, country, sector, seniority
    case circles, tags, met, introducedBy, cadence, birthday, note, snoozedUntil, added, source
    case kind, description, date, place, target, goal, objective, sectors, companies

    /// The key as written in the files.
    var text: String { RecordKey.texts[Int(rawValue)] }

    private static let texts: [String] = [
        "", "id", "name", "company", "role", "role-since", "email", "phone", "url", "city", "country", "sector",
        "seniority", "circles", "tags", "met", "introduced-by", "cadence", "birthday", "note", "snoozed-until",
        "added", "source", "kind", "description", "date", "place", "target", "goal", "objective", "sectors",
        "companies",
    ]

    /// The known keys' bytes, by length.
    private static let byLength: [[(bytes: [UInt8], key: RecordKey)]] = {
        var table = [[(bytes: [UInt8], key: RecordKey)]](repeating: [], count: 16)
        for key in allCases where key != .unknown {
            let bytes = Array(key.text.utf8)
            table[bytes.count].append((bytes, key))
        }
        return table
    }()

    init(_ k: UnsafeBufferPointer<UInt8>) {
        self = .unknown
        guard k.count < RecordKey.byLength.count, let base = k.baseAddress else { return }
        for candidate in RecordKey.byLength[k.count] {
            if candidate.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, k.count) == 0 }) {
                self = candidate.key
                return
            }
        }
    }

    /// A set of keys as bits.
    static func mask(_ keys: [RecordKey]) -> UInt64 { keys.reduce(0) { $0 | 1 << UInt64($1.rawValue) } }
}
