import XCTest
@testable import CarnetCore

final class SyntheticNetworkTests: XCTestCase {
    let today = day("2026-11-20")

    func testASmallNetworkLoadsWithoutAnyProblem() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/store"
        let summary = try SyntheticNetwork.write(to: path, people: 300, seed: 7, today: today)
        let store = try Store.open(at: path)
        XCTAssertEqual(store.problems, [])
        XCTAssertTrue(store.isWritable)
        let network = store.network
        XCTAssertEqual(network.contacts.count, 300)
        XCTAssertEqual(summary.people, 300)
        XCTAssertEqual(network.interactions.count, summary.interactions)
        XCTAssertGreaterThanOrEqual(network.interactions.count, 3000)
        XCTAssertEqual(network.circles.count, summary.circles)
        XCTAssertEqual(network.events.count, summary.events)
        XCTAssertEqual(network.goals.count, 5)
        XCTAssertEqual(network.objective?.aim, .jobSearch)
        XCTAssertEqual(Set(network.contacts.map(\.id)).count, 300, "ids are unique")

        // What makes it realistic: accents, CJK, repeated names, year-less birthdays,
        // imported people, notes on several lines, unknown keys kept for the round trip.
        XCTAssertTrue(network.contacts.contains { $0.name.unicodeScalars.contains { $0.value >= 0x3000 } })
        XCTAssertTrue(network.contacts.contains { $0.name.unicodeScalars.contains { (0xC0...0x17F).contains($0.value) } })
        XCTAssertTrue(network.contacts.contains { $0.birthday != nil && $0.birthday?.year == nil })
        XCTAssertTrue(network.contacts.contains { $0.source != nil })
        XCTAssertTrue(network.contacts.contains { $0.note?.contains("\n") == true })
        XCTAssertTrue(network.contacts.contains { $0.met?.event != nil })
        XCTAssertTrue(network.interactions.allSatisfy { $0.date <= today })
        XCTAssertTrue(network.interactions.contains { if case .gave = $0.exchange { return true } else { return false } })
        XCTAssertTrue(folder.read("store/contacts").contains("x-crm-id: "))
        XCTAssertEqual(folder.mode("store") & 0o777, 0o700)
        XCTAssertEqual(folder.mode("store/journal") & 0o777, 0o600)
        for c in network.contacts {
            for id in [c.id] { XCTAssertTrue(ContactRecord.isValidID(id), id) }
        }
        // Imported people are never in the journal.
        let contacted = Set(network.interactions.flatMap(\.people))
        XCTAssertTrue(network.contacts.filter { $0.source != nil }.allSatisfy { !contacted.contains($0.id) })
    }

    func testTheSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        let a = SyntheticNetwork.files(people: 200, seed: 42, today: today)
        let b = SyntheticNetwork.files(people: 200, seed: 42, today: today)
        let c = SyntheticNetwork.files(people: 200, seed: 43, today: today)
        XCTAssertEqual(a.map(\.bytes), b.map(\.bytes))
        XCTAssertNotEqual(a.map(\.bytes), c.map(\.bytes))
    }

    func testTheGeneratorIsAKnownSequence() {
        // xoshiro256** seeded by SplitMix64(0): pinned so the data never drifts silently.
        var r = SyntheticRandom(seed: 0)
        let first = (0..<3).map { _ in r.next() }
        var again = SyntheticRandom(seed: 0)
        XCTAssertEqual(first, (0..<3).map { _ in again.next() })
        XCTAssertNotEqual(first[0], first[1])
        for bound in [1, 2, 7, 1000] { XCTAssertTrue((0..<bound).contains(r.below(bound))) }
    }

    func testAnExistingStoreIsNotReplaced() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path + "/s")
        XCTAssertThrowsError(try SyntheticNetwork.write(to: folder.path + "/s", people: 10, today: today))
    }

    func testZeroPeopleIsAnEmptyButValidStore() throws {
        let folder = TemporaryFolder()
        try SyntheticNetwork.write(to: folder.path + "/s", people: 0, today: today)
        let store = try Store.open(at: folder.path + "/s")
        XCTAssertEqual(store.problems, [])
        XCTAssertEqual(store.network.contacts.count, 0)
    }

    /// The loader resolves journal ids while reading; the result must be what the plain
    /// public initialiser (which looks every id up) gives.
    func testTheLoadersIndexesMatchAPlainNetwork() throws {
        let folder = TemporaryFolder()
        try SyntheticNetwork.write(to: folder.path + "/s", people: 200, seed: 3, today: today)
        let loaded = try Store.open(at: folder.path + "/s").network
        let plain = Network(contacts: loaded.contacts, circles: loaded.circles, interactions: Array(loaded.interactions),
                            events: loaded.events, goals: loaded.goals, objective: loaded.objective)
        for c in loaded.contacts {
            let mine = loaded.interactions(of: c.id)
            XCTAssertEqual(mine, plain.interactions(of: c.id))
            XCTAssertEqual(mine.map(\.date), mine.map(\.date).sorted(), "oldest first, even for lines logged late")
            XCTAssertEqual(loaded.lastInteraction(of: c.id), plain.lastInteraction(of: c.id))
        }
        for e in loaded.events { XCTAssertEqual(loaded.event(id: e.id), e) }
    }

    func testUnknownJournalIdsWarnAndComeBackWhenThePersonIsAdded() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "# carnet contacts 1\n\nid: ana\nname: Ana\n")
        folder.write("journal", "# carnet journal 1\n2026-01-02 call @ana @ghost\n2026-01-01 coffee @ghost\n2026-01-03 x @ana\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.line), [2, 3])
        XCTAssertTrue(store.problems.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(store.network.interactions(of: "ghost").map(\.line), [3, 2])
        XCTAssertEqual(store.network.interactions(of: "ana").map(\.line), [2, 4])
        var network = store.network
        network.upsert(Contact(id: "ghost", name: "Ghost"))
        XCTAssertEqual(network.interactions(of: "ghost").map(\.line), [3, 2])
        network.append(Interaction(date: day("2025-12-31"), people: ["ghost"], kind: "call", line: 9))
        XCTAssertEqual(network.interactions(of: "ghost").map(\.line), [9, 3, 2])
    }
}
