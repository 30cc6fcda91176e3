import Foundation
import XCTest
@testable import CarnetCore
@testable import CarnetUI

/// The first screen a start keeps for the next one, shown while the store is read
/// (docs/store-format.md, "The first screen"): whatever happened in between, what stays on
/// the screen is what the store gives.
final class TmuxFirstScreenTests: TmuxTestCase {
    private var keptScreen: String? {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/carnet")) ?? [])
            .first { $0.hasSuffix(".snapshot.screen") }.map { cache + "/carnet/" + $0 }
    }

    private func keptTime() -> Date? {
        keptScreen.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }
    }

    private func waitForKeptScreen(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while keptScreen == nil && Date() < deadline { usleep(20_000) }
        XCTAssertNotNil(keptScreen, "the first start should keep its first screen in \(cache)/carnet", file: file, line: line)
    }

    /// Where the kept file's screen lies: after the magic, the build, and the key (the day,
    /// the size, each store file's fingerprint or none), as a count and the bytes; then
    /// whether the frames kept for the first keys are complete, a count of them and each as
    /// a count and bytes; the hash last.
    private func screenBytes(of file: [UInt8]) -> Range<Int>? { parts(of: file)?.screen }

    private func parts(of file: [UInt8]) -> (screen: Range<Int>, complete: Bool, answers: Int)? {
        func number(_ at: Int) -> Int? {
            at + 8 <= file.count ? file[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | Int($1) } : nil
        }
        var at = 16 + 8 + 3 * 8
        guard let files = number(at) else { return nil }
        at += 8
        for _ in 0..<files {
            guard let count = number(at) else { return nil }
            at += 8 + count * MemoryLayout<FileSystem.Fingerprint>.stride
        }
        guard let count = number(at) else { return nil }
        let screen = (at + 8)..<(at + 8 + count)
        at = screen.upperBound
        guard let complete = number(at), let answers = number(at + 8) else { return nil }
        at += 16
        for _ in 0..<answers {
            guard let count = number(at) else { return nil }
            at += 8 + count
        }
        return at + 8 == file.count ? (screen, complete == 1, answers) : nil
    }

    /// The screen the last start kept, read as the app reads it but for the key (this test's
    /// process is another build).
    private func keptCanvas() throws -> Canvas? {
        let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(keptScreen))))
        return screenBytes(of: file).flatMap { Canvas(bytes: Array(file[$0])) }
    }

    /// The screen a start without any kept screen or snapshot shows, to compare with.
    private func screenReadFromText(ready: String = "Alice Martin") throws -> String {
        let tmux = try open(environment: ["CARNET_NO_SNAPSHOT": "1"], ready: ready)
        let screen = tmux.screen()
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        return screen
    }

    /// The three-person store, started once at 80×24 and quit: its first screen is kept.
    private func keepAFirstScreen(file: StaticString = #filePath, line: UInt = #line) throws {
        makeStore(file: file, line: line)
        let tmux = try open(file: file, line: line)
        waitForKeptScreen(file: file, line: line)
        quit(tmux)
    }

    private func quit(_ tmux: TmuxSession) {
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    func testTheNextStartShowsTheSameScreenAndAnOutsideEditIsShown() throws {
        makeStore()
        var tmux = try open()
        waitForKeptScreen()
        let first = tmux.screen()
        quit(tmux)

        tmux = try open()
        XCTAssertEqual(tmux.screen(), first)
        // Still the app, not a picture of it: the keys work.
        tmux.send("/")
        tmux.type("chlo")
        tmux.waitGone("Bruno Leroy")
        tmux.send("Escape", "Escape")
        quit(tmux)

        // Bruno called yesterday, logged by another program while Carnet was closed.
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: store + "/journal"))
        journal.seekToEndOfFile()
        journal.write(Data("2026-11-21 call @bruno-leroy\n".utf8))
        journal.closeFile()
        tmux = try open(ready: "1d")
        let edited = tmux.screen()
        XCTAssertNotEqual(edited, first)
        quit(tmux)
        XCTAssertEqual(try screenReadFromText(), edited)
    }

    /// A snooze changes the contacts file: quitting keeps the first screen the next start
    /// will give, and that start shows what reading the files shows.
    func testAChangeMadeInTheSessionIsOnTheNextFirstScreen() throws {
        makeStore()
        let tmux = try open(width: 120, height: 40)
        waitForKeptScreen()
        // Written again a second after the first frame, with the frames across the panes.
        waitUntilComplete()
        let before = try XCTUnwrap(keptTime())
        usleep(20_000)
        snoozeAliceForAWeek(tmux)
        tmux.send("Escape", "Escape", "q")
        tmux.waitFor("carnet exited 0")
        XCTAssertGreaterThan(try XCTUnwrap(keptTime()), before, "quitting after a change keeps a new first screen")

        // What was kept is, line for line, what reading the files shows.
        let kept = try XCTUnwrap(try keptCanvas())
        let fromText = try open(environment: ["CARNET_NO_SNAPSHOT": "1"], width: 120, height: 40)
        let truth = fromText.screen()
        quit(fromText)
        XCTAssertEqual(kept.lines().joined(separator: "\n"), truth.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix(40).joined(separator: "\n"))
        XCTAssertTrue(kept.lines()[2...].contains { $0.contains("Alice Martin") })

        // Kept as the app quit, with the frames for the keys on the list only; the next start
        // adds those across the panes, a second after its first frame.
        XCTAssertEqual(try keptParts()?.complete, false)
        let onTheList = try XCTUnwrap(keptParts()?.answers)
        let next = try open(width: 120, height: 40)
        waitUntilComplete()
        XCTAssertGreaterThan(try XCTUnwrap(keptParts()?.answers), onTheList)
        quit(next)
    }

    private func keptParts() throws -> (screen: Range<Int>, complete: Bool, answers: Int)? {
        try parts(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: try XCTUnwrap(keptScreen)))))
    }

    private func waitUntilComplete(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while (try? keptParts()?.complete) != true && Date() < deadline { usleep(20_000) }
        XCTAssertEqual(try keptParts()?.complete, true, "the frames across the panes are kept", file: file, line: line)
    }

    /// Which of the three people is on the list's selected row: the one drawn in reverse
    /// video (the theme tmux gives these tests).
    private func selectedName(_ tmux: TmuxSession) -> String? {
        let rows = tmux.screen(escapes: true).split(separator: "\n")
        return ["Alice Martin", "Bruno Leroy", "Chloé Dupont"].first { name in
            rows.contains { $0.contains(name) && ($0.contains("\u{1b}[0;7m") || $0.contains("\u{1b}[7m")) }
        }
    }

    /// Starts the app with the opening of its contacts file held for `seconds` by strace: the
    /// kept first screen shows, and the store is not read until then.
    private func openWithTheLoadHeld(seconds: Double, file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        guard TortureFiles.which("strace"), TortureFiles.shell("strace -f -qq -o /dev/null true").status == 0 else {
            throw XCTSkip("strace is not installed, or may not trace here")
        }
        let hold = "strace -f -qq -o /dev/null -P \(TmuxSession.quote(store + "/contacts")) -e trace=openat "
            + "-e inject=openat:delay_enter=\(Int(seconds * 1_000_000)) "
        return try open(commandPrefix: hold, file: file, line: line)
    }

    /// Keys pressed while the store is read are answered from the frames kept with the first
    /// screen, at once; the app then takes them as if they came after the load, and goes on
    /// from there.
    func testTheFirstKeysAreAnsweredWhileTheStoreIsRead() throws {
        try keepAFirstScreen()
        let started = Date()
        var tmux = try openWithTheLoadHeld(seconds: 4)
        tmux.send("Enter")
        tmux.waitFor("Why now")
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "Alice's details came before the store was read")
        XCTAssertTrue(tmux.screen().contains("Alice Martin"))
        // Once it is read: back to the list, where Alice is still the one selected.
        tmux.send("q", "j", "Enter")
        tmux.waitFor("Bruno Leroy")
        tmux.waitFor("Why now")
        XCTAssertFalse(tmux.screen().contains("Chloé Dupont"), "Bruno's details, not the list")
        tmux.send("q", "q")
        tmux.waitFor("carnet exited 0")

        // Down twice, answered at once; then a key no frame was kept for, which waits for the
        // store and is answered from the state the first two left.
        let again = Date()
        tmux = try openWithTheLoadHeld(seconds: 3)
        XCTAssertEqual(selectedName(tmux), "Alice Martin", tmux.screen(escapes: true))
        tmux.send("Down", "j")
        tmux.wait("Chloé selected") { _ in selectedName(tmux) == "Chloé Dupont" }
        XCTAssertLessThan(Date().timeIntervalSince(again), 2.5, "moved before the store was read")
        tmux.send("Enter")
        tmux.waitFor("Why now", timeout: 10)
        XCTAssertGreaterThan(Date().timeIntervalSince(again), 2.8, "Enter, with no frame after ↓ j, waited for the store")
        XCTAssertTrue(tmux.screen().contains("Chloé Dupont"), tmux.screen())
        XCTAssertFalse(tmux.screen().contains("Bruno Leroy"))
        tmux.send("q", "q")
        tmux.waitFor("carnet exited 0")

        // End, answered at once by the frame kept for G (the last person); k after it has no
        // frame and waits for the store, which moves up from where End left.
        let last = Date()
        tmux = try openWithTheLoadHeld(seconds: 3)
        tmux.send("End")
        tmux.wait("Chloé selected") { _ in selectedName(tmux) == "Chloé Dupont" }
        XCTAssertLessThan(Date().timeIntervalSince(last), 2.5, "moved to the last before the store was read")
        tmux.send("k")
        tmux.wait("Bruno selected", timeout: 10) { _ in selectedName(tmux) == "Bruno Leroy" }
        XCTAssertGreaterThan(Date().timeIntervalSince(last), 2.8, "k, with no frame after End, waited for the store")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")

        // A resize ends the answering: the kept frames are of the old size. The j after it
        // waits for the store, and the screen is then drawn at the new size.
        let resized = Date()
        tmux = try openWithTheLoadHeld(seconds: 3)
        tmux.resize(width: 100, height: 30)
        usleep(200_000)
        tmux.send("j")
        tmux.wait("Bruno selected", timeout: 10) { _ in selectedName(tmux) == "Bruno Leroy" }
        XCTAssertGreaterThan(Date().timeIntervalSince(resized), 2.8, "j, after a resize, waited for the store")
        // The header's right end, at the new width.
        XCTAssertEqual(tmux.screen().split(separator: "\n").first.map { $0.hasSuffix("3 people") && $0.count > 90 }, true,
                       tmux.screen())
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
    }

    /// A kept screen that matches its key yet shows something else (as a file changed without
    /// its stat changing would): the screen drawn from the store replaces it.
    func testAKeptScreenThatIsWrongIsReplacedOnceTheStoreIsRead() throws {
        try keepAFirstScreen()
        var tmux: TmuxSession
        let path = try XCTUnwrap(keptScreen)
        var file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let screen = try XCTUnwrap(screenBytes(of: file))
        // "Bruno" in its cells (a role, flags, a count of 1, the letter), made "Xruno"; then
        // the hash made again, so that the file is taken.
        let cells = Array(file[screen])
        let b = try XCTUnwrap((0..<(cells.count - 20)).first { i in
            zip("Bruno".utf8, stride(from: i + 3, to: i + 20, by: 4)).allSatisfy { cells[$1] == $0 && cells[$1 - 1] == 1 }
        })
        file[screen.lowerBound + b + 3] = UInt8(ascii: "X")
        var digest = StreamDigest()
        file.withUnsafeBufferPointer { digest.add(UnsafeBufferPointer(rebasing: $0[..<($0.count - 8)])) }
        withUnsafeBytes(of: Int64(digest.hash).littleEndian) { for k in 0..<8 { file[file.count - 8 + k] = $0[k] } }
        try Data(file).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try keptCanvas()?.lines().contains { $0.contains("Xruno Leroy") }, true)

        tmux = try open(ready: "Bruno Leroy")
        usleep(300_000)
        let shown = tmux.screen()
        XCTAssertTrue(shown.contains("Bruno Leroy"))
        XCTAssertFalse(shown.contains("Xruno"), shown)
        quit(tmux)
        XCTAssertEqual(try keptCanvas()?.lines().contains { $0.contains("Bruno Leroy") }, true, "kept again, right")
    }

    /// A name whose letter carries 200 accents makes a cell too long to keep: the app runs
    /// and quits as usual, and keeps no first screen (the one kept before goes).
    func testAScreenWithAGraphemeTooLongToKeepIsNotKept() throws {
        try keepAFirstScreen()
        var tmux: TmuxSession
        let added = carnet("add", "Ze" + String(repeating: "\u{301}", count: 200) + "d Tester")
        XCTAssertEqual(added.status, 0, added.stderr)
        tmux = try open(ready: "Tester")
        quit(tmux)
        XCTAssertNil(keptScreen)
        tmux = try open(ready: "Tester")
        XCTAssertTrue(tmux.screen().contains("Chloé Dupont"))
        quit(tmux)
    }

    /// Another size, or a kept file that is damaged or not one at all: the start reads the
    /// store as without one, and the screen is right.
    func testAnotherSizeOrADamagedFileIsNotShown() throws {
        try keepAFirstScreen()
        var tmux: TmuxSession
        let path = try XCTUnwrap(keptScreen)

        tmux = try open(width: 100, height: 30)
        let wider = tmux.screen()
        XCTAssertTrue(wider.contains("Chloé Dupont"))
        quit(tmux)

        // Damaged in its screen, at the size it was kept for.
        tmux = try open()
        quit(tmux)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
        tmux = try open()
        usleep(300_000)
        let shown = tmux.screen()
        quit(tmux)
        XCTAssertEqual(try screenReadFromText(), shown)

        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        tmux = try open()
        XCTAssertEqual(tmux.screen(), shown)
        quit(tmux)
    }
}
