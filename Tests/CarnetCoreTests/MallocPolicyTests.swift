import XCTest
@testable import CarnetCore
#if canImport(Glibc)
import Glibc
#endif

final class MallocPolicyTests: XCTestCase {
    /// A large block freed gives its pages back every time, not only the first: by default
    /// glibc then takes the next block of that size from the heap and keeps it there once
    /// freed, which is how the app grew from reload to reload.
    func testALargeBlockGivesItsPagesBackEachTimeItIsFreed() throws {
        #if os(Linux)
        MallocPolicy.mapLargeBlocks()
        let size = 16 << 20
        for round in 1...3 {
            let block = try XCTUnwrap(malloc(size))
            memset(block, 1, size)
            let held = try residentBytes()
            free(block)
            let after = try residentBytes()
            // Other tests may allocate meanwhile; 16 MiB stands well above that.
            XCTAssertGreaterThan(held - after, 12 << 20, "round \(round): \((held - after) >> 10) KiB given back")
        }
        #else
        throw XCTSkip("glibc's malloc only")
        #endif
    }

    /// Resident memory from /proc/self/statm (its second field, in pages).
    private func residentBytes() throws -> Int {
        let text = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let pages = try XCTUnwrap(text.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
