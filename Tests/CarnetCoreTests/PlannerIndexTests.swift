import XCTest
@testable import CarnetCore

/// The network's per-person journal index, which the planner reads by position.
final class PlannerIndexTests: XCTestCase {
    func testJournalLinesNamingSomeoneNotYetAddedFollowThemIn() {
        var net = Network(contacts: [person("a")],
                          interactions: [Interaction(date: day("2026-01-05"), people: ["a", "b"], kind: "call")])
        XCTAssertEqual(net.interactions(of: "b").count, 1)
        net.upsert(person("b"))
        XCTAssertEqual(net.interactions(of: "b").map(\.date), [day("2026-01-05")])
        XCTAssertEqual(Array(net.interactionIndices(atPosition: 1)), [0] as [Int32])
        net.append(Interaction(date: day("2026-01-02"), people: ["b", "c"], kind: "email"))
        // Logged late but older: kept in date order.
        XCTAssertEqual(net.interactions(of: "b").map(\.date), [day("2026-01-02"), day("2026-01-05")])
        XCTAssertEqual(net.lastInteraction(of: "b")?.kind, "call")
        XCTAssertEqual(net.interactions(of: "c").map(\.kind), ["email"])
        XCTAssertEqual(net.interactions(of: "nobody"), [])
    }

    func testReindexSortsOutOfOrderJournals() {
        let net = Network(contacts: [person("a")],
                          interactions: [Interaction(date: day("2026-03-01"), people: ["a"], kind: "call"),
                                         Interaction(date: day("2026-01-01"), people: ["a", "z"], kind: "email")])
        XCTAssertEqual(net.interactionIndices(of: "a"), [1, 0])
        XCTAssertEqual(net.lastInteraction(of: "a")?.kind, "call")
        XCTAssertEqual(net.interactionIndices(of: "z"), [1])
        XCTAssertEqual(net.position(ofContact: "a"), 0)
    }
}
