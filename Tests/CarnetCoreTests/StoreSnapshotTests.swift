import Foundation
import XCTest
@testable import CarnetCore

/// The snapshot only ever saves parsing: a store opened with one must be exactly the store
/// read from text — same network, problems, lines, and the same bytes written afterwards —
/// whatever happened to the files or to the snapshot in between.
final class StoreSnapshotTests: XCTestCase {
    private let today = Day("2026-11-22")!

    /// A synthetic store, plus where its snapshot goes.
    private func makeStore(people: Int = 60) throws -> (store: TemporaryFolder, cache: TemporaryFolder, place: String) {
        let store = TemporaryFolder()
        let cache = TemporaryFolder()
        _ = try SyntheticNetwork.write(to: store.path, people: people, seed: 7, today: today)
        return (store, cache, cache.path + "/carnet/store.snapshot")
    }

    /// Opens with the snapshot at `place` and writes the one it leaves, as the app does.
    @discardableResult
    private func openAndKeep(_ directory: String, _ place: String) throws -> Store {
        let store = try Store.open(at: directory, snapshot: place)
        if let (snapshot, at) = store.takeSnapshot() { snapshot.write(to: at) }
        return store
    }

    private func assertSame(_ a: Store, _ b: Store, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.network, b.network, file: file, line: line)
        // Byte for byte, not only as `==` has it (a composed and a decomposed "é" are equal).
        XCTAssertEqual(a.network.contacts.map { Array(String(describing: $0).utf8) },
                       b.network.contacts.map { Array(String(describing: $0).utf8) }, file: file, line: line)
        XCTAssertEqual(a.network.contacts, b.network.contacts, file: file, line: line)
        XCTAssertEqual(Array(a.network.interactions), Array(b.network.interactions), file: file, line: line)
        XCTAssertEqual(a.problems, b.problems, file: file, line: line)
        // The order by name a snapshot keeps is the one sorting gives.
        XCTAssertEqual(NameOrder.sorted(Array(a.network.contacts.indices), in: a.network),
                       NameOrder.sorted(Array(b.network.contacts.indices), in: b.network), file: file, line: line)
        for c in a.network.contacts {
            XCTAssertEqual(a.network.interactions(of: c.id), b.network.interactions(of: c.id), file: file, line: line)
        }
    }

    func testASecondOpenTakesBothPartsAndIsTheSameStore() throws {
        let (folder, cache, place) = try makeStore()
        let first = try openAndKeep(folder.path, place)
        XCTAssertEqual(first.takenFromSnapshot, [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: place))
        XCTAssertEqual(cache.mode("carnet") & 0o777, 0o700)
        XCTAssertEqual(cache.mode("carnet/store.snapshot") & 0o777, 0o600)

        let second = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(second.takenFromSnapshot, [.contacts, .journal])
        XCTAssertTrue(second.takeSnapshot() == nil, "nothing new was read: nothing to write")
        assertSame(second, try Store.open(at: folder.path))
        // The ids' index, built on another core as the contacts are read, finds every one.
        for (i, c) in second.network.contacts.enumerated() {
            XCTAssertEqual(second.network.position(ofContact: c.id), i, c.id)
        }
        XCTAssertNil(second.network.position(ofContact: "no-such-person"))
    }

    /// Past 4,096 people the contacts are made in chunks, on both cores: each in its place.
    func testContactsMadeInChunksAreEachInTheirPlace() throws {
        let (folder, _, place) = try makeStore(people: 4_500)
        try openAndKeep(folder.path, place)
        let store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(store.takenFromSnapshot, [.contacts, .journal])
        XCTAssertEqual(store.network.contacts, try Store.open(at: folder.path).network.contacts)
    }

    func testTheOrderByNameComesWithTheContactsAndGoesWithAChange() throws {
        let (folder, _, place) = try makeStore(people: 300)
        try openAndKeep(folder.path, place)
        let store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(store.takenFromSnapshot, [.contacts, .journal])
        var network = store.network
        let all = Array(network.contacts.indices)
        let sorted = NameOrder.sorted(all, in: network.contacts)
        XCTAssertEqual(network.byName, sorted)
        XCTAssertNil(try Store.open(at: folder.path).network.byName, "read from text: sorted when shown")
        XCTAssertEqual(try Store.open(at: folder.path, ordersByName: true).network.byName, sorted,
                       "or while the journal is read, for the app")
        // Some of the people (a circle's), in the order a sort gives them.
        let some = all.filter { $0 % 3 == 1 }.reversed().map { $0 }
        XCTAssertEqual(NameOrder.sorted(some, in: network), NameOrder.sorted(some, in: network.contacts))
        var renamed = network.contacts[sorted[0]]
        renamed.name = "Zzz"
        network.upsert(renamed)
        XCTAssertNil(network.byName)
        let resorted = NameOrder.sorted(all, in: network)
        XCTAssertNotEqual(resorted, sorted)
        XCTAssertEqual(resorted.firstIndex(of: sorted[0]), resorted.count - 1 - network.contacts.filter {
            Folding.key($0.name) > "zzz" }.count)
    }

    func testAnOrderByNameIsTakenOnlyWhenItHoldsEachContactOnce() {
        XCTAssertTrue(StoreSnapshot.isPermutation([2, 0, 1], of: 3))
        XCTAssertTrue(StoreSnapshot.isPermutation([], of: 0))
        XCTAssertFalse(StoreSnapshot.isPermutation([0, 1], of: 3))
        XCTAssertFalse(StoreSnapshot.isPermutation([0, 0, 1], of: 3))
        XCTAssertFalse(StoreSnapshot.isPermutation([0, 1, 3], of: 3))
        XCTAssertFalse(StoreSnapshot.isPermutation([0, -1, 2], of: 3))
    }

    func testEveryFieldOfAContactSurvives() throws {
        var c = Contact(id: "hélène-dupont", name: "Hélène Dupont")
        c.company = "Acme"; c.role = "CTO"; c.roleSince = Day("2025-01-02")
        c.emails = ["h@acme.example", "h@home.example"]; c.phones = ["+33 6"]; c.urls = ["https://x.example"]
        c.city = "Lyon"; c.country = "France"; c.sector = "Santé"; c.seniority = "senior"
        c.circles = ["Alumni", "王芳 club"]; c.tags = ["ia"]; c.met = Contact.Met(date: Day("2024-03-01"), event: "devoxx")
        c.introducedBy = "bob"; c.cadence = Cadence(count: 6, unit: .week); c.birthday = Birthday(year: nil, month: 2, day: 29)
        c.note = "two\nlines"; c.snoozedUntil = Day("2026-12-01"); c.added = Day("2020-05-05"); c.source = "linkedin"
        // A field added to Contact must be set here, and so be carried by the snapshot.
        for child in Mirror(reflecting: c).children {
            let value = child.value
            let empty = (value as? [String])?.isEmpty == true || String(describing: value) == "nil"
            XCTAssertFalse(empty, "set \(child.label ?? "?") in this test")
        }
        var d = Contact(id: "x", name: "X")
        d.met = Contact.Met(date: nil, event: "at-only")
        d.birthday = Birthday(year: 1980, month: 1, day: 1)
        // Lists of every length `TextList` makes apart, and one longer.
        d.tags = ["a", "b", "c"]; d.emails = ["1@x", "2@x", "3@x", "4@x"]; d.circles = ["Alumni", "ia", "王芳 club", "b", "c"]
        // The same to `==`, not in bytes: each keeps its own.
        var composed = Contact(id: "y", name: "Y")
        composed.company = "Caf\u{E9}"
        var decomposed = Contact(id: "z", name: "Z")
        decomposed.company = "Cafe\u{301}"
        let contacts = [c, d, composed, decomposed]
        var w = SnapshotWriter()
        ContactsCoding.write(contacts, to: &w)
        let read = try w.bytes.withUnsafeBytes { raw -> [Contact] in
            var r = SnapshotReader(raw)
            let read = try ContactsCoding.read(from: &r)
            XCTAssertTrue(r.isAtEnd)
            return read
        }
        XCTAssertEqual(read, contacts)
        XCTAssertEqual(read.map { Array(($0.company ?? "").utf8) }, contacts.map { Array(($0.company ?? "").utf8) })
    }

    /// Each number of a contact's row is checked against its table before any is used: one
    /// out of range, in any column that points somewhere, and nothing is read.
    func testARowNumberOutOfItsTableIsRefused() throws {
        var a = Contact(id: "a", name: "A")
        a.company = "Acme"; a.emails = ["a@x.example"]; a.cadence = Cadence(count: 2, unit: .month); a.note = "n"
        let contacts = [a, Contact(id: "b", name: "B")]
        var w = SnapshotWriter()
        ContactsCoding.write(contacts, to: &w)
        let good = w.bytes
        func read(_ bytes: [UInt8]) -> [Contact]? {
            bytes.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                return try? ContactsCoding.read(from: &r)
            }
        }
        XCTAssertEqual(read(good), contacts)
        // The rows are the bytes' end: 28 numbers a contact, four bytes each.
        func with(_ value: Int32, row: Int, column: Int) -> [UInt8] {
            var bytes = good
            let at = bytes.count - (contacts.count - row) * 28 * 4 + column * 4
            withUnsafeBytes(of: value.littleEndian) { for k in 0..<4 { bytes[at + k] = $0[k] } }
            return bytes
        }
        var noCompany = contacts
        noCompany[0].company = nil
        XCTAssertEqual(read(with(-1, row: 0, column: 2)), noCompany, "a company may be none")
        for (column, value, what) in [(0, -1, "an id that is none"), (1, 1000, "a name past the texts"),
                                      (2, -2, "a company below none"), (5, 1000, "emails past the lists"),
                                      (19, 4, "a cadence unit that does not exist"), (27, Int32.max, "a source far past the texts"),
                                      (12, Int32.min, "circles far below")] as [(Int, Int32, String)] {
            XCTAssertNil(read(with(value, row: column % 2, column: column)), what)
        }
    }

    /// Values read where they lie come back whatever was written before them, start at a
    /// multiple of 8, and a padding no writer makes, or memory not aligned for them, is damage.
    func testAlignedValuesAreReadWhereTheyLie() throws {
        let values: [Int32] = [7, -1, Int32.max, 0, 42]
        for before in 0..<9 {
            var w = SnapshotWriter()
            for _ in 0..<before { w.byte(0xAA) }
            w.alignedPlain(values)
            w.alignedPlain([Int32]())
            try w.bytes.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                for _ in 0..<before { XCTAssertEqual(try r.byte(), 0xAA) }
                let read = try r.alignedPlain(Int32.self)
                XCTAssertEqual(Array(read), values, "after \(before) bytes")
                XCTAssertEqual(Int(bitPattern: read.baseAddress) % 8, 0)
                XCTAssertEqual(try r.alignedPlain(Int32.self).count, 0)
                XCTAssertTrue(r.isAtEnd)
            }
        }
        var w = SnapshotWriter()
        w.alignedPlain(values)
        // A padding of 15 bytes also ends at a multiple of 8, with the values' bytes all
        // there after it: refused for its count alone (no writer pads more than 7).
        var bytes = w.bytes
        XCTAssertEqual(bytes[8], 7)
        bytes[8] = 15
        bytes.insert(contentsOf: [UInt8](repeating: 0, count: 8), at: 9)
        XCTAssertNil(bytes.withUnsafeBytes { raw in
            var r = SnapshotReader(raw)
            return try? r.alignedPlain(Int32.self)
        })
        // The same bytes one place further in memory: no longer aligned for Int32.
        let shifted = [0] + w.bytes
        XCTAssertNil(shifted.withUnsafeBytes { raw in
            var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: raw[1...]))
            return try? r.alignedPlain(Int32.self)
        })
    }

    func testLinesAppendedAfterTheSnapshotAreReadFromText() throws {
        let (folder, _, place) = try makeStore()
        try openAndKeep(folder.path, place)
        let other = try Store.open(at: folder.path)
        let someone = other.network.contacts[3].id
        try other.log(Interaction(date: today, people: [someone], kind: "coffee", note: "après le snapshot"))
        // Appended by hand too, without a final line break.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder.path + "/journal"))
        handle.seekToEndOfFile()
        handle.write(Data("2026-11-22 call @\(someone)".utf8))
        handle.closeFile()

        let resumed = try openAndKeep(folder.path, place)
        XCTAssertEqual(resumed.takenFromSnapshot, [.contacts, .journal])
        assertSame(resumed, try Store.open(at: folder.path))
        XCTAssertEqual(resumed.network.interactions(of: someone).suffix(2).map(\.kind), ["coffee", "call"])

        // The journal did not end with a line break: the snapshot keeps it up to the last one,
        // and the unfinished line is read again.
        let again = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(again.takenFromSnapshot, [.contacts, .journal])
        assertSame(again, try Store.open(at: folder.path))
    }

    /// A file whose fingerprint was settled when the snapshot read it is taken for the same
    /// bytes when its fingerprint is the same, without reading it; one not settled then, or
    /// written to since (even in place at its size, its time set back), is read as before.
    func testSettledFilesAreKnownByTheirFingerprintAndNoOtherIs() throws {
        let (folder, _, place) = try makeStore()
        let files = ["contacts", "journal"].map { folder.path + "/" + $0 }
        func setTimes(_ seconds: Int) {
            for path in files {
                var times = [timespec(tv_sec: time(nil) + seconds, tv_nsec: 0), timespec(tv_sec: time(nil) + seconds, tv_nsec: 0)]
                XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
            }
        }
        func reopen() throws -> Store {
            let store = try Store.open(at: folder.path, snapshot: place, writesSnapshot: false)
            assertSame(store, try Store.open(at: folder.path))
            return store
        }
        // Changed "later" than now (a time set ahead): the snapshot keeps no fingerprint.
        setTimes(3600)
        try openAndKeep(folder.path, place)
        var store = try reopen()
        XCTAssertEqual(store.takenFromSnapshot, [.contacts, .journal])
        XCTAssertEqual(store.knownByFingerprint, [], "hashed")

        // Settled: setting the times changed the files, 100 ms ago.
        setTimes(-86_400)
        usleep(100_000)
        try FileManager.default.removeItem(atPath: place)
        try openAndKeep(folder.path, place)
        store = try reopen()
        XCTAssertEqual(store.takenFromSnapshot, [.contacts, .journal])
        XCTAssertEqual(store.knownByFingerprint, [.contacts, .journal])
        XCTAssertTrue(store.takeSnapshot() == nil, "nothing read from text: no new snapshot due")

        for (path, file) in zip(files, [StoreFile.contacts, .journal]) {
            try rewriteInPlaceKeepingTime(path)
            store = try reopen()
            XCTAssertFalse(store.knownByFingerprint.contains(file), "\(file)")
            XCTAssertFalse(store.takenFromSnapshot.contains(file), "\(file)")
        }
    }

    func testChangedFilesAreReadFromText() throws {
        let (folder, _, place) = try makeStore()
        try openAndKeep(folder.path, place)
        // Same lengths: a blank that reads the same, and a kind that does not.
        folder.write("contacts", folder.read("contacts").replacingFirst("\nrole: ", with: "\nrole:\t"))
        let journal = folder.read("journal")
        folder.write("journal", journal.replacingFirst(" call ", with: " meal "))

        let reopened = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(reopened.takenFromSnapshot, [])
        assertSame(reopened, try Store.open(at: folder.path))
    }

    func testADamagedOrForeignSnapshotIsIgnored() throws {
        let (folder, _, place) = try makeStore()
        try openAndKeep(folder.path, place)
        let good = try Data(contentsOf: URL(fileURLWithPath: place))
        let fresh = try Store.open(at: folder.path)
        var damaged: [Data] = [good.prefix(good.count / 2), Data(), Data("carnet snapshot\n".utf8)]
        for at in [20, 40, 100, good.count / 3, good.count - 10] {
            var d = good
            d[at] ^= 0x55
            damaged.append(d)
        }
        // Places and lengths of the sections (header bytes 24-71) made huge or negative.
        for at in stride(from: 24, to: 72, by: 8) {
            var d = good
            for k in at..<(at + 8) { d[k] = 0xFF }
            damaged.append(d)
            d[at + 7] = 0x7F
            damaged.append(d)
        }
        for (n, bytes) in damaged.enumerated() {
            try bytes.write(to: URL(fileURLWithPath: place))
            let store = try Store.open(at: folder.path, snapshot: place)
            assertSame(store, fresh)
            XCTAssertTrue(store.takenFromSnapshot.count < 2, "damage \(n) not noticed")
        }
    }

    func testWritesAfterASnapshotLoadAreTheSameAsAfterAParse() throws {
        let (folder, _, place) = try makeStore()
        let copy = TemporaryFolder()
        for file in StoreFile.allCases { copy.write(file.rawValue, folder.read(file.rawValue)) }
        try openAndKeep(folder.path, place)

        let stores = [try Store.open(at: folder.path, snapshot: place), try Store.open(at: copy.path)]
        XCTAssertEqual(stores[0].takenFromSnapshot, [.contacts, .journal])
        for store in stores {
            var c = store.network.contacts[5]
            c.company = "Nouvelle Société"
            c.tags.append("édité")
            try store.update(c)
            try store.add(Contact(id: "zoé-neuve", name: "Zoé Neuve"))
            try store.log(Interaction(date: today, people: ["zoé-neuve"], kind: "coffee"))
        }
        for file in StoreFile.allCases {
            XCTAssertEqual(folder.read(file.rawValue), copy.read(file.rawValue), file.rawValue)
        }
        XCTAssertEqual(stores[0].network.interactions(of: "zoé-neuve").map(\.line),
                       stores[1].network.interactions(of: "zoé-neuve").map(\.line))
    }

    /// (Warnings come from `checkReferences`, run again at every start; the parts' problems
    /// are those of parsing, errors all, and a store with errors has no snapshot.)
    func testWarningsAreFoundAgainAndErrorsLeaveNoSnapshot() throws {
        let (folder, _, place) = try makeStore()
        folder.write("journal", folder.read("journal") + "2026-11-20 call @nobody-here\n")
        try openAndKeep(folder.path, place)
        let warned = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(warned.takenFromSnapshot, [.contacts, .journal])
        XCTAssertTrue(warned.problems.contains { $0.severity == .warning && $0.message.contains("nobody-here") })
        assertSame(warned, try Store.open(at: folder.path))

        folder.write("journal", folder.read("journal") + "not a line\n")
        let broken = try Store.open(at: folder.path, snapshot: place)
        XCTAssertFalse(broken.isWritable)
        XCTAssertTrue(broken.takeSnapshot() == nil)
    }

    func testJournalResumedFromTheSnapshotWhereverTheChunksAreCut() throws {
        let (folder, _, place) = try makeStore()
        try openAndKeep(folder.path, place)
        let path = folder.path + "/journal"
        let appended = "2026-11-21 call @\(try Store.open(at: folder.path).network.contacts[0].id) note:\"Zoé, 王芳\"\n"
        folder.write("journal", folder.read("journal") + appended)
        XCTAssertGreaterThan(try Store.journal(at: path, chunk: 1 << 20).length, 4096)
        try assertResumedAsRead(path, place, chunks: [1, 3, 7, 64, 333, 4096, 1 << 20])
    }

    /// The journal at `path`, resumed from the snapshot at `place` and read in chunks of each
    /// size, is what reading it whole from text gives.
    private func assertResumedAsRead(_ path: String, _ place: String, chunks: [Int], _ label: String = "",
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let whole = try Store.journal(at: path, chunk: 1 << 20)
        for chunk in chunks {
            let resumed = try Store.journal(at: path, chunk: chunk, snapshot: place)
            let at = "\(label) chunk \(chunk)"
            XCTAssertTrue(resumed.resumed, at, file: file, line: line)
            XCTAssertEqual(resumed.journal, whole.journal, at, file: file, line: line)
            XCTAssertEqual(resumed.journal.map(\.line), whole.journal.map(\.line), at, file: file, line: line)
            XCTAssertEqual(resumed.problems, whole.problems, at, file: file, line: line)
            XCTAssertEqual(resumed.lines, whole.lines, at, file: file, line: line)
            XCTAssertEqual(resumed.length, whole.length, at, file: file, line: line)
            XCTAssertEqual(resumed.tail, whole.tail, at, file: file, line: line)
        }
    }

    /// A journal whose last line has no line break yet (written by hand): the snapshot keeps
    /// the lines before it, and the next start parses that line as it is then, whatever
    /// became of it.
    func testAnUnfinishedLastLineIsReadAgainAndTheLinesBeforeItTaken() throws {
        let (folder, _, place) = try makeStore()
        let id = try Store.open(at: folder.path).network.contacts[0].id
        let complete = folder.read("journal")
        folder.write("journal", complete + "2026-11-21 call @\(id) note:\"Zoé\"")
        try openAndKeep(folder.path, place)
        let path = folder.path + "/journal"
        // The last two: a line that does not parse, naming someone the journal did not name
        // (kept in its table of people, though no line names them).
        for unfinished in ["2026-11-21 call @\(id) note:\"Zoé\"", "2026-11-21 call @\(id) note:\"Zoé, 王芳\"", "2026-11-2",
                           "2026-11-21 call @\(id)\n2026-11-22 coffee @\(id)",
                           "2026-11-21 coffee @brand-new-person note:\"half", "2026-11-21 coffee @\(id) @brand-new-person note:\"half"] {
            folder.write("journal", complete + unfinished)
            try assertResumedAsRead(path, place, chunks: [1, 7, 4096, 1 << 20], unfinished)
            let store = try Store.open(at: folder.path, snapshot: place)
            XCTAssertTrue(store.takenFromSnapshot.contains(.journal), unfinished)
            assertSame(store, try Store.open(at: folder.path))
            // The unfinished line alone is nothing a new snapshot would keep: none is written.
            XCTAssertEqual(store.takeSnapshot() != nil, unfinished.contains("\n"), unfinished)
        }
    }

    /// Started through the dynamic loader, the program `/proc` names is the loader, which
    /// does not tell builds of Carnet apart: the layout is then described instead.
    func testTheDynamicLoaderIsNotTakenForTheProgram() {
        XCTAssertTrue(StoreSnapshot.isDynamicLoader("/lib64/ld-linux-x86-64.so.2"))
        XCTAssertTrue(StoreSnapshot.isDynamicLoader("/usr/lib/ld-linux-aarch64.so.1"))
        XCTAssertTrue(StoreSnapshot.isDynamicLoader("/lib/ld.so"))
        XCTAssertFalse(StoreSnapshot.isDynamicLoader("/usr/local/bin/carnet"))
        XCTAssertFalse(StoreSnapshot.isDynamicLoader("/home/ld-user/bin/carnet"))
    }

    func testMissingShortenedOrOddFilesAreReadFromText() throws {
        let (folder, _, place) = try makeStore()
        try openAndKeep(folder.path, place)
        // The journal cut in half: it no longer begins with what the snapshot read.
        let journal = folder.read("journal")
        folder.write("journal", String(journal.prefix(journal.count / 2)))
        var store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(store.takenFromSnapshot, [.contacts])
        assertSame(store, try Store.open(at: folder.path))
        // No journal, no contacts.
        try FileManager.default.removeItem(atPath: folder.path + "/journal")
        store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(store.takenFromSnapshot, [.contacts])
        assertSame(store, try Store.open(at: folder.path))
        folder.write("journal", journal)
        try FileManager.default.removeItem(atPath: folder.path + "/contacts")
        store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertFalse(store.takenFromSnapshot.contains(.contacts))
        assertSame(store, try Store.open(at: folder.path))
        // A FIFO where the snapshot was: refused, without waiting for a writer.
        try FileManager.default.removeItem(atPath: place)
        XCTAssertEqual(mkfifo(place, 0o600), 0)
        store = try Store.open(at: folder.path, snapshot: place)
        XCTAssertEqual(store.takenFromSnapshot, [])
    }

    func testAFolderThatExistsKeepsItsRights() throws {
        let (folder, cache, _) = try makeStore()
        chmod(cache.path, 0o755)
        try openAndKeep(folder.path, cache.path + "/store.snapshot")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path + "/store.snapshot"))
        XCTAssertEqual(cache.mode("") & 0o777, 0o755, "the snapshot's folder was there: its rights are not the snapshot's to change")
        XCTAssertEqual(cache.mode("store.snapshot") & 0o777, 0o600)
    }

    /// The padding in the journal's entries is not written (it is whatever was in memory):
    /// the same store gives the same snapshot, byte for byte.
    func testTheSameStoreGivesTheSameBytes() throws {
        let (folder, cache, place) = try makeStore()
        try openAndKeep(folder.path, place)
        let other = cache.path + "/carnet/other.snapshot"
        try openAndKeep(folder.path, other)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: place)), try Data(contentsOf: URL(fileURLWithPath: other)))
        // Every stored field of an entry is in the list of fields that are written.
        func leaves(_ value: Any) -> Int {
            let children = Mirror(reflecting: value).children
            return children.isEmpty ? 1 : children.reduce(0) { $0 + leaves($1.value) }
        }
        let journal = try Store.open(at: folder.path).network.interactions.parts
        XCTAssertEqual(leaves(journal.entries[0]), JournalEntry.fields.count)
        XCTAssertEqual(leaves(journal.extras[0]), Journal.Extra.fields.count)
    }

    func testSnapshotsForgottenForMonthsAreRemovedAndOnesInUseAreNot() throws {
        let (folder, cache, _) = try makeStore()
        let dir = cache.path + "/carnet/"
        let place = dir + "00000000000000aa.snapshot"
        let old = dir + "0123456789abcdef.snapshot", oldLock = old + ".lock", recent = dir + "fedcba9876543210.snapshot"
        let notOurs = dir + "notes.snapshot"
        try openAndKeep(folder.path, place)
        let days = StoreSnapshot.forgottenAfterDays
        func age(_ path: String, days: Int) throws {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-Double(days) * 86_400)],
                                                  ofItemAtPath: path)
        }
        for file in [old, oldLock, recent, notOurs] {
            _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
            try age(file, days: days + 1)
        }
        try age(recent, days: days - 1)
        // A start that takes everything from this store's old snapshot marks it used.
        try age(place, days: days + 1)
        XCTAssertEqual(try Store.open(at: folder.path, snapshot: place).takenFromSnapshot, [.contacts, .journal])
        StoreSnapshot.removeForgotten(besides: recent)
        for (file, kept) in [(old, false), (oldLock, false), (recent, true), (notOurs, true), (place, true)] {
            XCTAssertEqual(FileManager.default.fileExists(atPath: file), kept, file)
        }
    }

    func testNoPlaceWhenTurnedOff() {
        setenv("CARNET_NO_SNAPSHOT", "1", 1)
        defer { unsetenv("CARNET_NO_SNAPSHOT") }
        XCTAssertNil(StoreSnapshot.place(forStore: "/tmp"))
    }
}
