import XCTest
@testable import CarnetCore

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

    /// Names that share their first eight bytes, are prefixes of one another, or are shorter
    /// than eight bytes are ordered as the folded strings are.
    func testLongSharedPrefixesAndShortNamesOrderAsTheFoldedStrings() {
        var random = SplitMix64(seed: 7)
        let stems = ["Jean-Pierre", "jean-pierre ", "Jean", "Jean-Pi", "Marie-Christine", "Al", "", "Ève", "eve", "Évelyne"]
        let names = (0..<600).map { _ -> String in
            let stem = stems[Int(random.next() % UInt64(stems.count))]
            let tail = String(repeating: "ab", count: Int(random.next() % 3))
            return stem + tail + (random.next() % 2 == 0 ? "" : String(random.next() % 50))
        }
        let network = Network(contacts: names.enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
        let byString = network.contacts.indices.sorted {
            (Folding.key(network.contacts[$0].name), $0) < (Folding.key(network.contacts[$1].name), $1)
        }
        XCTAssertEqual(NameOrder.sorted(Array(network.contacts.indices), in: network), byString)
    }

    func testOnlyThePositionsAskedForComeBack() {
        let network = Network(contacts: ["C", "b", "A", "d"].enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
        XCTAssertEqual(NameOrder.sorted([3, 0, 1], in: network), [1, 0, 3])
        XCTAssertEqual(NameOrder.sorted([], in: network), [])
    }
}
