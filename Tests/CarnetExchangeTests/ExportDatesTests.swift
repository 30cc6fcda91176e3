import XCTest
@testable import CarnetExchange

final class ExportDatesTests: XCTestCase {
    func testLinkedInDates() {
        XCTAssertEqual(ExportDates.linkedIn("30 May 2024"), date(2024, 5, 30))
        XCTAssertEqual(ExportDates.linkedIn("08 Jan 2018"), date(2018, 1, 8))
        XCTAssertEqual(ExportDates.linkedIn("1/8/18, 6:14 PM"), date(2018, 1, 8))
        XCTAssertEqual(ExportDates.linkedIn("12/24/17, 9:02 AM"), date(2017, 12, 24))
        XCTAssertNil(ExportDates.linkedIn("31 Feb 2024"))
        XCTAssertNil(ExportDates.linkedIn("yesterday"))
    }

    func testOutlookDates() {
        XCTAssertEqual(ExportDates.outlook("7/14/1985"), .date(date(1985, 7, 14)))
        XCTAssertEqual(ExportDates.outlook("14/7/1985"), .date(date(1985, 7, 14)), "day first when it must be")
        XCTAssertNil(ExportDates.outlook("0/0/00"))
        XCTAssertNil(ExportDates.outlook(""))
    }

    func testISODates() {
        XCTAssertEqual(ExportDates.iso("--0229"), date(nil, 2, 29))
        XCTAssertNil(ExportDates.iso("--1301"))
        XCTAssertNil(ExportDates.iso("2023-02-29"))
        XCTAssertEqual(ExportDates.iso("2024-02-29"), date(2024, 2, 29))
        XCTAssertEqual(date(nil, 3, 21).description, "--03-21")
        XCTAssertEqual(date(985, 3, 21).description, "0985-03-21")
    }
}
