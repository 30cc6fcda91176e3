import XCTest

final class CarnetExchangeTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
