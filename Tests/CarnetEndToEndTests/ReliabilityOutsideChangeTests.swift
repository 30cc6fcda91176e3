#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Promise 3 of docs/reliability.md: while a `Store` is open (as in the app), a change made
/// outside — an editor writing in place, one writing a new file and renaming it, a second
/// Carnet, `git checkout` — is noticed; a write over it is refused and leaves the file as
/// the outside writer left it; after `reload()` the write goes through.
final class ReliabilityOutsideChangeTests: XCTestCase {
    var folder: ScratchFolder!
    var dir: String { folder.path + "/store" }
    var contactsPath: String { dir + "/contacts" }

    override func setUp() {
        folder = ScratchFolder()
        let store = try! Store.create(at: dir)
        try! store.add(Contact(id: "alice-martin", name: "Alice Martin"))
    }

    /// Checks the whole promise for one way of changing `contacts` from outside.
    func assertNoticedRefusedThenWrittenAfterReload(_ how: String, change: () throws -> Void,
                                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let app = try Store.open(at: dir)
        XCTAssertEqual(app.outsideChanges(), [], how, file: file, line: line)
        try change()
        let outside = try XCTUnwrap(TortureFiles.bytes(contactsPath))
        XCTAssertEqual(app.outsideChanges(), [.contacts], "\(how) is noticed", file: file, line: line)
        XCTAssertThrowsError(try app.add(Contact(id: "from-the-app", name: "From The App")), how, file: file, line: line) { error in
            guard case StoreError.changedOutside(file: "contacts") = error else {
                return XCTFail("\(how): \(error)", file: file, line: line)
            }
            XCTAssertEqual("\(error)", "'contacts' was changed outside Carnet since it was read; reload before changing it",
                           file: file, line: line)
        }
        XCTAssertEqual(TortureFiles.bytes(contactsPath), outside, "\(how): the outside change is not written over", file: file, line: line)
        XCTAssertFalse(app.network.contains(id: "from-the-app"), "memory changes only once the disk has", file: file, line: line)
        try app.reload()
        XCTAssertEqual(app.outsideChanges(), [], file: file, line: line)
        try app.add(Contact(id: "from-the-app-\(UUID().uuidString.prefix(4).lowercased())", name: "From The App"))
        let now = try XCTUnwrap(TortureFiles.bytes(contactsPath))
        XCTAssertTrue(now.starts(with: outside), "\(how): the outside change is kept, the app's is added after it", file: file, line: line)
        XCTAssertEqual(StoreSnapshot.read(dir).errors, [], file: file, line: line)
    }

    func testAnEditorWritingInPlaceIsNoticedAndNeverWrittenOver() throws {
        try assertNoticedRefusedThenWrittenAfterReload("an in-place write") {
            let fd = open(contactsPath, O_WRONLY | O_APPEND)
            XCTAssertGreaterThanOrEqual(fd, 0)
            let text = "\nid: by-hand\nname: Written By Hand\n"
            _ = text.withCString { write(fd, $0, strlen($0)) }
            close(fd)
        }
    }

    /// Same size, same inode, and within the same second: only the content (and the
    /// nanoseconds of the time) tell.
    func testAnInPlaceEditOfTheSameSizeIsNoticed() throws {
        try assertNoticedRefusedThenWrittenAfterReload("an in-place write of the same size") {
            var bytes = try XCTUnwrap(TortureFiles.bytes(contactsPath))
            let i = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "M")))
            bytes[i] = UInt8(ascii: "N")  // Alice Martin → Alice Nartin
            let fd = open(contactsPath, O_WRONLY)
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
        }
    }

    func testAnEditorWritingANewFileAndRenamingItIsNoticed() throws {
        try assertNoticedRefusedThenWrittenAfterReload("write-new-and-rename") {
            let text = folder.read("store/contacts") + "\nid: from-vim\nname: From Vim\n"
            try text.write(toFile: dir + "/.contacts.swp", atomically: false, encoding: .utf8)
            XCTAssertEqual(rename(dir + "/.contacts.swp", contactsPath), 0)
        }
    }

    func testASecondCarnetWritingIsNoticed() throws {
        try assertNoticedRefusedThenWrittenAfterReload("a second Store") {
            let other = try Store.open(at: dir)
            try other.add(Contact(id: "from-the-other", name: "From The Other"))
        }
    }

    func testTheCommandLineWritingWhileTheAppIsOpenIsNoticed() throws {
        try assertNoticedRefusedThenWrittenAfterReload("carnet add") {
            let r = CarnetProcess.run(["add", "From The Shell"], dir: dir)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
    }

    func testGitCheckoutOfAnOlderVersionIsNoticed() throws {
        guard TortureFiles.which("git") else { throw XCTSkip("git is not installed") }
        let git = "git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false"
        XCTAssertEqual(TortureFiles.shell("\(git) init -q && \(git) add -A && \(git) commit -qm one", cwd: dir).status, 0)
        let second = try Store.open(at: dir)
        try second.add(Contact(id: "bob-leroy", name: "Bob Leroy"))
        XCTAssertEqual(TortureFiles.shell("\(git) commit -qam two", cwd: dir).status, 0)
        try assertNoticedRefusedThenWrittenAfterReload("git checkout") {
            let r = TortureFiles.shell("git checkout -q HEAD~1 -- contacts", cwd: dir)
            XCTAssertEqual(r.status, 0, r.output)
            XCTAssertFalse(folder.read("store/contacts").contains("bob-leroy"))
        }
    }

    /// The journal only grows: lines another Carnet appended are read in, not refused; a
    /// journal rewritten (an edit of its last lines) is refused.
    func testJournalLinesAppendedOutsideAreReadInAndARewrittenJournalIsRefused() throws {
        let app = try Store.open(at: dir)
        let day = Day(year: 2026, month: 11, day: 20)!
        XCTAssertEqual(CarnetProcess.run(["log", "alice", "--note", "from the shell"], dir: dir).status, 0)
        XCTAssertEqual(app.outsideChanges(), [.journal])
        try app.log(Interaction(date: day, people: ["alice-martin"], kind: "coffee", note: "from the app"))
        XCTAssertEqual(app.network.interactions.count, 2, "the shell's line was read in first")

        let journal = try XCTUnwrap(TortureFiles.bytes(dir + "/journal"))
        var edited = String(decoding: journal, as: UTF8.self)
        edited = edited.replacingOccurrences(of: "from the app", with: "FROM THE APP")
        try edited.write(toFile: dir + "/journal", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try app.log(Interaction(date: day, people: ["alice-martin"], kind: "call"))) { error in
            XCTAssertEqual("\(error)", "'journal' was changed outside Carnet since it was read; reload before changing it")
        }
        XCTAssertEqual(folder.read("store/journal"), edited)
        try app.reload()
        try app.log(Interaction(date: day, people: ["alice-martin"], kind: "call"))
        XCTAssertEqual(StoreSnapshot.read(dir).interactions, 3)
    }
}
