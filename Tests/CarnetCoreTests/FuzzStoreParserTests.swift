import Foundation
import XCTest
@testable import CarnetCore

/// Promise 4 of docs/reliability.md, for the store: a deterministic mutation fuzzer (fixed
/// seed, fixed number of inputs; `CARNET_SEED`, `CARNET_TORTURE=1` and
/// `CARNET_FUZZ_ITERATIONS` change them) feeds damaged files to `Store.open`. No input may
/// crash or hang it; every problem names its file and a real line in words free of
/// control characters; and a file that parsed without error survives a write losslessly.
///
/// A crash kills the test process: the input that caused it is still in the folder printed
/// at the start. Keep it in `Fixtures/regressions/` and add it to `regressionInputs`.
final class FuzzStoreParserTests: XCTestCase {
    static let seeds: [StoreFile: String] = [
        .contacts: """
            # carnet contacts 1
            # People I know.

            id: alice-martin
            name: Alice Martin
            company: Acme
            role: Head of Data
            role-since: 2026-11-03
            email: alice@acme.example
            email: a.martin@example.org
            url: https://www.linkedin.com/in/alice-martin
            circles: Anciens collègues, Club Running Lyon
            tags: mlops, mentor
            met: 2024-03-12 at devoxx-2024
            introduced-by: bob-leroy
            cadence: 30d
            birthday: --05-24
            added: 2024-03-12
            note: Met at Devoxx; into MLOps.
              Wants to hear about health-data jobs.
              .
              Has two kids.
            favourite-tea: sencha

            id: bob-leroy
            name: Bob Leroy
            circles: Promo ESSEC 2012
            snoozed-until: 2026-12-01
            # a comment inside

            id: wang-fang
            name: 王芳
            source: linkedin
            met: 2025-06-30

            """,
        .circles: """
            # carnet circles 1

            name: Anciens collègues
            kind: former-colleagues
            cadence: 60d

            name: Club Running Lyon
            kind: club
            cadence: 6w
            description: Sunday long runs.

            """,
        .events: """
            # carnet events 1

            id: meetup-swift-2026-11
            name: Swift Meetup Lyon
            date: 2026-11-18
            kind: meetup
            target: 3
            met: alice-martin, bob-leroy

            """,
        .goals: """
            # carnet goals 1

            goal: events
            target: 2

            goal: coffee
            target: 4

            objective: sector-change
            sectors: Santé numérique
            companies: Doctolib, Alan

            """,
        .journal: """
            # carnet journal 1
            2026-11-02 message @bob-leroy asked:"intro to their CTO" follow-up:2026-11-16
            2026-11-18 event @alice-martin event:meetup-swift-2026-11
            2026-11-20 coffee @alice-martin gave:"intro to \\"Bob\\"" note:"She is hiring.\\nQ1."
            2026-11-21 call @alice-martin @bob-leroy channel:online note:"Three-way call" mood:good

            """,
    ]

    /// Tokens that make a mutation land on the grammar rather than on random bytes.
    static let dictionary: [String] = [
        "\n", "\n\n", "\r\n", "  ", "\t", ":", ": ", "#", "# carnet contacts 1\n", "# carnet journal 9\n",
        "id: ", "name: ", "met: ", "cadence: ", "birthday: ", "date: ", "target: ", "goal: ", "objective: ",
        "circles: ", "note: ", "snoozed-until: ", "at ", "@", "@alice-martin", "\"", "\\", "\\\"", "\\n",
        "gave:", "asked:", "received:", "follow-up:", "channel:", "event:", "2026-13-01", "2026-02-29",
        "2024-02-29", "--02-29", "--13-40", "0000-00-00", "9999999999-01-01", "30d", "3x", "-1", "99999999999999999999",
        "1y", "0d", ".", " .", ",", ",,,", "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{9B}31m", "\u{202E}", "é", "王",
        "\u{0301}", "\u{FEFF}", "👩‍💻",
    ]

