import XCTest
@testable import CarnetCore

/// The journal's compact form: every line read back as the interaction it was written as.
final class JournalTests: XCTestCase {
    private func parse(_ line: String, number: Int = 7) -> Result<Interaction, JournalProblem> {
        JournalLine.parse(Array(line.utf8)[...], line: number)
    }

    private func interaction(_ line: String) throws -> Interaction {
        try parse(line).get()
    }

    func testEveryFieldOfALineReadsBack() throws {
        let x = try interaction(#"2026-11-20 coffee @ana @bo-2 @chen gave:"intro to Bob" channel:online event:devoxx-2026 follow-up:2026-12-01 note:"said \"yes\"\nthen left""#)
        XCTAssertEqual(x, Interaction(date: day("2026-11-20"), people: ["ana", "bo-2", "chen"], kind: "coffee",
                                      channel: .online, exchange: .gave("intro to Bob"),
                                      note: "said \"yes\"\nthen left", followUp: day("2026-12-01"),
                                      event: "devoxx-2026", line: 7))
    }

    func testWordsOfEveryLengthEndAtASpaceOrATab() throws {
        for length in 1...20 {
            let id = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2 + 1)
            for blank in [" ", "\t", "  \t "] {
                let x = try interaction("2026-11-20\(blank)call\(blank)@\(id)\(blank)@b-\(id)\(blank)event:\(id)-e\(blank)")
                XCTAssertEqual(x.people, [id, "b-" + id])
                XCTAssertEqual(x.event, id + "-e")
                XCTAssertEqual(x.kind, "call")
            }
        }
    }

    /// Dates are found again by their bytes when a line has the one before's: a change in
    /// any byte, or an impossible date after a good one, is read as itself.
    func testEachLinesDateIsItsOwn() {
        let dates = ["2026-02-03", "2026-02-03", "2026-02-04", "2026-02-30", "2026-02-04", "2026-12-04",
                     "2026-02-04", "2026-02-0x", "2025-02-04", "2026-02-04"]
        var journal = Journal()
        var problems: [Int] = []
        for (n, date) in dates.enumerated() {
            let line = Array("\(date) call @ana".utf8)
            let problem = line.withUnsafeBufferPointer {
                JournalLine.parse($0, from: 0, to: $0.count, line: n + 1, into: &journal)
            }
            if problem != nil { problems.append(n + 1) }
        }
        XCTAssertEqual(problems, [4, 8])
        XCTAssertEqual(journal.map(\.date), dates.compactMap { Day($0) })
    }

