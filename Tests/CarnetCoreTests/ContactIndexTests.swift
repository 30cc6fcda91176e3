import XCTest
@testable import CarnetCore

final class ContactIndexTests: XCTestCase {
    /// Many ids looked up at once (half on each core from `twoCoresFrom` on) give what each
    /// looked up alone gives: known ids, unknown ones, accents and CJK, an id added twice
    /// (its first position), in any order.
    func testManyIDsAreFoundWhereEachAloneIsFound() {
        for count in [10, ContactIndex.twoCoresFrom, ContactIndex.twoCoresFrom * 2 + 3] {
            var contacts = (0..<count).map { Contact(id: $0 % 7 == 0 ? "hélène-\($0)" : "person-number-\($0)", name: "N") }
            contacts.append(Contact(id: "王芳", name: "王芳"))
            contacts.append(Contact(id: "person-number-1", name: "again"))  // the first one stands
            let index = ContactIndex(of: contacts)
            let ids = contacts.map(\.id).reversed() + ["nobody", "", "王", "person-number-\(count)"]
            let found = index.positions(of: ids)
            XCTAssertEqual(found.count, ids.count)
            XCTAssertEqual(found, ids.map { index[$0] }, "\(count) ids")
            XCTAssertEqual(found.first!, 1)
            XCTAssertEqual(found[1], count)
            XCTAssertEqual(found.suffix(4), [nil, nil, nil, nil])
            XCTAssertEqual(found[ids.count - 5], 0)
        }
    }
}
