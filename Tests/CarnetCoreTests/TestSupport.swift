import Foundation
import XCTest
@testable import CarnetCore

/// A fresh folder under the system temp dir, removed at the end of the test.
final class TemporaryFolder {
    let path: String

    init() {
        let base = NSTemporaryDirectory() + "carnet-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) {
        try! text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: path + "/" + name, encoding: .utf8)) ?? ""
    }

    func files() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? []
    }

    func mode(_ name: String) -> Int {
        let attributes = try! FileManager.default.attributesOfItem(atPath: name.isEmpty ? path : path + "/" + name)
        return (attributes[.posixPermissions] as! NSNumber).intValue
    }
}


extension String {
    /// The text with the first `target` replaced (unchanged when there is none).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}

extension XCTestCase {
    /// One byte of `path` changed in place (same inode, same size), then its modification
    /// time set back to the nanosecond, as `touch -r` or an editor that keeps it would.
    func rewriteInPlaceKeepingTime(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var old = stat()
        XCTAssertEqual(stat(path, &old), 0, file: file, line: line)
        usleep(10_000)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        handle.seek(toFileOffset: UInt64(old.st_size - 2))
        let byte = handle.readData(ofLength: 1)
        handle.seek(toFileOffset: UInt64(old.st_size - 2))
        handle.write(Data([byte.first == 0x41 ? 0x42 : 0x41]))
        handle.closeFile()
        var times = [old.st_atim, old.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0, file: file, line: line)
        var new = stat()
        XCTAssertEqual(stat(path, &new), 0, file: file, line: line)
        XCTAssertEqual([new.st_ino, UInt(new.st_size)], [old.st_ino, UInt(old.st_size)], file: file, line: line)
        XCTAssertEqual([new.st_mtim.tv_sec, new.st_mtim.tv_nsec], [old.st_mtim.tv_sec, old.st_mtim.tv_nsec], file: file, line: line)
    }
}
