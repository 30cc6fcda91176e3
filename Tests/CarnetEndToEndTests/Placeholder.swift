import XCTest

final class CarnetEndToEndTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
