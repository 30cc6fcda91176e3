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

    /// Compared with static byte strings by length: no table to load, nothing retained.
    init(_ k: UnsafeBufferPointer<UInt8>) {
        guard let base = k.baseAddress else { self = .unknown; return }
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == k.count && memcmp(s.utf8Start, base, k.count) == 0
        }
        switch k.count {
        case 2: self = eq("id") ? .id : .unknown
        case 3: self = eq("url") ? .url : eq("met") ? .met : .unknown
        case 4:
            self = eq("name") ? .name : eq("role") ? .role : eq("city") ? .city : eq("tags") ? .tags
                : eq("note") ? .note : eq("kind") ? .kind : eq("date") ? .date : eq("goal") ? .goal : .unknown
        case 5:
            self = eq("email") ? .email : eq("phone") ? .phone : eq("added") ? .added : eq("place") ? .place : .unknown
        case 6:
            self = eq("sector") ? .sector : eq("source") ? .source : eq("target") ? .target : .unknown
        case 7:
            self = eq("company") ? .company : eq("country") ? .country : eq("circles") ? .circles
                : eq("cadence") ? .cadence : eq("sectors") ? .sectors : .unknown
        case 8: self = eq("birthday") ? .birthday : .unknown
        case 9:
            self = eq("seniority") ? .seniority : eq("objective") ? .objective : eq("companies") ? .companies : .unknown
        case 10: self = eq("role-since") ? .roleSince : .unknown
        case 11: self = eq("description") ? .description : .unknown
        case 13: self = eq("introduced-by") ? .introducedBy : eq("snoozed-until") ? .snoozedUntil : .unknown
        default: self = .unknown
        }
    }

    /// A set of keys as bits.
    static func mask(_ keys: [RecordKey]) -> UInt64 { keys.reduce(0) { $0 | 1 << UInt64($1.rawValue) } }
}
