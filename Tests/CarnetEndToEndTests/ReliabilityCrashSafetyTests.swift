#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Promise 1 of docs/reliability.md: killing Carnet at any moment of a write leaves the
/// store as it was before the write or as it is after it — never a mix, never an empty
/// file — and nothing left behind (temp file, lock) blocks the next start.
final class ReliabilityCrashSafetyTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
    }

    /// A store big enough that rewriting `contacts` takes a while: more moments to be killed in.
    func makeStore(people: Int, journalLines: Int) {
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        var contacts = "# carnet contacts 1\n# Written by ReliabilityCrashSafetyTests.\n"
        for i in 0..<people {
            contacts += "\nid: person-\(i)\nname: Person \(i)\ncompany: Start\ncircles: Club \(i % 7)\n"
            contacts += "note: A note long enough to make the file weigh something, line one.\n  And a second line.\n"
        }
        var journal = "# carnet journal 1\n"
        for i in 0..<journalLines {
            journal += "2026-0\(1 + i % 9)-1\(i % 10) coffee @person-\(i % people) note:\"line \(i)\"\n"
        }
        folder.write("store/contacts", contacts)
        folder.write("store/journal", journal)
    }

    enum Write: CaseIterable { case add, log, edit }

    func testKillingWritesAtRandomMomentsLeavesTheStateBeforeOrAfterAndNothingThatBlocksTheNextStart() throws {
        let seed = Torture.seed(default: 20_261_122)
        let iterations = Torture.iterations(200, torture: 2000)
        var random = SplitMix64(seed: seed)
        makeStore(people: 100, journalLines: 600)
        Torture.report("kill loop: seed \(seed) (replay with CARNET_SEED=\(seed)), \(iterations) iterations, store \(store)")

        // How long each write takes here, so that the kills are spread over the whole run,
        // including the moments of the write itself.
        var durations: [Write: Double] = [:]
        var nextName = 0
        func arguments(_ write: Write, _ i: Int) -> [String] {
            switch write {
            case .add: nextName += 1; return ["add", "Added \(nextName)", "--id", "added-\(nextName)", "--company", "New"]
            case .log: return ["log", "person-\(i % 100)", "--kind", "call", "--note", "kill loop \(i)"]
            case .edit: return ["edit", "person-\(i % 100)", "--company", "Company \(i)"]
            }
        }
        for write in Write.allCases {
            var runs: [Double] = []
            for _ in 0..<3 {
                let start = Torture.now()
                let p = try XCTUnwrap(SpawnedCarnet.start(arguments(write, 0), dir: store))
                XCTAssertEqual(p.wait(), 0, "\(write) should succeed when nobody kills it")
                runs.append(Torture.now() - start)
            }
            durations[write] = runs.sorted()[1]
        }
        Torture.report("kill loop: median unkilled durations " + Write.allCases.map { "\($0) \(Int(durations[$0]! * 1000)) ms" }.joined(separator: ", "))

        var before = StoreSnapshot.read(store)
        XCTAssertEqual(before.errors, [])
        var checking = 0.0
        var tally = (killed: 0, completed: 0, sawBefore: 0, sawAfter: 0, killedAfter: 0, tempLeft: 0, failures: 0)
        for i in 1...iterations {
            let write = Write.allCases[Int(random.next() % 3)]
            let person = "person-\(i % 100)"
            let args = arguments(write, i)
            // Half the kills 0–20 ms after the start, as the issue asks; on this slow (debug,
            // shared) machine that is still start-up, so the other half land late in the
            // run, where the store is read, changed and written.
            let fraction = Double(random.next() % 1_000_000) / 1_000_000
            let delay = random.next() % 2 == 0 ? fraction * 0.020 : durations[write]! * (0.6 + 0.5 * fraction)
            let tempsBefore = Set(TortureFiles.list(store).filter { $0.contains(".tmp-") })
            let p = try XCTUnwrap(SpawnedCarnet.start(args, dir: store))
            usleep(UInt32(delay * 1_000_000))
            p.kill()
            let status = p.wait()
            if status == 128 + SIGKILL { tally.killed += 1 } else { tally.completed += 1 }

            let checkStart = Torture.now()
            let after = StoreSnapshot.read(store)
            checking += Torture.now() - checkStart
            let context = "iteration \(i) (seed \(seed)): \(write) killed after \(Int(delay * 1000)) ms, status \(status)"
            XCTAssertEqual(after.errors, [], context)
            for name in ["contacts", "journal"] {
                let bytes = TortureFiles.bytes(store + "/" + name) ?? []
                XCTAssertTrue(bytes.starts(with: Array("# carnet \(name) 1\n".utf8)), "\(name) lost its header: \(context)")
            }
            var isAfter: Bool
            switch write {
            case .add:
                XCTAssertTrue([before.contacts, before.contacts + 1].contains(after.contacts), context)
                XCTAssertEqual(after.interactions, before.interactions, context)
                isAfter = after.contacts == before.contacts + 1
            case .log:
                XCTAssertTrue([before.interactions, before.interactions + 1].contains(after.interactions), context)
                XCTAssertEqual(after.contacts, before.contacts, context)
                isAfter = after.interactions == before.interactions + 1
            case .edit:
                let old = before.companies[person], new = "Company \(i)"
                XCTAssertTrue(after.companies[person] == old || after.companies[person] == new, context)
                var others = after.companies; others[person] = old
                XCTAssertEqual(others, before.companies, "only \(person) may change: \(context)")
                isAfter = after.companies[person] == new
            }
            if status == 0 {
                XCTAssertTrue(isAfter, "a write that reported success must be on disk: \(context)")
            }
            if isAfter { tally.sawAfter += 1 } else { tally.sawBefore += 1 }
            if isAfter && status != 0 { tally.killedAfter += 1 }
            let temps = Set(TortureFiles.list(store).filter { $0.contains(".tmp-") })
            tally.tempLeft += temps.subtracting(tempsBefore).count
            for name in temps.subtracting(tempsBefore) {
                XCTAssertEqual(TortureFiles.mode(store + "/" + name), 0o600, "\(name) is private: \(context)")
            }
            if after.errors != [] { tally.failures += 1 }
            before = after

            // Every so often a write nobody kills: it must go through at once, whatever the
            // dead ones left behind (temp files, the lock file with a dead pid inside).
            if i % 25 == 0 {
                let r = CarnetProcess.run(["add", "Unkilled \(i)", "--id", "unkilled-\(i)"], dir: store)
                XCTAssertEqual(r.status, 0, "\(context); next start: \(r.stderr)")
                before = StoreSnapshot.read(store)
            }
        }
        let last = CarnetProcess.run(["add", "The Last One"], dir: store)
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).status, 0)
        let leftovers = TortureFiles.list(store).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "temp files of dead writers are cleaned by the next write")
        Torture.report("kill loop: \(iterations) iterations, \(tally.killed) killed, \(tally.completed) finished first; "
            + "state before \(tally.sawBefore), after \(tally.sawAfter) (of which killed after writing, before exiting: \(tally.killedAfter)); temp files left by a kill \(tally.tempLeft) "
            + "(all cleaned); stores that failed to parse or mixed states: \(tally.failures); \(Int(checking)) s spent checking")
    }

    /// A writer killed between creating its temp file and renaming it leaves
    /// `.contacts.tmp-PID`: the store ignores it, and the next write of `contacts` removes
    /// it once that process is gone (a live one's is left alone).
    func testTempFilesOfKilledWritersAreIgnoredThenCleanedByTheNextWrite() throws {
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        XCTAssertEqual(CarnetProcess.run(["add", "Alice Martin"], dir: store).status, 0)
        let dead = try XCTUnwrap(SpawnedCarnet.start(["--version"], dir: store))
        dead.wait()
        let stale = ".contacts.tmp-\(dead.pid)", live = ".contacts.tmp-\(getpid())"
        folder.write("store/" + stale, "# carnet contacts 1\n\nid: half-writ")
        folder.write("store/" + live, "not ours to remove")
        let check = CarnetProcess.run(["check"], dir: store)
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertEqual(check.stdout, "ok: 1 people, 0 circles, 0 interactions, 0 events\n")
        XCTAssertEqual(CarnetProcess.run(["add", "Bob Leroy"], dir: store).status, 0)
        let files = TortureFiles.list(store)
        XCTAssertFalse(files.contains(stale), "\(files)")
        XCTAssertTrue(files.contains(live), "\(files)")
        XCTAssertEqual(StoreSnapshot.read(store).contacts, 2)
    }
}
