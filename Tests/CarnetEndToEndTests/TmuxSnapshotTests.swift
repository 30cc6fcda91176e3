import Foundation
import XCTest

/// The snapshot the app leaves in its cache folder makes the next start faster and must
/// never show anything but what the files hold.
final class TmuxSnapshotTests: TmuxTestCase {
    private func snapshots() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/carnet")) ?? []).filter { $0.hasSuffix(".snapshot") }
    }

    private func waitForSnapshot(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while snapshots().isEmpty && Date() < deadline { usleep(20_000) }
        XCTAssertEqual(snapshots().count, 1, "the app should leave one snapshot in \(cache)/carnet", file: file, line: line)
    }

    /// As in an editor: Alice's name in `contacts` given accents, and a call with Bruno
    /// yesterday added at the end of `journal`.
    private func editByHand() throws {
        let contacts = try String(contentsOfFile: store + "/contacts", encoding: .utf8)
        try contacts.replacingOccurrences(of: "name: Alice Martin", with: "name: Alice Martín-Ñúñez")
            .write(toFile: store + "/contacts", atomically: true, encoding: .utf8)
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: store + "/journal"))
        journal.seekToEndOfFile()
        journal.write(Data("2026-11-21 call @bruno-leroy note:\"appelé hier\"\n".utf8))
        journal.closeFile()
    }

    func testAStoreEditedByHandWhileClosedShowsTheEditNotTheSnapshot() throws {
        makeStore()
        var tmux = try open()
        waitForSnapshot()
        tmux.send("q")
        tmux.waitFor("carnet exited 0")

        // Edited in an editor while Carnet was closed: a name and a journal line.
        try editByHand()

        tmux = try open(ready: "Alice Martín-Ñúñez")
        XCTAssertTrue(tmux.screen().contains("Bruno Leroy"))
        XCTAssertTrue(tmux.waitFor("1d"), "Bruno's call yesterday should show as his last contact:\n\(tmux.screen())")
        tmux.send("q")
        tmux.waitFor("carnet exited 0")

        // Started again on the same files: the same screen, now from the new snapshot.
        tmux = try open(ready: "Alice Martín-Ñúñez")
        XCTAssertTrue(tmux.waitFor("1d"))
        XCTAssertEqual(snapshots().count, 1)
        XCTAssertEqual(carnet("check").status, 0)
    }

    private func snapshotTime() -> Date? {
        guard let name = snapshots().first else { return nil }
        return (try? FileManager.default.attributesOfItem(atPath: cache + "/carnet/" + name))?[.modificationDate] as? Date
    }

    func testQuittingAfterASnoozeLeavesASnapshotOfTheNewContactsFile() throws {
        makeStore()
        let tmux = try open()
        waitForSnapshot()
        let first = try XCTUnwrap(snapshotTime())
        snoozeAliceForAWeek(tmux)
        tmux.send("Escape", "Escape", "q")
        tmux.waitFor("carnet exited 0")
        // Made again after the app is gone, by `carnet snapshot` in a process of its own.
        let deadline = Date().addingTimeInterval(5)
        while (snapshotTime() ?? first) <= first && Date() < deadline { usleep(20_000) }
        XCTAssertGreaterThan(try XCTUnwrap(snapshotTime()), first, "the snapshot should be written again after quitting")
        XCTAssertEqual(snapshots().count, 1)
        XCTAssertTrue(folder.read("store/contacts").contains("snoozed-until: 2026-11-29"))
    }

    func testTheSnapshotCommandWritesOneAndTheStoreIsUnchanged() throws {
        makeStore()
        let before = try String(contentsOfFile: store + "/contacts", encoding: .utf8)
        let result = CarnetProcess.run(["snapshot"], dir: store, environment: ["XDG_CACHE_HOME": cache])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(snapshots().count, 1)
        // Its lock file's time is set when the lock is taken: an old one is not a forgotten one.
        let lock = cache + "/carnet/" + snapshots()[0] + ".lock"
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-100 * 86_400)], ofItemAtPath: lock)
        XCTAssertEqual(CarnetProcess.run(["snapshot"], dir: store, environment: ["XDG_CACHE_HOME": cache]).status, 0)
        let time = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: lock)[.modificationDate] as? Date)
        XCTAssertLessThan(Date().timeIntervalSince(time), 60)
        XCTAssertEqual(try String(contentsOfFile: store + "/contacts", encoding: .utf8), before)
        XCTAssertFalse(CarnetProcess.run(["--help"], dir: store).stdout.contains("snapshot"), "not listed in the help")
    }

    /// The commands that only show the store read it from the snapshot where it still
    /// applies, as the app does, and never write one: the same output as from the text,
    /// before and after an edit by hand.
    func testCommandsThatShowTheStoreTakeTheSnapshotAndShowTheFiles() throws {
        makeStore()
        let commands = [["list"], ["list", "--json"], ["list", "--sort", "last"], ["list", "--sort", "due"],
                        ["reconnect"], ["show", "alice-martin"], ["show", "bruno-leroy"],
                        ["stats"], ["goals"], ["circles"], ["objective"]]
        func outputs(_ more: [String: String] = [:]) -> [String] {
            commands.map {
                let result = CarnetProcess.run($0, dir: store, environment: ["XDG_CACHE_HOME": cache].merging(more) { $1 })
                XCTAssertEqual(result.status, 0, "\($0): \(result.stderr)")
                return result.stdout + result.stderr
            }
        }
        func fromText() -> [String] { outputs(["CARNET_NO_SNAPSHOT": "1"]) }
        let text = fromText()
        XCTAssertEqual(outputs(), text)
        XCTAssertEqual(snapshots(), [], "a command that shows the store writes no snapshot")

        XCTAssertEqual(CarnetProcess.run(["snapshot"], dir: store, environment: ["XDG_CACHE_HOME": cache]).status, 0)
        // A snapshot taken is marked used (its time set to now): set back, then taken again.
        let place = cache + "/carnet/" + (snapshots().first ?? "none")
        let old = Date().addingTimeInterval(-30 * 86_400)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: place)
        XCTAssertEqual(outputs(), text)
        XCTAssertGreaterThan(try XCTUnwrap(snapshotTime()), old.addingTimeInterval(86_400), "the commands took the snapshot")

        let kept = try FileManager.default.attributesOfItem(atPath: place)
        try editByHand()
        let edited = outputs()
        XCTAssertEqual(edited, fromText())
        XCTAssertTrue(edited[0].contains("Alice Martín-Ñúñez"), edited[0])
        XCTAssertTrue(edited[6].contains("appelé hier"), edited[6])
        let after = try FileManager.default.attributesOfItem(atPath: place)
        XCTAssertEqual(after[.systemFileNumber] as? Int, kept[.systemFileNumber] as? Int, "the snapshot is not written again")
        XCTAssertEqual(after[.size] as? Int, kept[.size] as? Int)
        // `export` and `check` read the text: the snapshot, set back again, is not taken.
        XCTAssertEqual(CarnetProcess.run(["snapshot"], dir: store, environment: ["XDG_CACHE_HOME": cache]).status, 0)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: place)
        for command in [["export", "json"], ["check"]] {
            let result = CarnetProcess.run(command, dir: store, environment: ["XDG_CACHE_HOME": cache])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertLessThan(try XCTUnwrap(snapshotTime()), old.addingTimeInterval(86_400), "export and check took the snapshot")
    }

    /// A snapshot holds one build's reading of the files (the channel it gives each kind, its
    /// messages): another build, here the same program in another file, does not take it
    /// and leaves its own.
    func testAnotherBuildDoesNotTakeTheSnapshot() throws {
        makeStore()
        let environment = ["XDG_CACHE_HOME": cache]
        XCTAssertEqual(CarnetProcess.run(["snapshot"], dir: store, environment: environment).status, 0)
        let place = cache + "/carnet/" + (snapshots().first ?? "none")
        let first = try Data(contentsOf: URL(fileURLWithPath: place))
        XCTAssertEqual(CarnetProcess.run(["snapshot"], dir: store, environment: environment).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: place)), first, "the same build takes its snapshot as it is")
        let folder = ScratchFolder()
        let other = folder.path + "/carnet"
        try FileManager.default.copyItem(atPath: CarnetProcess.binary, toPath: other)
        let result = CarnetProcess.run(["snapshot"], dir: store, environment: environment, program: other)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: place)), first, "another build made its own")
        XCTAssertEqual(snapshots().count, 1)
    }

    /// The writer the app starts after a first start is reaped once it ends: no zombie.
    func testTheWriterLeavesNoZombieBehind() throws {
        makeStore()
        let tmux = try open()
        waitForSnapshot()
        let app = try XCTUnwrap(tmux.carnetPID)
        XCTAssertTrue(FileManager.default.isReadableFile(atPath: "/proc/\(app)/task/\(app)/children"),
                      "this kernel does not list a process's children: nothing here would be checked")
        func children() -> [String] {
            let text = (try? String(contentsOfFile: "/proc/\(app)/task/\(app)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").map { pid in
                // The state is the field after the command's closing parenthesis.
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                return String(stat.split(separator: ")").last?.split(separator: " ").first ?? "?")
            }
        }
        // The app reaps at its idle tick (once a second).
        let deadline = Date().addingTimeInterval(4)
        while !children().isEmpty && Date() < deadline { usleep(100_000) }
        XCTAssertEqual(children(), [], "children of the app left (their states)")
    }

    func testNoSnapshotWhenTurnedOff() throws {
        makeStore()
        let tmux = try open(environment: ["CARNET_NO_SNAPSHOT": "1"])
        tmux.send("q")
        tmux.waitFor("carnet exited 0")
        XCTAssertEqual(snapshots(), [])
    }
}
