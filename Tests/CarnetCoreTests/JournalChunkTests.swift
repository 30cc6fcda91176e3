import XCTest
@testable import CarnetCore

/// The loader reads the journal a chunk at a time; what it reads — interactions, problems
/// and their lines, the length and the tail it remembers — must not depend on where the
/// chunks are cut, however the file is made.
final class JournalChunkTests: XCTestCase {
    private func assertChunkSizeDoesNotMatter(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/journal"
        try FileSystem.writeAtomically(bytes, to: path)
        let whole = try Store.journal(at: path, chunk: bytes.count + 1)
        XCTAssertEqual(whole.length, bytes.count, file: file, line: line)
        XCTAssertEqual(whole.tail, Array(bytes.suffix(4096)), file: file, line: line)
        // Read for a snapshot (the lines counted first) and without (estimated from the first chunk).
        for (chunk, digesting) in [1, 2, 3, 7, 64, 333].flatMap({ [($0, true), ($0, false)] }) {
            let cut = try Store.journal(at: path, chunk: chunk, digesting: digesting)
            XCTAssertEqual(cut.journal, whole.journal, "chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(cut.journal.map(\.line), whole.journal.map(\.line), "chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(cut.problems.map(\.description), whole.problems.map(\.description), "chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(cut.lines, whole.lines, "chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(cut.length, whole.length, "chunk \(chunk)", file: file, line: line)
            XCTAssertEqual(cut.tail, whole.tail, "chunk \(chunk)", file: file, line: line)
        }
        // Nor on where the main thread takes the end (`JournalShare`): from each line start.
        var taken = 0
        for from in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            for chunk in [3, 64, 1 << 16] {
                let shared = try Store.journal(at: path, chunk: chunk, digesting: false, mainThreadFrom: from)
                let label = "the main thread from byte \(from), chunk \(chunk)"
                if shared.taken { taken += 1 }
                XCTAssertEqual(shared.journal, whole.journal, label, file: file, line: line)
                XCTAssertEqual(shared.journal.map(\.line), whole.journal.map(\.line), label, file: file, line: line)
                XCTAssertEqual(shared.problems.map(\.description), whole.problems.map(\.description), label, file: file, line: line)
                XCTAssertEqual(shared.lines, whole.lines, label, file: file, line: line)
                XCTAssertEqual(shared.length, whole.length, label, file: file, line: line)
                XCTAssertEqual(shared.tail, whole.tail, label, file: file, line: line)
            }
        }
        // A part is taken wherever a line starts after the offset with something on it.
        if bytes.dropLast().contains(UInt8(ascii: "\n")) {
            XCTAssertGreaterThan(taken, 0, "the main thread took a part", file: file, line: line)
        }
    }

    private let lines = """
        # carnet journal 1
        2026-11-02 coffee @hélène-dupont gave:"une intro à Zoé" follow-up:2026-11-20
        2026-11-03 call @王芳 @bob note:"a quoted \\"note\\" with spaces"
        # a comment
        2026-11-04 message @bob asked:"conseil"
        2026-11-01 event @alice @bob event:devoxx-2026
        this line is wrong
        """

    func testAWellFormedJournalWithProblemsAndAccents() throws {
        try assertChunkSizeDoesNotMatter(Array((lines + "\n").utf8))
        let folder = TemporaryFolder()
        folder.write("journal", lines + "\n")
        let whole = try Store.journal(at: folder.path + "/journal", chunk: 1 << 20)
        XCTAssertEqual(whole.journal.count, 4)
        XCTAssertEqual(whole.problems.map(\.line), [7])
        XCTAssertEqual(whole.lines, 7)
    }

    func testCRLFAndAnUnfinishedLastLine() throws {
        try assertChunkSizeDoesNotMatter(Array(lines.replacingOccurrences(of: "\n", with: "\r\n").utf8)
                                         + Array("\r\n2026-11-05 call @alice".utf8))
    }

    func testALineLongerThanEveryChunk() throws {
        let long = "2026-11-06 coffee @alice note:\"" + String(repeating: "é", count: 700) + "\"\n"
        try assertChunkSizeDoesNotMatter(Array((lines + "\n" + long + long).utf8))
    }

    func testInvalidUTF8IsReportedBeforeAnEarlierNUL() throws {
        var bytes = Array((lines + "\n").utf8)
        bytes.insert(0, at: 30)                     // a NUL on line 2
        bytes += Array("2026-11-07 call @alice note:\"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)   // bad UTF-8, line 8
        try assertChunkSizeDoesNotMatter(bytes)
        let folder = TemporaryFolder()
        try FileSystem.writeAtomically(bytes, to: folder.path + "/journal")
        let read = try Store.journal(at: folder.path + "/journal", chunk: 5)
        XCTAssertEqual(read.problems.map(\.line), [8])
        XCTAssertTrue(read.journal.isEmpty)
        XCTAssertEqual(read.lines, 0)
    }

    func testANULAloneAndAnEmptyFile() throws {
        var bytes = Array((lines + "\n").utf8)
        bytes.insert(0, at: bytes.count - 3)
        try assertChunkSizeDoesNotMatter(bytes)
        try assertChunkSizeDoesNotMatter([])
    }

    func testAStoreReadsTheSameWhenTheMainThreadTakesTheEndOfTheJournal() throws {
        let folder = TemporaryFolder()
        try SyntheticNetwork.write(to: folder.path + "/s", people: 80, seed: 4, today: day("2026-11-22"))
        folder.write("s/journal", folder.read("s/journal") + "2026-11-21 call @nobody-known\nnot a line\n2026-11-22 call @bob")
        let one = try Store.open(at: folder.path + "/s", ordersByName: true, journalReading: .onePass)
        let shared = try Store.open(at: folder.path + "/s", ordersByName: true, journalReading: .shared)
        XCTAssertFalse(one.journalEndTakenOver)
        XCTAssertTrue(shared.journalEndTakenOver, "the main thread took the end")
        XCTAssertEqual(shared.network, one.network)
        XCTAssertEqual(shared.network.interactions.map(\.line), one.network.interactions.map(\.line))
        XCTAssertEqual(shared.problems.map(\.description), one.problems.map(\.description))
        XCTAssertEqual(shared.problems.count, 3, "a stranger, a bad line and an unfinished one")
        // The timelines are built from the joined journal.
        for c in one.network.contacts.prefix(20) {
            XCTAssertEqual(shared.network.interactions(of: c.id), one.network.interactions(of: c.id), c.id)
        }
    }

    func testASyntheticJournal() throws {
        let folder = TemporaryFolder()
        try SyntheticNetwork.write(to: folder.path + "/s", people: 60, seed: 9, today: day("2026-11-22"))
        try assertChunkSizeDoesNotMatter(Array(folder.read("s/journal").utf8))
    }
}