    func testKeysMayComeBeforeThePeopleAndUnknownKeysAreIgnored() throws {
        let x = try interaction(#"2026-11-20 call mood:great received:"a lead" @ana @bo"#)
        XCTAssertEqual(x.people, ["ana", "bo"])
        XCTAssertEqual(x.exchange, .received("a lead"))
        XCTAssertEqual(x.channel, .phone, "a call's usual channel")
    }

    func testAnEmptyQuotedNoteIsKeptApartFromNoNote() throws {
        XCTAssertEqual(try interaction(#"2026-11-20 call @ana note:"""#).note, "")
        XCTAssertNil(try interaction("2026-11-20 call @ana").note)
    }

    /// A key given twice on a line, or two of gave/asked/received, is a mistake at its
    /// line: the last one was taken and the others lost without a word. Keys Carnet does
    /// not read may repeat.
    func testAKeyGivenTwiceIsAMistake() {
        func problem(_ line: String) -> String? {
            if case .failure(let p) = parse(line) { return p.message }
            return nil
        }
        XCTAssertEqual(problem(#"2026-11-30 coffee @k gave:"G" asked:"A""#), "a line has at most one of gave:, asked: and received:")
        XCTAssertEqual(problem(#"2026-11-30 coffee @k received:"R" gave:"G""#), "a line has at most one of gave:, asked: and received:")
        XCTAssertEqual(problem(#"2026-11-30 coffee @k note:"a" note:"b""#), "'note:' is given twice on this line")
        XCTAssertEqual(problem("2026-11-30 coffee @k channel:phone channel:online"), "'channel:' is given twice on this line")
        XCTAssertEqual(problem("2026-11-30 coffee @k follow-up:2026-12-01 follow-up:2026-12-02"), "'follow-up:' is given twice on this line")
        XCTAssertNil(problem("2026-11-30 coffee @k mood:good mood:better gave:x note:y event:e channel:phone follow-up:2026-12-01"))
    }

    func testABadLineLeavesNothingBehind() {
        var journal = Journal()
        let lines = [#"2026-11-20 call @ana note:"kept""#, #"2026-11-21 call note:"lost" channel:fax @bo"#,
                     #"2026-11-22 meal @chen gave:"a book""#]
        var problems: [String] = []
        for (n, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            if let p = bytes.withUnsafeBufferPointer({ JournalLine.parse($0, from: 0, to: $0.count, line: n + 1, into: &journal) }) {
                problems.append(p.message)
            }
        }
        XCTAssertEqual(problems, ["'fax' is not a channel (in-person, phone, written, online)"])
        XCTAssertEqual(journal.map(\.note), ["kept", nil])
        XCTAssertEqual(journal.map(\.exchange), [.neutral, .gave("a book")])
        XCTAssertEqual(journal.map(\.line), [1, 3])
    }

    /// The people after the first go to the journal's groups as they are read: a line that
    /// fails after naming several takes them back, as it does its texts.
    func testABadLineNamingSeveralLeavesNoOneBehind() {
        var journal = Journal()
        let lines = ["2026-11-20 call @ana @bo", "2026-11-21 call @chen @dora @eve channel:fax",
                     "2026-11-22 meal @fred @gus note:\"x\"", "2026-11-23 meal @hal @ida oops", "2026-11-24 call @jo @kim"]
        var failed: [Int] = []
        for (n, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            if bytes.withUnsafeBufferPointer({ JournalLine.parse($0, from: 0, to: $0.count, line: n + 1, into: &journal) }) != nil {
                failed.append(n + 1)
            }
        }
        XCTAssertEqual(failed, [2, 4])
        XCTAssertEqual(journal.map(\.people), [["ana", "bo"], ["fred", "gus"], ["jo", "kim"]])
        XCTAssertEqual(journal.map(\.line), [1, 3, 5])
        XCTAssertEqual(journal.parts.groups.map { journal.parts.people[Int($0)] }, ["bo", "gus", "kim"])
        XCTAssertEqual(journal.parts.texts, Array("x".utf8))
    }

    func testProblemsAreTheSameAsBefore() {
        func message(_ line: String) -> String? {
            if case .failure(let p) = parse(line) { return p.message }
            return nil
        }
        XCTAssertEqual(message("2026-13-01 call @ana"), "'2026-13-01' is not a date (each line starts with YYYY-MM-DD)")
        XCTAssertEqual(message("2026-11-20 @ana"), "the date must be followed by a kind (coffee, call, message…)")
        XCTAssertEqual(message("2026-11-20 call"), "no one is named on this line (write @id for each person)")
        XCTAssertEqual(message("2026-11-20 call @"), "'@' must be followed by a person's id")
        XCTAssertEqual(message("2026-11-20 call @ana oops"), "'oops' is neither '@person' nor 'key:value'")
        XCTAssertEqual(message(#"2026-11-20 call @ana note:"open"#), "the quote opened after 'note:' is never closed")
        XCTAssertEqual(message("2026-11-20 call @ana follow-up:soon"), "'soon' is not a date in 'follow-up'")
    }

    func testManyKindsAndEmptyEventsAreKeptApart() throws {
        var journal = Journal()
        let kinds = (0..<40).map { "kind-\($0)" } + ["call", "kind-3"]
        for (n, kind) in kinds.enumerated() {
            let line = Array("2026-11-20 \(kind) @ana event: note:\"\(n)\"".utf8)
            XCTAssertNil(line.withUnsafeBufferPointer { JournalLine.parse($0, from: 0, to: $0.count, line: n + 1, into: &journal) })
        }
        XCTAssertEqual(journal.map(\.kind), kinds)
        XCTAssertEqual(journal.map(\.event), Array(repeating: "", count: kinds.count))
        XCTAssertEqual(journal.kindNumber("kind-3"), 3)
        XCTAssertEqual(try interaction(#"2026-11-20 call @ana event:"""#).event, "")
    }

    func testBuiltFromInteractionsItGivesThemBack() {
        let xs = [
            Interaction(date: day("2026-01-02"), people: ["a"], kind: "coffee", line: 2),
            Interaction(date: day("2026-01-03"), people: ["b", "a"], kind: "call", channel: .online,
                        exchange: .asked("a favour"), note: "", followUp: day("2026-02-01"), event: "e1", line: 3),
            Interaction(date: day("2025-12-30"), people: ["c"], kind: "a-kind-of-its-own", exchange: .received(""), line: 4),
        ]
        let journal = Journal(xs)
        XCTAssertEqual(Array(journal), xs)
        XCTAssertEqual(journal.kindNumber("call"), 1)
        XCTAssertNil(journal.kindNumber("meal"))
        XCTAssertEqual(journal.event(at: 1), "e1")
        XCTAssertNil(journal.event(at: 0))
        journal.withUnsafeEntries { entries in
            XCTAssertEqual(entries.map(\.date), xs.map(\.date))
            XCTAssertEqual(entries.map(\.followUp), xs.map(\.followUp))
            XCTAssertEqual(entries.map(\.exchange), [.neutral, .asked, .received])
        }
    }

    /// Also across the batches in which the loader numbers the ids it read (`Journal.peopleBatch`).
    func testTheLoadedJournalMatchesTheFileLineForLine() throws {
        let folder = TemporaryFolder()
        try SyntheticNetwork.write(to: folder.path + "/s", people: 800, seed: 5, today: day("2026-11-22"))
        let store = try Store.open(at: folder.path + "/s")
        let text = folder.read("s/journal")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.last, "")
        lines.removeLast()
        var named = 0
        for x in store.network.interactions {
            let written = lines[x.line - 1]
            XCTAssertEqual(try interaction(written).people, x.people, written)
            XCTAssertEqual(JournalLine.format(x), JournalLine.format(try interaction(written)))
            named += x.people.count
        }
        XCTAssertGreaterThan(named, 2 * Journal.peopleBatch)
    }
}

/// Each person's lines as one array for everyone, which a snapshot keeps: checked before use.
final class LinesByPersonTests: XCTestCase {
    private let journal = Journal([
        Interaction(date: Day("2026-11-20")!, people: ["ana", "bo"], kind: "coffee"),
        Interaction(date: Day("2026-11-10")!, people: ["bo"], kind: "call"),  // logged late
        Interaction(date: Day("2026-11-21")!, people: ["chen", "ana"], kind: "meal"),
    ])

    func testEachPersonsLinesOldestFirst() {
        let byPerson = journal.linesByPerson()
        let people = journal.people.strings
        func lines(_ id: String) -> [Int32] { Array(byPerson.lines[byPerson.range(of: people.firstIndex(of: id)!)]) }
        XCTAssertEqual(lines("ana"), [0, 2])
        XCTAssertEqual(lines("bo"), [1, 0])
        XCTAssertEqual(lines("chen"), [2])
        XCTAssertTrue(byPerson.fits(journal))
    }

    func testAGroupingThatDoesNotFitItsJournalIsRefused() {
        let good = journal.linesByPerson()
        var past = good; past.lines[0] = 3
        var negative = good; negative.lines[1] = -1
        var short = good; short.starts.removeLast()
        var overlapping = good; overlapping.starts[1] = overlapping.starts[2] + 1
        var longer = good; longer.lines.append(0)
        for (bad, what) in [(past, "a line past the journal"), (negative, "a negative line"), (short, "a person missing"),
                            (overlapping, "starts going back"), (longer, "lines after the last person's")] {
            XCTAssertFalse(bad.fits(journal), what)
        }
        XCTAssertFalse(good.fits(Journal()), "another journal")
    }
}
