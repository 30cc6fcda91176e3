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

    /// Many names, in sizes on both sides of where the radix sort starts, asked for in a
    /// shuffled order: accents, CJK, case, namesakes, empty names, names of one letter.
    func testManyRandomNamesOrderAsTheFoldedStrings() {
        var random = SplitMix64(seed: 11)
        let letters = Array("aAbBéÉèzZ -'王芳李") + ["ö", "Ø", "ß"]
        for count in [10, 64, 65, 300, 3000] {
            let names = (0..<count).map { _ -> String in
                let length = Int(random.next() % 14)
                return String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
            }
            let network = Network(contacts: names.enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
            var positions = Array(network.contacts.indices)
            for i in positions.indices.reversed() { positions.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            let byString = positions.sorted {
                (Folding.key(network.contacts[$0].name), $0) < (Folding.key(network.contacts[$1].name), $1)
            }
            XCTAssertEqual(NameOrder.sorted(positions, in: network.contacts), byString, "\(count) names")
        }
        // All names of one letter: seven of the eight bytes are the same in every key.
        let one = Network(contacts: (0..<200).map { Contact(id: "p\($0)", name: ["b", "A", "c"][$0 % 3]) })
        let order = NameOrder.sorted(Array(one.contacts.indices), in: one.contacts)
        XCTAssertEqual(order.prefix(3), [1, 4, 7])
        XCTAssertEqual(order.map { one.contacts[$0].name }, one.contacts.map(\.name).sorted { $0.lowercased() < $1.lowercased() })
    }

    func testOnlyThePositionsAskedForComeBack() {
        let network = Network(contacts: ["C", "b", "A", "d"].enumerated().map { Contact(id: "p\($0.offset)", name: $0.element) })
        XCTAssertEqual(NameOrder.sorted([3, 0, 1], in: network), [1, 0, 3])
        XCTAssertEqual(NameOrder.sorted([], in: network), [])
    }

    /// Two parts sorted apart and merged give the order one sort of all gives: namesakes
    /// of both parts in file order, either part empty, or cut anywhere.
    func testTwoSortedPartsMergeIntoTheOrderOfAll() {
        var random = SplitMix64(seed: 11)
        let stems = ["Jean-Pierre", "jean-pierre", "Hélène Dupont", "HELENE DUPONT", "王芳", "Zoé", "Al", "", "Ève", "eve"]
        let contacts = (0..<300).map { i -> Contact in
            let stem = stems[Int(random.next() % UInt64(stems.count))]
            return Contact(id: "p\(i)", name: stem + (random.next() % 3 == 0 ? "" : String(random.next() % 4)))
        }
        let all = NameOrder.sorted(Array(contacts.indices), in: contacts)
        for cut in [0, 1, 137, 150, 299, 300] {
            let first = Array(contacts[..<cut]), second = Array(contacts[cut...])
            let merged = NameOrder.merged(NameOrder.sortedNames(Array(first.indices), in: first),
                                          NameOrder.sortedNames(Array(second.indices), in: second), offset: cut)
            XCTAssertEqual(merged, all, "cut at \(cut)")
        }
    }

    /// The loader's sort on two cores (each half apart, then joined) gives the order of one
    /// sort: namesakes across the halves in file order, shuffled positions, and either
    /// side of the size where the second core starts to be used.
    func testASortOnTwoCoresGivesTheOrderOfOne() {
        var random = SplitMix64(seed: 5)
        let stems = ["Jean-Pierre", "jean-pierre", "Hélène Dupont", "HELENE DUPONT", "王芳", "Zoé", "Al", "", "Ève", "eve",
                     "Jean-Pierre Martin-Dubois", "Jean-Pierre Martin-Duval"]
        for count in [NameOrder.twoCoresFrom - 1, NameOrder.twoCoresFrom, NameOrder.twoCoresFrom * 2 + 7] {
            let contacts = (0..<count).map { i -> Contact in
                let stem = stems[Int(random.next() % UInt64(stems.count))]
                return Contact(id: "p\(i)", name: stem + (random.next() % 3 == 0 ? "" : String(random.next() % 50)))
            }
            var positions = Array(contacts.indices)
            for i in positions.indices.reversed() { positions.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            let byString = positions.sorted {
                (Folding.key(contacts[$0].name), $0) < (Folding.key(contacts[$1].name), $1)
            }
            let twoCores = NameOrder.sortedNamesOnTwoCores(positions, in: contacts)
            XCTAssertEqual(twoCores.positions, byString, "\(count) names")
            // Joined, the halves still merge with another part as one sorted part does.
            let more = [Contact(id: "x1", name: "jean-pierre"), Contact(id: "x2", name: "Aaron")]
            let merged = NameOrder.merged(twoCores, NameOrder.sortedNames([0, 1], in: more), offset: count)
            let all = contacts + more
            XCTAssertEqual(merged, (byString + [count, count + 1]).sorted {
                (Folding.key(all[$0].name), $0) < (Folding.key(all[$1].name), $1)
            }, "\(count) names and two more")
        }
    }
}
