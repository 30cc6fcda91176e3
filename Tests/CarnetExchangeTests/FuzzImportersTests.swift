import Foundation
import XCTest
import CarnetCore
@testable import CarnetExchange

/// Promise 4 of docs/reliability.md, for the importers: damaged LinkedIn, Google and
/// Outlook CSV files and vCards (mutations of the fixtures, fixed seed; `CARNET_SEED`,
/// `CARNET_TORTURE=1`, `CARNET_FUZZ_ITERATIONS` change it) never crash or hang the
/// reader or the planner; a file is either refused with a located `ImportError` or read,
/// and what is read carries no terminal control; every planned contact saves and loads
/// back through a real store.
final class FuzzImportersTests: XCTestCase {
    static let seeds: [(ImportFormat, String)] = [
        (.linkedin, "linkedin-connections-2024.csv"), (.linkedin, "linkedin-connections-2018.csv"),
        (.linkedin, "hostile-linkedin.csv"), (.google, "google-contacts.csv"),
        (.google, "google-contacts-legacy-utf16.csv"), (.outlook, "outlook-com.csv"),
        (.outlook, "outlook-desktop-windows1252.csv"), (.vcard, "hostile.vcf"),
        (.vcard, "ios-3.0-item-groups.vcf"), (.vcard, "android-2.1-quoted-printable.vcf"),
        (.vcard, "vcard-birthdays.vcf"),
    ]

    static let dictionary: [String] = [
        ",", "\"", "\"\"", "\r\n", "\n", ";", ":", "=", "=\r\n", "=C3=A9", "BEGIN:VCARD\r\n", "END:VCARD\r\n",
        "VERSION:2.1\r\n", "N:", "FN:", "BDAY:", "BDAY:--0229", "ENCODING=QUOTED-PRINTABLE:", "CHARSET=UTF-8",
        "item1.", "\\,", "\\n", "\\", " ", "\t", "\u{FEFF}", "\u{1B}]52;c;eA==\u{07}", "\u{9B}2J", "\u{202E}",
        "First Name", "Last Name", "Email Address", "Birthday", "1985-02-29", "13/45/2024", "é", "王",
    ]

    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var b = input
        for _ in 0..<(1 + Int(random.next() % 5)) {
            let at = b.isEmpty ? 0 : Int(random.next() % UInt64(b.count + 1))
            switch random.next() % 8 {
            case 0 where !b.isEmpty: b[min(at, b.count - 1)] ^= UInt8(1) << UInt8(random.next() % 8)
            case 1 where !b.isEmpty: b[min(at, b.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 2, 3: b.insert(contentsOf: Array(dictionary[Int(random.next() % UInt64(dictionary.count))].utf8), at: at)
            case 4 where !b.isEmpty:
                let i = min(at, b.count - 1)
                b.removeSubrange(i..<min(b.count, i + 1 + Int(random.next() % 40)))
            case 5 where !b.isEmpty:
                let from = Int(random.next() % UInt64(b.count))
                b.insert(contentsOf: Array(b[from..<min(b.count, from + 1 + Int(random.next() % 200))]), at: at)
            case 6: b.removeSubrange(at..<b.count)
            default: b.insert(contentsOf: [UInt8](repeating: UInt8(ascii: ","), count: 1 + Int(random.next() % 500)), at: at)
            }
        }
        return b
    }

    static func hasControl(_ s: String?, allowNewline: Bool = false) -> Bool {
        guard let s else { return false }
        return s.unicodeScalars.contains { Inert.isControl($0.value) && !(allowNewline && $0 == "\n") }
    }

    func testDamagedImportFilesNeverCrashHangOrLetControlsThrough() throws {
        let env = ProcessInfo.processInfo.environment
        let seed = env["CARNET_SEED"].flatMap(UInt64.init) ?? 1_789
        let iterations = env["CARNET_FUZZ_ITERATIONS"].flatMap(Int.init) ?? (env["CARNET_TORTURE"] == "1" ? 20_000 : 1_500)
        var random = SplitMix64(seed: seed)
        let inputs = try Self.seeds.map { ($0.0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path($0.1))))) }
        let today = Day(year: 2026, month: 11, day: 22)!
        var read = 0, refused = 0, people = 0, saved = 0
        let start = Date()
        for i in 0..<iterations {
            let (format, seedBytes) = inputs[Int(random.next() % UInt64(inputs.count))]
            let bytes = Self.mutate(seedBytes, &random)
            let label = "input \(i) (\(format), seed \(seed))"
            let t0 = Date()
            let parsed: ParsedFile
            do {
                parsed = try ImportReader.parse(format, bytes: bytes, file: "fuzz")
            } catch let error as ImportError {
                XCTAssertFalse(error.message.isEmpty, label)
                XCTAssertFalse(Self.hasControl(error.description), "\(label): \(error)")
                refused += 1
                continue
            }
            read += 1
            people += parsed.people.count
            for p in parsed.people {
                for field in [p.fullName, p.givenName, p.familyName, p.company, p.role, p.city, p.country, p.linkedIn]
                    + p.emails + p.phones + p.urls + p.circles {
                    XCTAssertFalse(Self.hasControl(field), "\(label): \(field.debugDescription)")
                }
                XCTAssertFalse(Self.hasControl(p.note, allowNewline: true), "\(label): \(p.note.debugDescription)")
            }
            let plan = Importer.plan(parsed, format: format, into: Network(), circle: "Fuzz", today: today)
            XCTAssertLessThan(Date().timeIntervalSince(t0), 5, "\(label): no input may hang an importer")
            // Every 25th plan goes through a real store: what an import writes, Carnet reads.
            if i % 25 == 0 && !plan.contactsToSave.isEmpty {
                let folder = NSTemporaryDirectory() + "carnet-fuzz-import-" + UUID().uuidString
                defer { try? FileManager.default.removeItem(atPath: folder) }
                let store = try Store.create(at: folder)
                do {
                    try Importer.apply(plan, to: store)
                } catch {
                    XCTFail("\(label): a planned import must save: \(error)")
                    continue
                }
                let again = try Store.open(at: folder)
                XCTAssertEqual(again.problems.filter { $0.severity == .error }.map(\.description), [], label)
                XCTAssertEqual(again.network.contacts.count, plan.contactsToSave.count, label)
                saved += 1
            }
        }
        print("reliability: import fuzz: seed \(seed), \(iterations) inputs in \(Int(Date().timeIntervalSince(start))) s: \(read) read (\(people) people), \(refused) refused with a located error, \(saved) plans saved and read back, 0 crashes")
    }
}
