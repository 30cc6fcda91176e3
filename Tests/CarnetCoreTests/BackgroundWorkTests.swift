import XCTest
@testable import CarnetCore
#if canImport(Glibc)
import Glibc
#endif

final class BackgroundWorkTests: XCTestCase {
    private final class Held: @unchecked Sendable {
        let freed: (() -> Void)?
        init(freed: (() -> Void)? = nil) { self.freed = freed }
        deinit { freed?() }
    }

    /// What the work captured is no longer held once it is waited for, even while the
    /// `BackgroundWork` lives on: the loader changes its contacts right after a sort on the
    /// other core read them, and a second owner would make that change copy them all.
    func testTheWorkIsLetGoOfBeforeTheWaitEnds() {
        var held = Held()
        let captured = held
        let work = BackgroundWork { [captured] in ObjectIdentifier(captured) }
        XCTAssertEqual(work.wait(), ObjectIdentifier(held))
        withExtendedLifetime(captured) {}
        _ = consume captured
        XCTAssertTrue(isKnownUniquelyReferenced(&held))
        withExtendedLifetime(work) {}
    }

    /// A value discarded is freed, and not on the thread that discarded it.
    func testADiscardedValueIsFreedOnAnotherThread() {
        let freed = expectation(description: "freed")
        let caller = pthread_self()
        nonisolated(unsafe) var freedOnCaller = true
        var value: Held? = Held { freedOnCaller = pthread_equal(pthread_self(), caller) != 0; freed.fulfill() }
        BackgroundWork<Held>.discard(value.take()!)
        wait(for: [freed], timeout: 10)
        XCTAssertFalse(freedOnCaller)
    }
}
