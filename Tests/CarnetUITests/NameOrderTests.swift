import CarnetCore
import XCTest
@testable import CarnetUI

/// The list's order by name: accents and case set aside, namesakes in file order.
final class NameOrderTests: XCTestCase {
    func testFoldedNamesThenFileOrder() {
        let names = ["émile Zola", "Zoé", "Emile Zola", "ÉMILE ZOLA", "Ana", "王芳", "anaïs", "Ana"]
        let network = Network(contacts: names.enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
        let order = NameOrder.sorted(Array(network.contacts.indices), in: network)
        XCTAssertEqual(order, [4, 7, 6, 0, 2, 3, 1, 5])
        // The same as sorting by the folded String, which it replaces.
        let byString = network.contacts.indices.sorted {
            (Folding.key(network.contacts[$0].name), $0) < (Folding.key(network.contacts[$1].name), $1)
        }
        XCTAssertEqual(order, byString)
    }

    func testOnlyThePositionsAskedForComeBack() {
        let network = Network(contacts: ["C", "b", "A", "d"].enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
        XCTAssertEqual(NameOrder.sorted([3, 0, 1], in: network), [1, 0, 3])
        XCTAssertEqual(NameOrder.sorted([], in: network), [])
    }
}