    static let interestingBytes: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x22, 0x23, 0x2C, 0x2D, 0x2E,
                                            0x3A, 0x40, 0x5C, 0x7F, 0x80, 0x9B, 0xC0, 0xC3, 0xE2, 0xED, 0xF4, 0xFF]

    nonisolated(unsafe) static var parseSeconds = 0.0

    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var b = input
        let rounds = 1 + Int(random.next() % 6)
        for _ in 0..<rounds {
            let at = b.isEmpty ? 0 : Int(random.next() % UInt64(b.count + 1))
            switch random.next() % 11 {
            case 0 where !b.isEmpty:  // flip a bit
                let i = min(at, b.count - 1)
                b[i] ^= UInt8(1) << UInt8(random.next() % 8)
            case 1 where !b.isEmpty:  // an interesting byte
                b[min(at, b.count - 1)] = interestingBytes[Int(random.next() % UInt64(interestingBytes.count))]
            case 2, 3:  // a token of the grammar
                b.insert(contentsOf: Array(dictionary[Int(random.next() % UInt64(dictionary.count))].utf8), at: at)
            case 4 where !b.isEmpty:  // delete a range
                let n = min(b.count - min(at, b.count - 1), 1 + Int(random.next() % 24))
                b.removeSubrange(min(at, b.count - 1)..<(min(at, b.count - 1) + n))
            case 5 where !b.isEmpty:  // copy a range elsewhere
                let from = Int(random.next() % UInt64(b.count))
                let n = min(b.count - from, 1 + Int(random.next() % 80))
                b.insert(contentsOf: Array(b[from..<(from + n)]), at: at)
            case 6:  // repeat a line: keys twice, records twice
                let lines = b.split(separator: 0x0A, omittingEmptySubsequences: false)
                guard !lines.isEmpty else { break }
                let k = Int(random.next() % UInt64(lines.count))
                var out = [UInt8]()
                for (j, line) in lines.enumerated() {
                    out += line
                    if j == k { out.append(0x0A); out += line }
                    if j < lines.count - 1 { out.append(0x0A) }
                }
                b = out
            case 7:  // cut short, as an interrupted write would
                b.removeSubrange(at..<b.count)
            case 8:  // a long run of one byte
                let byte = random.next() % 2 == 0 ? UInt8(ascii: "x") : interestingBytes[Int(random.next() % UInt64(interestingBytes.count))]
                b.insert(contentsOf: [UInt8](repeating: byte, count: 1 + Int(random.next() % 3000)), at: at)
            case 9:  // swap two lines
                var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard lines.count > 1 else { break }
                lines.swapAt(Int(random.next() % UInt64(lines.count)), Int(random.next() % UInt64(lines.count)))
                b = Array(lines.joined(separator: [0x0A]))
            default:  // random bytes
                b.insert(contentsOf: (0..<(1 + random.next() % 8)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
            }
        }
        return b
    }

    /// Opens a store whose `file` holds `input` (the others hold their seeds) and checks
    /// every promise. Returns true when the input parsed without error.
    @discardableResult
    static func check(_ input: [UInt8], in file: StoreFile, folder: TemporaryFolder, label: String) throws -> Bool {
        for f in StoreFile.allCases {
            let bytes = f == file ? input : Array(seeds[f]!.utf8)
            // A new file rather than a truncated one: ext4 flushes a file truncated to zero
            // on close (auto_da_alloc), which made this loop wait on the disk.
            unlink(folder.path + "/" + f.rawValue)
            let fd = open(folder.path + "/" + f.rawValue, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let start = Date()
        defer { FuzzStoreParserTests.parseSeconds += Date().timeIntervalSince(start) }
        let store = try Store.open(at: folder.path)
        let took = Date().timeIntervalSince(start)
        XCTAssertLessThan(took, 5, "\(label): no input may hang the parser (\(took) s)")
        if file == .contacts {
            // Read in two parts (as a large file is, `ContactsTail`), split at the middle or
            // shared with the journal's thread (`ContactsShare`), it reads the same.
            for reading in [Store.ContactsReading.split, .shared] {
                let parts = try Store.open(at: folder.path, contactsReading: reading)
                XCTAssertEqual(parts.network, store.network, "\(label): read in two parts, \(reading)")
                XCTAssertEqual(parts.problems, store.problems, "\(label): read in two parts, \(reading)")
                XCTAssertEqual(parts.loadedContactSegments, store.loadedContactSegments, "\(label): read in two parts, \(reading)")
            }
        }
        if file == .journal {
            // The main thread taking the end of the journal (`JournalShare`), it reads the same.
            let parts = try Store.open(at: folder.path, journalReading: .shared)
            XCTAssertEqual(parts.network, store.network, "\(label): the journal read in two parts")
            XCTAssertEqual(parts.problems, store.problems, "\(label): the journal read in two parts")
        }
        let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for p in store.problems {
            XCTAssertTrue(StoreFile.allCases.map(\.rawValue).contains(p.file), "\(label): \(p)")
            if p.severity == .error {
                XCTAssertEqual(p.file, file.rawValue, "\(label): only the damaged file has errors: \(p)")
                XCTAssertTrue((1...lines).contains(p.line), "\(label): a real line, 1…\(lines): \(p)")
            }
            XCTAssertFalse(p.message.isEmpty, label)
            XCTAssertFalse(p.description.unicodeScalars.contains { Inert.isControl($0.value) && $0 != "\n" },
                           "\(label): messages are inert: \(p.description.debugDescription)")
        }
        guard store.isWritable else {
            XCTAssertThrowsError(try store.add(Contact(id: "fuzz-added", name: "Added")), "\(label): a file that did not parse is never written")
            XCTAssertEqual(FileManager.default.contents(atPath: folder.path + "/" + file.rawValue).map { [UInt8]($0) }, input, label)
            return false
        }
        // Lossless: what was read is written back byte for byte, the change after it.
        let before = store.network
        switch file {
        case .journal:
            try store.log(Interaction(date: Day(year: 2026, month: 11, day: 22)!, people: ["alice-martin"], kind: "call", note: "fuzz"))
        case .circles:
            try store.save(Circle(name: "Fuzz Circle \(UUID().uuidString.prefix(6))", cadence: Cadence("30d")))
        case .events:
            try store.save(Event(id: "fuzz-\(UUID().uuidString.prefix(6).lowercased())", name: "Fuzz", date: Day(year: 2026, month: 1, day: 2)!))
        default:
            guard !store.network.contains(id: "fuzz-added") else { return true }
            try store.add(Contact(id: "fuzz-added", name: "Added"))
        }
        guard file != .goals else { return true }
        let after = [UInt8](FileManager.default.contents(atPath: folder.path + "/" + file.rawValue)!)
        var kept = input
        if file != .journal && !kept.isEmpty && kept.last != 0x0A { kept.append(0x0A) }
        if file == .journal && kept.isEmpty { kept = Array("# carnet journal 1\n".utf8) }
        if file == .journal && kept.last != 0x0A && !input.isEmpty { kept.append(0x0A) }
        XCTAssertTrue(after.starts(with: kept), "\(label): the bytes read are written back as they were")
        let again = try Store.open(at: folder.path)
        XCTAssertEqual(again.problems.filter { $0.severity == .error }, [], "\(label): what Carnet writes, it reads")
        XCTAssertEqual(again.network.contacts.count + again.network.interactions.count + again.network.events.count
                       + again.network.circles.count,
                       before.contacts.count + before.interactions.count + before.events.count + before.circles.count + 1, label)
        return true
    }

    func testDamagedStoreFilesNeverCrashHangOrLoseWhatParsed() throws {
        let seed = ProcessInfo.processInfo.environment["CARNET_SEED"].flatMap(UInt64.init) ?? 4_242
        let torture = ProcessInfo.processInfo.environment["CARNET_TORTURE"] == "1"
        let iterations = ProcessInfo.processInfo.environment["CARNET_FUZZ_ITERATIONS"].flatMap(Int.init) ?? (torture ? 50_000 : 2_000)
        var random = SplitMix64(seed: seed)
        let folder = TemporaryFolder()
        print("reliability: store fuzz: seed \(seed), \(iterations) inputs; the current input is in \(folder.path)")
        var parsed = 0, refused = 0
        let start = Date()
        for i in 0..<iterations {
            let file = StoreFile.allCases[Int(random.next() % UInt64(StoreFile.allCases.count))]
            let input = FuzzStoreParserTests.mutate(Array(FuzzStoreParserTests.seeds[file]!.utf8), &random)
            if try FuzzStoreParserTests.check(input, in: file, folder: folder, label: "input \(i) (\(file), seed \(seed))") {
                parsed += 1
            } else {
                refused += 1
            }
        }
        print("reliability: store fuzz: \(iterations) inputs in \(Int(Date().timeIntervalSince(start))) s (\(Int(FuzzStoreParserTests.parseSeconds)) s in open+check+write): \(parsed) parsed and round-tripped, \(refused) refused with located problems, 0 crashes")
    }

    /// Inputs that once failed, kept so that they never fail again.
    func testRegressionInputsStillParseSafely() throws {
        let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        let folder = TemporaryFolder()
        for name in names.sorted() {
            // Named FILE-what-it-was.txt: the store file it goes in, then what it found.
            guard let kind = StoreFile.allCases.first(where: { name.hasPrefix($0.rawValue + "-") }) else { continue }
            let bytes = [UInt8](try Data(contentsOf: base.appendingPathComponent(name)))
            try FuzzStoreParserTests.check(bytes, in: kind, folder: folder, label: name)
        }
    }
}
