import XCTest
@testable import CarnetCore

final class DemoNetworkTests: XCTestCase {
    /// An ordinary day, a leap day, a year end, a 28 February in a common year, a New Year's Day.
    let days = ["2026-11-20", "2028-02-29", "2026-12-31", "2027-02-28", "2027-01-01"].map(day)

    func testShape() {
        let net = DemoNetwork.make(today: days[0])
        XCTAssertTrue((38...45).contains(net.contacts.count), "\(net.contacts.count) people")
        XCTAssertEqual(net.circles.count, 6)
        XCTAssertEqual(net.circleNames.count, 6, "every circle used on contacts is described")
        XCTAssertEqual(net.events.count, 3)
        XCTAssertEqual(net.goals.count, 5)
        XCTAssertEqual(net.objective?.aim, .sectorChange)
        XCTAssertNotNil(net.contact(id: "王芳"), "the CJK name keeps its letters in its id")
        XCTAssertTrue(net.contacts.contains { $0.name.count > 40 }, "a long name")
        XCTAssertTrue(net.contacts.contains { $0.name != Folding.key($0.name).capitalized && $0.name.contains("é") })
        for circle in net.circles {
            XCTAssertGreaterThanOrEqual(net.members(ofCircle: circle.name).count, 5, circle.name)
        }
    }

    func testJournalIsConsistent() {
        let today = days[0]
        let net = DemoNetwork.make(today: today)
        XCTAssertEqual(Set(net.contacts.map(\.id)).count, net.contacts.count, "unique ids")
        for interaction in net.interactions {
            XCTAssertLessThanOrEqual(interaction.date, today)
            XCTAssertGreaterThanOrEqual(interaction.date, today.adding(months: -6))
            for id in interaction.people { XCTAssertTrue(net.contains(id: id), "unknown \(id) in the journal") }
            if let event = interaction.event { XCTAssertNotNil(net.event(id: event)) }
        }
        for event in net.events {
            for id in event.met { XCTAssertTrue(net.contains(id: id), "unknown \(id) met at \(event.id)") }
        }
        let kinds = Set(net.interactions.map(\.kind))
        XCTAssertTrue(kinds.isSuperset(of: ["coffee", "call", "message", "email", "meeting", "event", "online"]))
        XCTAssertTrue(net.interactions.contains { if case .gave = $0.exchange { true } else { false } })
        XCTAssertTrue(net.interactions.contains { if case .asked = $0.exchange { true } else { false } })
        XCTAssertTrue(net.interactions.contains { if case .received = $0.exchange { true } else { false } })
        XCTAssertTrue(net.interactions.contains { ($0.followUp ?? today) < today }, "an overdue follow-up")
        XCTAssertTrue(net.interactions.contains { ($0.followUp ?? today) > today }, "a follow-up still ahead")
    }

    func testDemoIsDeterministic() {
        let a = DemoNetwork.make(today: days[0]), b = DemoNetwork.make(today: days[0])
        XCTAssertEqual(a.contacts, b.contacts)
        XCTAssertEqual(a.interactions, b.interactions)
        XCTAssertEqual(a.events, b.events)
        XCTAssertEqual(a.circles, b.circles)
        XCTAssertEqual(ReconnectPlanner.plan(a, today: days[0]), ReconnectPlanner.plan(b, today: days[0]))
    }

    func testPlanOnSeveralDays() {
        for today in days {
            let net = DemoNetwork.make(today: today)
            let plan = ReconnectPlanner.plan(net, today: today)
            XCTAssertTrue((5...7).contains(plan.count), "\(today): \(plan.count) suggestions")
            XCTAssertGreaterThanOrEqual(Set(plan.map { $0.circle ?? "" }).count, 3, "\(today): mixes circles")
            let kinds = Set(plan.flatMap { $0.reasons.map(\.kind) })
            XCTAssertTrue(kinds.contains(.followUp), "\(today): the overdue follow-up")
            XCTAssertTrue(kinds.contains(.metAtEvent), "\(today): the people met five days ago")
            XCTAssertTrue(plan.allSatisfy { !$0.reasons.isEmpty && !$0.nextStep.isEmpty })
        }
    }

    func testDemoHasSomethingForEveryRule() {
        let today = days[0]
        let net = DemoNetwork.make(today: today)
        // Longer than the daily list, to see every kind of reason the demo carries.
        let all = ReconnectPlanner.plan(net, today: today, options: PlannerOptions(limit: 100))
        let kinds = Set(all.flatMap { $0.reasons.map(\.kind) })
        XCTAssertEqual(kinds, Set(Reason.Kind.allCases))
        XCTAssertEqual(text(all, "fatou-diallo").first { $0.hasPrefix("Birthday") }, "Birthday on Mon 23 Nov (turns 35)")
        XCTAssertTrue(text(all, "helene-dupont").contains { $0.hasPrefix("New role: Directrice produit at Doctolib") })
        XCTAssertTrue(all.filter { net.contact(id: $0.contactID)?.source != nil }.count <= 1)
    }

    func testGoalsAndStatsOnTheDemo() {
        let today = days[0]
        let net = DemoNetwork.make(today: today)
        let goals = GoalProgress.month(net, month: today.month, today: today)
        XCTAssertEqual(goals.map(\.target), [2, 5, 8, 4, 4])
        let stats = NetworkStats.compute(net, today: today)
        XCTAssertEqual(stats.size, net.contacts.count)
        XCTAssertEqual(stats.circles.count, 6)
        XCTAssertFalse(stats.bridges.isEmpty)
        XCTAssertEqual(stats.interactionsPerMonth.map(\.count).reduce(0, +), net.interactions.count)
    }
}

