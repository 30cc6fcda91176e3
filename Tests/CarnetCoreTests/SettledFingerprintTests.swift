import XCTest
@testable import CarnetCore

/// A snapshot trusts a store file by its fingerprint only when no later change could have
/// left that fingerprint as it was: the file's last change must be older than a step of the
/// clocks file times come from.
final class SettledFingerprintTests: XCTestCase {
    private let now = timespec(tv_sec: 1_000_000, tv_nsec: 500_000_000)

    private func file(changed: (Int64, Int64), modified: (Int64, Int64)? = nil) -> FileSystem.Fingerprint {
        let modified = modified ?? changed
        return FileSystem.Fingerprint(device: 1, inode: 2, size: 3, modifiedSeconds: modified.0, modifiedNanoseconds: modified.1,
                                      changedSeconds: changed.0, changedNanoseconds: changed.1)
    }

    func testAFileChangedWithinAStepOfTheClockIsNotSettled() {
        XCTAssertFalse(file(changed: (1_000_000, 480_000_000)).isSettled(at: now), "20 ms before")
        XCTAssertFalse(file(changed: (1_000_000, 500_000_000)).isSettled(at: now), "at the same time")
        XCTAssertTrue(file(changed: (1_000_000, 440_000_000)).isSettled(at: now), "60 ms before")
        XCTAssertTrue(file(changed: (999_000, 1)).isSettled(at: now), "long before")
    }

    /// Times without a fraction of a second come from a file system that keeps whole (or
    /// even) seconds: a change in the same two seconds could keep them.
    func testWholeSecondTimesNeedTwoSeconds() {
        XCTAssertFalse(file(changed: (999_999, 0)).isSettled(at: now), "1.5 s before")
        XCTAssertTrue(file(changed: (999_998, 0)).isSettled(at: now), "2.5 s before")
        XCTAssertTrue(file(changed: (999_999, 0), modified: (999_999, 7)).isSettled(at: now), "a fraction in either time")
    }

    /// The later of the two times counts: a modification time set ahead by hand (`touch -d`)
    /// is not taken for an old change.
    func testAModificationTimeInTheFutureIsNotSettled() {
        XCTAssertFalse(file(changed: (999_000, 1), modified: (1_000_100, 1)).isSettled(at: now))
        XCTAssertFalse(file(changed: (1_000_100, 1), modified: (999_000, 1)).isSettled(at: now), "a clock set back since")
    }

    func testSettledGivesTheFingerprintOrNone() {
        let old = file(changed: (999_000, 1)), fresh = file(changed: (1_000_000, 499_000_000))
        XCTAssertEqual(old.settled(at: now), old)
        XCTAssertNil(fresh.settled(at: now))
    }
}
