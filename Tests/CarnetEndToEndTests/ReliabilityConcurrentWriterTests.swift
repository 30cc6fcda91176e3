#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Promise 2 of docs/reliability.md: two writers at once lose nothing; one that must
/// wait waits, and one that waits too long says so in words.
final class ReliabilityConcurrentWriterTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
    }

    /// Runs `count` commands one after the other on a background thread; returns their statuses.
    func loop(_ count: Int, _ arguments: @escaping @Sendable (Int) -> [String]) -> () -> [Int32] {
        let dir = store
        let box = StatusBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            for i in 0..<count {
                let err = dir + "/../err-\(UUID().uuidString)"
                let p = SpawnedCarnet.start(arguments(i), dir: dir, stderrPath: err)
                let status = p?.wait() ?? -1
                if status != 0 { box.append(status, (try? String(contentsOfFile: err, encoding: .utf8)) ?? "") }
                else { box.append(0, "") }
                unlink(err)
            }
            done.signal()
        }
        return { done.wait(); return box.statuses }
    }

    func testTwoLoopsOfConcurrentLogCallsLeaveExactlyEveryInteraction() {
        let perLoop = Torture.iterations(100, torture: 500)
        XCTAssertEqual(CarnetProcess.run(["add", "Alice Martin"], dir: store).status, 0)
        XCTAssertEqual(CarnetProcess.run(["add", "Bob Leroy"], dir: store).status, 0)
        let start = Torture.now()
        let a = loop(perLoop) { ["log", "alice", "--kind", "call", "--note", "from A \($0)"] }
        let b = loop(perLoop) { ["log", "bob", "--kind", "coffee", "--note", "from B \($0)"] }
        let statuses = a() + b()
        XCTAssertEqual(statuses.filter { $0 != 0 }, [], "every log succeeds (the second waits for the lock)")
        let snapshot = StoreSnapshot.read(store)
        XCTAssertEqual(snapshot.errors, [])
        XCTAssertEqual(snapshot.interactions, 2 * perLoop)
        let journal = folder.read("store/journal")
        for i in 0..<perLoop {
            XCTAssertTrue(journal.contains("note:\"from A \(i)\"\n"), "A \(i) is lost")
            XCTAssertTrue(journal.contains("note:\"from B \(i)\"\n"), "B \(i) is lost")
        }
        Torture.report("two writers: 2 × \(perLoop) concurrent 'carnet log' in \(String(format: "%.1f", Torture.now() - start)) s → \(snapshot.interactions) interactions, lost \(2 * perLoop - snapshot.interactions)")
    }

    func testConcurrentAddsOfDifferentPeopleAllLand() {
        let perLoop = Torture.iterations(10, torture: 100)
        let a = loop(perLoop) { ["add", "Ana \($0)", "--company", "A"] }
        let b = loop(perLoop) { ["add", "Bruno \($0)", "--company", "B"] }
        let statuses = a() + b()
        XCTAssertEqual(statuses.filter { $0 != 0 }, [])
        let snapshot = StoreSnapshot.read(store)
        XCTAssertEqual(snapshot.errors, [])
        XCTAssertEqual(snapshot.contacts, 2 * perLoop, "a second writer re-reads the store under the lock")
        Torture.report("two writers: 2 × \(perLoop) concurrent 'carnet add' → \(snapshot.contacts) people, lost \(2 * perLoop - snapshot.contacts)")
    }

    /// The open app (a `Store` in this process) and the command line, writing together.
    func testTheOpenAppAndTheCommandLineLoggingTogetherLoseNothing() throws {
        let count = Torture.iterations(30, torture: 200)
        XCTAssertEqual(CarnetProcess.run(["add", "Alice Martin"], dir: store).status, 0)
        let app = try Store.open(at: store)
        let cli = loop(count) { ["log", "alice", "--kind", "call", "--note", "cli \($0)"] }
        for i in 0..<count {
            try app.log(Interaction(date: Day(year: 2026, month: 11, day: 20)!, people: ["alice-martin"],
                                    kind: "coffee", note: "app \(i)"))
        }
        XCTAssertEqual(cli().filter { $0 != 0 }, [])
        XCTAssertEqual(StoreSnapshot.read(store).interactions, 2 * count)
        try app.reload()
        XCTAssertEqual(app.network.interactions.count, 2 * count)
        Torture.report("two writers: app + CLI, 2 × \(count) interactions → \(app.network.interactions.count)")
    }

    /// Someone holds the lock for longer than a writer waits (5 s): the writer says so.
    func testAWriterThatWaitsTooLongSaysAnotherCarnetIsWriting() throws {
        let fd = open(store + "/.lock", O_RDWR | O_CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        let contactsBefore = TortureFiles.bytes(store + "/contacts")
        let start = Torture.now()
        let r = CarnetProcess.run(["add", "Blocked Person"], dir: store)
        let waited = Torture.now() - start
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "carnet: another Carnet is writing to this store (process \(getpid())); try again in a moment\n")
        XCTAssertGreaterThanOrEqual(waited, 4.5, "it waited for the lock before giving up")
        XCTAssertEqual(TortureFiles.bytes(store + "/contacts"), contactsBefore)
        flock(fd, LOCK_UN)
        XCTAssertEqual(CarnetProcess.run(["add", "Blocked Person"], dir: store).status, 0, "once free, the next write goes through")
    }

    /// A writer that must wait a moment waits instead of failing.
    func testAWriterThatMustWaitAMomentWaits() throws {
        let fd = open(store + "/.lock", O_RDWR | O_CREAT, 0o600)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX), 0)
        let p = try XCTUnwrap(SpawnedCarnet.start(["add", "Patient Person"], dir: store))
        usleep(700_000)
        XCTAssertNil(p.wait(atMost: 0.01), "still waiting for the lock")
        flock(fd, LOCK_UN)
        XCTAssertEqual(p.wait(atMost: 5), 0)
        XCTAssertEqual(StoreSnapshot.read(store).contacts, 1)
    }
}

final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32] = []
    private var messages: [String] = []
    func append(_ status: Int32, _ message: String) {
        lock.lock(); values.append(status); if !message.isEmpty { messages.append(message) }; lock.unlock()
    }
    var statuses: [Int32] { lock.lock(); defer { lock.unlock() }; return values }
}
