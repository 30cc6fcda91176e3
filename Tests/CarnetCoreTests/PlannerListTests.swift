import XCTest
@testable import CarnetCore

/// The shape of the daily list: short, mixed across circles, deterministic.
final class PlannerListTests: XCTestCase {
    let today = day("2026-11-20")

    /// Ten very late people in "Alumni", three less late in "Club", two in "Family".
    private func crowdedNetwork() -> Network {
        var contacts: [Contact] = []
        var journal: [Interaction] = []
        for i in 0..<10 {
            contacts.append(person("alum\(i)", circles: ["Alumni"]))
            journal.append(Interaction(date: today.adding(days: -300 - i), people: ["alum\(i)"], kind: "coffee"))
        }
        for i in 0..<3 {
            contacts.append(person("club\(i)", circles: ["Club", "Alumni"]))
            journal.append(Interaction(date: today.adding(days: -120 - i), people: ["club\(i)"], kind: "call"))
        }
        for i in 0..<2 {
            contacts.append(person("fam\(i)", circles: ["Family"]))
            journal.append(Interaction(date: today.adding(days: -100 - i), people: ["fam\(i)"], kind: "message"))
        }
        return Network(contacts: contacts, interactions: journal)
    }

    func testShortByDefault() {
        XCTAssertEqual(ReconnectPlanner.plan(crowdedNetwork(), today: today).count, 6)
        XCTAssertEqual(ReconnectPlanner.plan(crowdedNetwork(), today: today, options: .init(limit: 3)).count, 3)
        XCTAssertEqual(ReconnectPlanner.plan(crowdedNetwork(), today: today, options: .init(limit: 0)), [])
    }

    func testMixesCircles() {
        let plan = ReconnectPlanner.plan(crowdedNetwork(), today: today)
        // Without the mix the six would all be alumni (scores 43–44 against 23 and 21).
        var unmixed = PlannerOptions()
        unmixed.circleRepeatPenaltyPercent = 0
        XCTAssertEqual(Set(ReconnectPlanner.plan(crowdedNetwork(), today: today, options: unmixed).compactMap(\.circle)),
                       ["Alumni"])
        // With it, each pick from a circle halves the next one's score (÷2, ÷3…):
        // alum6 44 (ties by id) · club0 23 > alum7 44/2 · alum7 22 > fam0 21 · fam0 21 >
        // alum8 44/3 · alum8 14.7 > club1 23/2 · club1 11.5 > alum9 44/4.
        XCTAssertEqual(plan.map(\.contactID), ["alum6", "club0", "alum7", "fam0", "alum8", "club1"])
        XCTAssertEqual(Set(plan.compactMap(\.circle)), ["Alumni", "Club", "Family"])
    }

    func testTiesBrokenByIDAndDeterministic() {
        let journal = [Interaction(date: today.adding(days: -100), people: ["b", "a", "c"], kind: "coffee")]
        let net = Network(contacts: [person("c", circles: ["X"]), person("b", circles: ["Y"]), person("a", circles: ["Z"])],
                          interactions: journal)
        let first = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(first.map(\.contactID), ["a", "b", "c"])
        for _ in 0..<5 { XCTAssertEqual(ReconnectPlanner.plan(net, today: today), first) }
        XCTAssertEqual(ReconnectPlanner.plan(crowdedNetwork(), today: today),
                       ReconnectPlanner.plan(crowdedNetwork(), today: today))
    }

    func testReasonsStrongestFirstAndNextStepFollowsTheStrongest() {
        var p = person("p", circles: ["Club"])
        p.birthday = Birthday(year: nil, month: 11, day: 21)
        let journal = [Interaction(date: today.adding(days: -200), people: ["p"], kind: "call", exchange: .received("a lead"))]
        let net = Network(contacts: [p], circles: [Circle(name: "Club", cadence: Cadence(count: 30, unit: .day))],
                          interactions: journal)
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan[0].reasons.map(\.kind), [.birthday, .overdue, .giveBack])
        XCTAssertEqual(plan[0].reasons.map(\.weight), [51, 50, 25])
        XCTAssertEqual(plan[0].score, 126)
        XCTAssertEqual(plan[0].nextStep, "Wish them a happy birthday by phone")
    }

    func testUntrustedTextIsMadeInert() {
        var p = person("p")
        p.name = "Eve\u{1B}[2J"
        p.role = "CTO\u{202E}"
        p.company = "Acme"
        p.roleSince = today
        let plan = ReconnectPlanner.plan(Network(contacts: [p]), today: today)
        XCTAssertEqual(plan[0].name, "Eve")
        XCTAssertEqual(plan[0].reasons[0].text, "New role: CTO at Acme since 20 Nov")
    }

    func testDayWords() {
        XCTAssertEqual(DayWords.weekdayDate(day("2026-11-26"), today: today), "Thu 26 Nov")
        XCTAssertEqual(DayWords.date(day("2025-11-16"), today: today), "16 Nov 2025")
        XCTAssertEqual(DayWords.date(day("2026-01-02"), today: today), "2 Jan")
        XCTAssertEqual(DayWords.weekdayDate(day("2027-01-01"), today: day("2026-12-29")), "Fri 1 Jan")
        XCTAssertEqual(DayWords.weekdayDate(day("2028-02-29"), today: today), "Tue 29 Feb 2028")
        XCTAssertEqual(DayWords.days(1), "1 day")
    }

    /// A translation is one conformance away.
    func testPhrasesArePluggable() {
        struct Shouting: PlannerPhrases {
            func reason(_ detail: Reason.Detail, today: Day) -> String { "\(detail.kind.rawValue)!" }
            func nextStep(for detail: Reason.Detail, lastKind: String?, lastChannel: Channel?) -> String { "GO" }
        }
        var options = PlannerOptions()
        options.phrases = Shouting()
        let journal = [Interaction(date: today.adding(days: -100), people: ["a"], kind: "coffee")]
        let plan = ReconnectPlanner.plan(Network(contacts: [person("a")], interactions: journal), today: today, options: options)
        XCTAssertEqual(plan[0].reasons.map(\.text), ["overdue!"])
        XCTAssertEqual(plan[0].nextStep, "GO")
    }
}
