import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import CarnetTerminal

/// A detached program (the snapshot refresh that outlives the app) must not hold open what
/// this process has open: a pipe kept open by it would keep its reader waiting.
final class ExternalProgramTests: XCTestCase {
    func testADetachedProgramHoldsNoInheritedPipe() throws {
        #if os(Linux)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)  // without close-on-exec, as a parent may leave them
        defer { close(ends[0]); close(ends[1]) }
        let out = NSTemporaryDirectory() + "carnet-fds-" + UUID().uuidString
        defer { unlink(out) }
        let pid = try XCTUnwrap(ExternalProgram.detach("/bin/sh", ["sh", "-c", "ls -l /proc/self/fd > '\(out)'"]))
        let deadline = Date().addingTimeInterval(10)
        while !ExternalProgram.reap(pid) && Date() < deadline { usleep(10_000) }
        let listing = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(listing.contains("/dev/null"), listing)
        XCTAssertFalse(listing.contains("pipe:"), "the pipe was inherited:\n\(listing)")
        #endif
    }
}
