import XCTest
@testable import CarnetCore

/// Circles are found by name, case and accents set aside (`Network.circle(named:)`).
final class NetworkCircleTests: XCTestCase {
    func testACircleIsFoundByItsFoldedNameAndChangesInPlace() {
        var network = Network(contacts: [], circles: [
            Circle(name: "Anciens d'École", cadence: Cadence(count: 60, unit: .day)),
            Circle(name: "Club", cadence: Cadence(count: 30, unit: .day)),
            Circle(name: "CLUB", cadence: Cadence(count: 7, unit: .day)),  // the first one stands
        ])
        XCTAssertEqual(network.circle(named: "anciens d'ecole").cadence, Cadence(count: 60, unit: .day))
        XCTAssertEqual(network.circle(named: "club").cadence, Cadence(count: 30, unit: .day))
        // Named only on contacts: a bare circle of that name.
        XCTAssertEqual(network.circle(named: "Voisins"), Circle(name: "Voisins"))

        network.upsert(Circle(name: "club", cadence: Cadence(count: 14, unit: .day)))
        XCTAssertEqual(network.circles.map(\.name), ["Anciens d'École", "club", "CLUB"])
        XCTAssertEqual(network.circle(named: "Club").cadence, Cadence(count: 14, unit: .day))
        network.upsert(Circle(name: "Voisins", cadence: Cadence(count: 90, unit: .day)))
        XCTAssertEqual(network.circles.count, 4)
        XCTAssertEqual(network.circle(named: "VOISINS").cadence, Cadence(count: 90, unit: .day))
    }
}
