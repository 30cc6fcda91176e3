import XCTest

final class CarnetCoreTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
