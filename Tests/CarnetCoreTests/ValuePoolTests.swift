import XCTest
@testable import CarnetCore

/// Values shared between contacts at load read exactly as each record wrote them.
final class ValuePoolTests: XCTestCase {
    func testRepeatedValuesReadTheSameAsWritten() throws {
        let folder = TemporaryFolder()
        folder.write("contacts", """
            # carnet contacts 1

            id: a
            name: A
            company: Société Générale
            circles: Alumni ESSEC, Voisins
            tags: ia

            id: b
            name: B
            company: Société Générale
            circles: Alumni ESSEC, Voisins
            tags: ia, design

            id: c
            name: C
            company: Société Générale\u{00A0}
            circles: Alumni ESSEC,\u{00A0}Voisins\u{2003}

            id: d
            name: D
            city: Lyon
            country: Lyon

            """)
        folder.write("journal", "# carnet journal 1\n")
        let network = try Store.open(at: folder.path).network
        let a = try XCTUnwrap(network.contact(id: "a")), b = try XCTUnwrap(network.contact(id: "b"))
        let c = try XCTUnwrap(network.contact(id: "c")), d = try XCTUnwrap(network.contact(id: "d"))
        XCTAssertEqual([a.company, b.company], ["Société Générale", "Société Générale"])
        XCTAssertEqual(c.company, "Société Générale\u{00A0}")
        XCTAssertEqual(a.circles, ["Alumni ESSEC", "Voisins"])
        XCTAssertEqual(b.circles, a.circles)
        XCTAssertEqual(c.circles, "Alumni ESSEC,\u{00A0}Voisins\u{2003}".commaList())
        XCTAssertEqual([a.tags, b.tags], [["ia"], ["ia", "design"]])
        XCTAssertEqual([d.city, d.country], ["Lyon", "Lyon"])
    }
}
