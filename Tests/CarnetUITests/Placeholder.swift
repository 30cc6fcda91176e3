import XCTest

final class CarnetUITestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
