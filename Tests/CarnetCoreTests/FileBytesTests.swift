#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import CarnetCore

final class FileBytesTests: XCTestCase {
    /// Whether files in `path` are on a block device (a local disk), where large ones are mapped.
    private func onBlockDevice(_ path: String) -> Bool {
        var s = stat()
        XCTAssertEqual(stat(path, &s), 0)
        return major(UInt64(s.st_dev)) != 0
    }

    private func major(_ dev: UInt64) -> UInt64 { (dev >> 8) & 0xFFF | (dev >> 32) & ~0xFFF }

    func testALargeFileIsMappedOnADiskAndReadsTheSameAsASmallOne() throws {
        let folder = TemporaryFolder()
        var large = [UInt8]()
        while large.count < FileBytes.mappedFrom + 1000 { large += Array("id: a\nname: Hélène 王芳\n\n".utf8) }
        folder.write("large", String(decoding: large, as: UTF8.self))
        folder.write("small", "id: a\n")

        let mapped = try XCTUnwrap(FileBytes.read(folder.path + "/large", mapping: true))
        XCTAssertEqual(Array(mapped), large)
        XCTAssertEqual(mapped.isMapped, onBlockDevice(folder.path), "mapped exactly when on a local disk")
        mapped.withUnsafeBufferPointer { XCTAssertEqual(Array($0), large) }

        let read = try XCTUnwrap(FileBytes.read(folder.path + "/large", mapping: false))
        XCTAssertFalse(read.isMapped)
        XCTAssertEqual(Array(read), large)

        let small = try XCTUnwrap(FileBytes.read(folder.path + "/small", mapping: true))
        XCTAssertFalse(small.isMapped, "a small file is read")
        XCTAssertEqual(Array(small), Array("id: a\n".utf8))

        XCTAssertNil(try FileBytes.read(folder.path + "/none", mapping: true))
        folder.write("empty", "")
        XCTAssertEqual(try FileBytes.read(folder.path + "/empty", mapping: true)?.count, 0)
    }

    /// A store whose contacts file is large enough to be mapped loads as when it is read
    /// (`reload` reads), problems and their lines included.
    func testAMappedStoreLoadsAsARead() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/store"
        _ = try SyntheticNetwork.write(to: path, people: 1500, seed: 3, today: day("2026-11-20"))
        // A mistake near the end, where the journal's thread may have taken the file over.
        let contacts = folder.read("store/contacts")
        folder.write("store/contacts", contacts + "\nid: late\nname: Zoë Late\nbirthday: 13-45\n")
        let size = try XCTUnwrap(FileBytes.read(path + "/contacts", mapping: false)).count
        XCTAssertGreaterThan(size, FileBytes.mappedFrom)

        let store = try Store.open(at: path, ordersByName: true)
        let mapped = (store.network, store.problems)
        XCTAssertEqual(try FileBytes.read(path + "/contacts", mapping: true)?.isMapped, onBlockDevice(path))
        try store.reload()
        XCTAssertEqual(store.network.contacts, mapped.0.contacts)
        XCTAssertEqual(store.network.byName, mapped.0.byName)
        XCTAssertEqual(store.problems, mapped.1)
        XCTAssertEqual(mapped.0.contacts.count, 1501)
        XCTAssertEqual(mapped.1.map(\.file), ["contacts"])
    }

    /// A mapped file cut short while it is read: a clear message and status 1, not a crash
    /// (run in a child process, which the guard ends).
    func testAFileCutShortWhileMappedEndsWithAMessage() throws {
        let folder = TemporaryFolder()
        folder.write("contacts", String(repeating: "id: a\nname: A\n\n", count: FileBytes.mappedFrom / 10))
        let path = folder.path + "/contacts"
        let bytes = try XCTUnwrap(FileBytes.read(path, mapping: true))
        try XCTSkipUnless(bytes.isMapped, "not on a local disk: nothing is mapped here")
        var pipe: [Int32] = [0, 0]
        XCTAssertEqual(Glibc.pipe(&pipe), 0)
        var status: Int32 = 0
        BusErrorGuard.during(storeAt: folder.path) {
            let child = fork()
            if child == 0 {
                // Only system calls here: the child of a threaded process.
                dup2(pipe[1], 2)
                truncate(path, 0)
                var sum = 0
                bytes.withUnsafeBufferPointer { b in
                    for i in stride(from: 0, to: b.count, by: 4096) { sum &+= Int(b[i]) }
                }
                _exit(sum == -1 ? 3 : 2)  // not reached when the guard works
            }
            waitpid(child, &status, 0)
        }
        close(pipe[1])
        var message = [UInt8](repeating: 0, count: 4096)
        let n = read(pipe[0], &message, message.count)
        close(pipe[0])
        XCTAssertEqual(status >> 8 & 0xFF, 1, "exit status")
        XCTAssertEqual(status & 0x7F, 0, "not killed by the signal")
        let text = String(decoding: message[..<max(0, n)], as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("carnet: a file in \(folder.path) was cut short by another program"), text)
    }
}
