import Foundation
import XCTest
@testable import CarnetCore

final class StoreTests: XCTestCase {
    let handWritten = """
    # carnet contacts 1
    # People I know. Kept in git.

    id: alice-martin
    name: Alice Martin
    # she moved in 2025
    company: Acme
    circles: Anciens collègues,Club
    favourite-tea: sencha
    met: 2024-03-12 at devoxx-2024
    note: Met at Devoxx; into MLOps.
      A second line of the note.
      .
      After an empty line.

    # the next one I met through Alice
    id: bob-leroy
    name: Bob Leroy
    email: bob@example.com
    email: b.leroy@example.org

    """

    func testRoundTripKeepsCommentsUnknownKeysAndOrder() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", handWritten)
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems, [])
        let alice = try XCTUnwrap(store.network.contact(id: "alice-martin"))
        XCTAssertEqual(alice.circles, ["Anciens collègues", "Club"])
        XCTAssertEqual(alice.met, Contact.Met(date: day("2024-03-12"), event: "devoxx-2024"))
        XCTAssertEqual(alice.note, "Met at Devoxx; into MLOps.\nA second line of the note.\n\nAfter an empty line.")
        XCTAssertEqual(store.network.contact(id: "bob-leroy")?.emails, ["bob@example.com", "b.leroy@example.org"])

        // Saving Bob unchanged, then changing one field of Alice, rewrites only that line.
        try store.update(store.network.contact(id: "bob-leroy")!)
        XCTAssertEqual(folder.read("contacts"), handWritten)
        var changed = alice
        changed.company = "Acme Europe"
        try store.update(changed)
        XCTAssertEqual(folder.read("contacts"),
                       handWritten.replacingOccurrences(of: "company: Acme\n", with: "company: Acme Europe\n"))
        XCTAssertEqual(try Store.open(at: folder.path).network.contact(id: "alice-martin")?.company, "Acme Europe")
    }

    func testNewFieldsGoAtTheEndAndRemovedOnesDisappear() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", handWritten)
        let store = try Store.open(at: folder.path)
        var bob = store.network.contact(id: "bob-leroy")!
        bob.emails = ["bob@example.com"]
        bob.cadence = Cadence("6w")
        try store.update(bob)
        XCTAssertTrue(folder.read("contacts").hasSuffix("""
            id: bob-leroy
            name: Bob Leroy
            email: bob@example.com
            cadence: 6w

            """))
    }

    func testAddedContactAndLoggedInteractionReadBack() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(at: folder.path)
        var c = Contact(id: "wang-fang", name: "王芳")
        c.circles = ["Communauté Swift"]
        c.note = "Two lines\nof note"
        try store.add(c)
        try store.log(Interaction(date: day("2026-11-20"), people: ["wang-fang"], kind: "coffee",
                                  exchange: .gave("intro to \"Bob\""), note: "at Café: nice", followUp: day("2026-12-01")))
        let again = try Store.open(at: folder.path)
        XCTAssertEqual(again.problems, [])
        XCTAssertEqual(again.network.contact(id: "wang-fang"), c)
        let x = try XCTUnwrap(again.network.lastInteraction(of: "wang-fang"))
        XCTAssertEqual(x.exchange, .gave("intro to \"Bob\""))
        XCTAssertEqual(x.note, "at Café: nice")
        XCTAssertEqual(x.followUp, day("2026-12-01"))
        XCTAssertEqual(x.channel, .inPerson)
        XCTAssertTrue(folder.read("journal").hasSuffix(
            "2026-11-20 coffee @wang-fang gave:\"intro to \\\"Bob\\\"\" follow-up:2026-12-01 note:\"at Café: nice\"\n"))
    }

    func testAnInteractionNamingNoOneIsRefusedAndNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(at: folder.path)
        let before = folder.read("journal")
        XCTAssertThrowsError(try store.log(Interaction(date: day("2026-11-20"), people: [], kind: "call")))
        XCTAssertEqual(folder.read("journal"), before)
        XCTAssertEqual(store.network.interactions.count, 0)
    }

    func testErrorsNameFileLineAndWhat() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", """
            # carnet contacts 1

            id: a
            name: A
            met: 2026-13-01
            cadence: 3x

            id: a
            name: Again

            name: Nobody
            """)
        folder.write("journal", "# carnet journal 1\n2026-11-02 message @a asked:\"intro\n2026-11-03 call @ghost\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.description), [
            "contacts:5: '2026-13-01' is not a date in 'met' (write YYYY-MM-DD, optionally followed by 'at EVENT-ID')",
            "contacts:6: '3x' is not a cadence in 'cadence' (write 30d, 6w, 3m or 1y)",
            "contacts:8: the id 'a' is already used above",
            "contacts:11: this record has no 'id'",
            "journal:2: the quote opened after 'asked:' is never closed",
            "journal:3: no contact has the id 'ghost'",
        ])
        XCTAssertFalse(store.isWritable)
    }

    /// A field of one line continued on an indented line is a mistake at its line; a note
    /// may have several lines.
    func testOnlyANoteMayHaveSeveralLines() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "# carnet contacts 1\n\nid: a\nname: X\n  orphan\nnote: one\n  two\nx-mine: kept\n  too\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.description),
                       ["contacts:4: 'name' holds one line: the indented line after it continues it (only a note may have several)"])
    }

    /// A contacts file that cannot be read at all (a Latin-1 byte) is one error, not
    /// buried under a warning for every journal line naming the people it holds.
    func testAnUnreadableContactsFileIsOneErrorNotAWarningPerJournalLine() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "# carnet contacts 1\n\nid: a\nname: A\n")
        let path = folder.path + "/contacts"
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data([0x0A] + Array("id: f\nname: Fran".utf8) + [0xE7] + Array("ois\n".utf8)))
        try handle.close()
        folder.write("journal", "# carnet journal 1\n2026-11-02 call @a\n2026-11-03 call @f\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.description), ["contacts:7: this line is not valid UTF-8 (save the file as UTF-8)"])
    }

    /// A byte-order mark an editor put before a file's header is named, at line 1.
    func testAByteOrderMarkIsNamed() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "\u{FEFF}# carnet contacts 1\n\nid: a\nname: A\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.first?.description,
                       "contacts:1: the file begins with a byte-order mark (bytes EF BB BF, which some editors add): save it as UTF-8 without one")
        XCTAssertFalse(store.isWritable)
    }

    /// The small files are read before the contacts (while the journal's thread reads the
    /// journal), but mistakes are told in the files' order: contacts, circles, events,
    /// goals, journal.
    func testMistakesInEveryFileAreToldInTheFilesOrder() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "# carnet contacts 1\n\nid: a\nname: A\nnot a field\n")
        folder.write("circles", "# carnet circles 1\n\nname: Alumni\nnot a field either\n")
        folder.write("events", "# carnet events 1\n\nid: e1\nname: Dinner\ndate: 2026-11-01\nan events line\n")
        folder.write("goals", "# carnet goals 1\n\na goals line\n")
        folder.write("journal", "# carnet journal 1\n2026-11-02 call\n")
        let store = try Store.open(at: folder.path)
        let files = store.problems.map(\.file).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        XCTAssertEqual(files, ["contacts", "circles", "events", "goals", "journal"],
                       store.problems.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(store.problems.first?.description, "contacts:5: expected 'key: value', found 'not a field'")
    }

    /// Ids are indexed by their bytes, but one spelled with a composed "é" and one with "e"
    /// and a combining accent look the same and are the same id.
    func testIDsThatDifferOnlyInUnicodeCompositionAreDuplicates() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", "# carnet contacts 1\n\nid: ren\u{E9}\nname: A\n\nid: rene\u{301}\nname: B\n\nid: rene\nname: C\n")
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.description), ["contacts:6: the id 'ren\u{E9}' is already used above"])
        XCTAssertEqual(store.network.contacts.map(\.name), ["A", "C"])
    }

    func testRefusesToWriteOverAFileThatDidNotParse() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        let broken = "# carnet contacts 1\n\nid: a\nname: A\nbirthday: someday\n"
        folder.write("contacts", broken)
        let store = try Store.open(at: folder.path)
        XCTAssertThrowsError(try store.add(Contact(id: "b", name: "B"))) { error in
            guard case StoreError.readOnly = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.read("contacts"), broken)
    }

    func testAnOutsideEditThatKeepsSizeAndTimeIsStillNotWrittenOver() throws {
        let folder = TemporaryFolder()
        folder.write("contacts", "# carnet contacts 1\n\nid: a\nname: Ana\n")
        folder.write("journal", "# carnet journal 1\n")
        let path = folder.path + "/contacts"
        let time = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let store = try Store.open(at: folder.path)
        // Same size, same file, same modification time: only the content tells.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64("# carnet contacts 1\n\nid: a\nname: ".utf8.count))
        handle.write(Data("Eva".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: path)
        XCTAssertThrowsError(try store.add(Contact(id: "b", name: "B"))) { error in
            guard case StoreError.changedOutside(file: "contacts") = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.read("contacts"), "# carnet contacts 1\n\nid: a\nname: Eva\n")
    }

    func testRefusesToWriteOverAnOutsideChange() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(at: folder.path)
        try store.add(Contact(id: "a", name: "A"))
        let outside = "# carnet contacts 1\n\nid: a\nname: A, edited in vim\n"
        folder.write("contacts", outside)
        XCTAssertEqual(store.outsideChanges(), [.contacts])
        XCTAssertThrowsError(try store.add(Contact(id: "b", name: "B"))) { error in
            guard case StoreError.changedOutside(file: "contacts") = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.read("contacts"), outside)
        try store.reload()
        try store.add(Contact(id: "b", name: "B"))
        XCTAssertTrue(folder.read("contacts").hasPrefix(outside))
    }

    func testJournalAppendsFromAnotherProcessAreKeptButARewriteIsRefused() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(at: folder.path)
        try store.add(Contact(id: "a", name: "A"))
        try store.log(Interaction(date: day("2026-11-01"), people: ["a"], kind: "call"))
        let other = try Store.open(at: folder.path)
        try other.log(Interaction(date: day("2026-11-02"), people: ["a"], kind: "email"))
        try store.log(Interaction(date: day("2026-11-03"), people: ["a"], kind: "coffee"))
        XCTAssertEqual(store.network.interactions(of: "a").map(\.kind), ["call", "email", "coffee"])
        XCTAssertEqual(try Store.open(at: folder.path).network.interactions.count, 3)

        folder.write("journal", "# carnet journal 1\n2026-11-01 call @a\n")
        XCTAssertThrowsError(try store.log(Interaction(date: day("2026-11-04"), people: ["a"], kind: "call")))
        XCTAssertEqual(folder.read("journal"), "# carnet journal 1\n2026-11-01 call @a\n")
    }

    func testPrivateModesWhateverTheUmaskAndNoTempFilesLeft() throws {
        let folder = TemporaryFolder()
        let old = umask(0o022)
        defer { umask(old) }
        let store = try Store.create(at: folder.path + "/store")
        try store.add(Contact(id: "a", name: "A"))
        try store.log(Interaction(date: day("2026-11-01"), people: ["a"], kind: "call"))
        XCTAssertEqual(folder.mode("store") & 0o777, 0o700)
        for file in StoreFile.allCases {
            XCTAssertEqual(folder.mode("store/" + file.rawValue) & 0o777, 0o600, file.rawValue)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/store").sorted()
        XCTAssertEqual(names, [".lock", "circles", "contacts", "events", "goals", "journal"])
    }

    func testASecondWriterWaitsForTheLockThenGivesUpWithAMessage() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        let holder = try Store.open(at: folder.path, holdingLock: true)
        let other = try Store.open(at: folder.path)
        let lock = StoreLock(directory: folder.path)
        XCTAssertThrowsError(try lock.acquire(timeoutMilliseconds: 50)) { error in
            XCTAssertTrue("\(error)".contains("another Carnet is writing"), "\(error)")
        }
        holder.close()
        try other.add(Contact(id: "a", name: "A"))
    }

    func testGoalsObjectiveCirclesAndEventsRoundTrip() throws {
        let folder = TemporaryFolder()
        let store = try Store.create(at: folder.path)
        try store.add(Contact(id: "a", name: "A"))
        try store.save(Goal(.events, target: 2))
        try store.save(Goal(.kind("coffee"), target: 4))
        try store.save(Goal(.events, target: 3))
        try store.save(Objective(aim: .sectorChange, sectors: ["Santé numérique"], companies: ["Doctolib"]))
        try store.save(Circle(name: "Club Running", kind: "club", cadence: Cadence("30d")))
        var e = Event(id: "meetup-swift", name: "Swift Meetup", date: day("2026-11-18"))
        e.target = 3
        e.met = ["a"]
        try store.save(e)
        let again = try Store.open(at: folder.path)
        XCTAssertEqual(again.problems, [])
        XCTAssertEqual(again.network.goals, [Goal(.events, target: 3), Goal(.kind("coffee"), target: 4)])
        XCTAssertEqual(again.network.objective?.sectors, ["Santé numérique"])
        XCTAssertEqual(again.network.circle(named: "club running").cadence, Cadence("30d"))
        XCTAssertEqual(again.network.events, [e])
        XCTAssertEqual(folder.read("goals"), """
            # carnet goals 1

            goal: events
            target: 3

            goal: coffee
            target: 4

            objective: sector-change
            sectors: Santé numérique
            companies: Doctolib

            """)
    }

    func testInvalidUTF8IsReportedWithItsLine() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        var bytes = Array("# carnet contacts 1\n\nid: a\nname: A".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        _ = FileManager.default.createFile(atPath: folder.path + "/contacts", contents: Data(bytes))
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems.map(\.description), ["contacts:4: this line is not valid UTF-8 (save the file as UTF-8)"])
    }
}

final class StoreLineEndingTests: XCTestCase {
    func testACRLFFileKeepsCRLFOnTheLinesCarnetWrites() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        let original = "# carnet contacts 1\r\n\r\nid: a\r\nname: A\r\ncompany: Acme\r\n"
        folder.write("contacts", original)
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems, [])
        var a = store.network.contact(id: "a")!
        a.company = "Acme SAS"
        a.note = "one\ntwo"
        try store.update(a)
        try store.add(Contact(id: "b", name: "B"))
        XCTAssertEqual(folder.read("contacts"),
            "# carnet contacts 1\r\n\r\nid: a\r\nname: A\r\ncompany: Acme SAS\r\nnote: one\r\n  two\r\n\r\nid: b\r\nname: B\r\n")
        XCTAssertEqual(try Store.open(at: folder.path).network.contact(id: "a")?.note, "one\ntwo")
    }
}
