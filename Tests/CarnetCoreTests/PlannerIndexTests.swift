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

    func testALoggedLineChangesOnlyThatPersonsTimeline() {
        // Loaded timelines are runs of one array (`Timelines`); a logged line gives the
        // person an array of their own, and leaves everyone else's run as it was.
        var net = Network(contacts: [person("a"), person("b"), person("c")],
                          interactions: [Interaction(date: day("2026-01-01"), people: ["a", "b"], kind: "call"),
                                         Interaction(date: day("2026-01-03"), people: ["c"], kind: "call"),
                                         Interaction(date: day("2026-01-04"), people: ["b"], kind: "email")])
        XCTAssertEqual((0..<3).map { Array(net.interactionIndices(atPosition: $0)) }, [[0], [0, 2], [1]])
        net.append(Interaction(date: day("2026-01-02"), people: ["b"], kind: "coffee"))
        net.append(Interaction(date: day("2026-01-05"), people: ["b"], kind: "message"))
        XCTAssertEqual((0..<3).map { Array(net.interactionIndices(atPosition: $0)) }, [[0], [0, 3, 2, 4], [1]])
        XCTAssertEqual(net.lastInteractionDate(atPosition: 1), day("2026-01-05"))
        XCTAssertEqual(net.lastInteractionDate(atPosition: 2), day("2026-01-03"))
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
