#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import CarnetCore

/// A kept first screen is given back only under the key it was kept with: the same store
/// files untouched, the same day, the same terminal size and build; damaged, it is not given.
final class FirstScreenFileTests: XCTestCase {
    private let today = Day("2026-11-22")!
    private let screen: [UInt8] = Array("a screen's bytes: Zoé, 王芳".utf8)
    private let answers: [[UInt8]] = [Array("after j".utf8), [], Array("after Enter".utf8)]

    private func makeStore() throws -> (store: TemporaryFolder, cache: TemporaryFolder, path: String) {
        let store = TemporaryFolder()
        _ = try SyntheticNetwork.write(to: store.path, people: 20, seed: 3, today: today)
        let cache = TemporaryFolder()
        return (store, cache, FirstScreenFile.place(besideSnapshot: cache.path + "/carnet/0123456789abcdef.snapshot"))
    }

    private func key(_ store: TemporaryFolder, today: Day? = nil, width: Int = 120, height: Int = 40) -> FirstScreenFile.Key {
        FirstScreenFile.Key(today: today ?? self.today, width: width, height: height, stamp: StoreStamp.current(directory: store.path))
    }

    func testTheScreenComesBackUnderItsKeyOnly() throws {
        let (store, cache, path) = try makeStore()
        XCTAssertNil(FirstScreenFile.read(path, key: key(store)), "nothing kept yet")
        FirstScreenFile.write(screen, answers: answers, key: key(store), to: path)
        XCTAssertEqual(cache.mode("carnet/0123456789abcdef.snapshot.screen") & 0o777, 0o600)
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.screen, screen)
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.answers, answers)
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.complete, true)
        FirstScreenFile.write(screen, answers: answers, complete: false, key: key(store), to: path)
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.complete, false)
        XCTAssertNil(FirstScreenFile.read(path, key: key(store, today: today.adding(days: 1))), "another day")
        XCTAssertNil(FirstScreenFile.read(path, key: key(store, width: 80)), "another width")
        XCTAssertNil(FirstScreenFile.read(path, key: key(store, height: 24)), "another height")
    }

    /// Any write to a store file, even one that keeps its size and sets its time back (as
    /// `touch -r` or `cp -p` do), changes the stamp: its change time cannot be set back.
    func testAnyWriteToAStoreFileChangesTheStamp() throws {
        let (store, _, path) = try makeStore()
        for file in StoreFile.allCases {
            FirstScreenFile.write(screen, key: key(store), to: path)
            let before = key(store)
            try rewriteInPlaceKeepingTime(store.path + "/" + file.rawValue)
            XCTAssertNotEqual(key(store), before, "\(file) rewritten in place, its time set back")
            XCTAssertNil(FirstScreenFile.read(path, key: key(store)), "\(file)")
        }
        try FileManager.default.removeItem(atPath: store.path + "/goals")
        XCTAssertNil(FirstScreenFile.read(path, key: key(store)), "a file removed")
    }

    /// The store itself sees such a rewrite as a change from outside (it would otherwise keep
    /// a first screen of what it read under the new file's stamp, and, worse, write over the
    /// rewrite at its next change, taking the file for the one it read).
    func testTheStoreSeesAFileRewrittenInPlaceWithItsTimeSetBack() throws {
        let (folder, _, _) = try makeStore()
        let store = try Store.open(at: folder.path)
        try rewriteInPlaceKeepingTime(folder.path + "/contacts")
        XCTAssertEqual(store.outsideChanges(), [.contacts])
        XCTAssertNil(store.stampIfUnchanged())
    }

    /// Answers that would make the file larger than a start reads are left out, the last
    /// first (those across the panes): the screen is still kept, and read.
    func testAnswersThatWouldNotFitAreLeftOut() throws {
        let (store, _, path) = try makeStore()
        let big = [UInt8](repeating: 7, count: FirstScreenFile.largest / 3)
        FirstScreenFile.write(screen, answers: [Array("after j".utf8), big, big, big, big], key: key(store), to: path)
        let read = try XCTUnwrap(FirstScreenFile.read(path, key: key(store)))
        XCTAssertEqual(read.screen, screen)
        XCTAssertEqual(read.answers, [Array("after j".utf8), big, big])
        XCTAssertTrue(read.complete)
    }

    func testADamagedFileIsNotRead() throws {
        let (store, _, path) = try makeStore()
        FirstScreenFile.write(screen, answers: answers, key: key(store), to: path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        for at in [0, 20, good.count / 2, good.count - 12, good.count - 1] {
            var bad = good
            bad[at] ^= 0x10
            try bad.write(to: URL(fileURLWithPath: path))
            XCTAssertNil(FirstScreenFile.read(path, key: key(store)), "byte \(at) changed")
        }
        try good.prefix(good.count - 9).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(FirstScreenFile.read(path, key: key(store)), "cut short")
        try good.write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.screen, screen)
        XCTAssertEqual(FirstScreenFile.read(path, key: key(store))?.answers, answers)
    }

    /// The store gives a stamp for its first screen only while its files are what it read
    /// or wrote itself.
    func testTheStoreStampsOnlyFilesItKnows() throws {
        let (folder, _, _) = try makeStore()
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.stampIfUnchanged(), StoreStamp.current(directory: folder.path))
        try store.log([Interaction(date: today, people: [store.network.contacts[0].id], kind: "call")])
        XCTAssertEqual(store.stampIfUnchanged(), StoreStamp.current(directory: folder.path), "its own write")
        let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path + "/journal"))
        journal.seekToEndOfFile()
        journal.write(Data("# a comment from outside\n".utf8))
        journal.closeFile()
        XCTAssertNil(store.stampIfUnchanged(), "a write from outside, not read yet")
        try store.reload()
        XCTAssertEqual(store.stampIfUnchanged(), StoreStamp.current(directory: folder.path))
    }

    /// A first screen goes when its snapshot is forgotten, whatever its own time; one whose
    /// snapshot is gone, by its own time.
    func testAForgottenSnapshotTakesItsScreenAlong() throws {
        let cache = TemporaryFolder()
        let folder = cache.path + "/carnet"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let old = folder + "/00000000000000aa.snapshot", kept = folder + "/00000000000000bb.snapshot"
        let orphanOld = folder + "/00000000000000dd.snapshot", orphanNew = folder + "/00000000000000ee.snapshot"
        for path in [old, kept, FirstScreenFile.place(besideSnapshot: old), FirstScreenFile.place(besideSnapshot: kept),
                     FirstScreenFile.place(besideSnapshot: orphanOld), FirstScreenFile.place(besideSnapshot: orphanNew)] {
            FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
        }
        let longAgo = Date().addingTimeInterval(-Double(StoreSnapshot.forgottenAfterDays + 1) * 86_400)
        for path in [old, FirstScreenFile.place(besideSnapshot: kept), FirstScreenFile.place(besideSnapshot: orphanOld)] {
            try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: path)
        }
        StoreSnapshot.removeForgotten(besides: folder + "/00000000000000cc.snapshot")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
                       ["00000000000000bb.snapshot", "00000000000000bb.snapshot.screen", "00000000000000ee.snapshot.screen"])
    }
}
