import XCTest
@testable import CarnetCore

final class StatsComputationTests: XCTestCase {
    let today = day("2026-11-20")

    private func network() -> Network {
        var a = person("a", circles: ["Club", "Alumni"])
        a.sector = "Santé"; a.city = "Lyon"; a.country = "France"; a.seniority = "senior"
        a.added = day("2026-11-02")
        var b = person("b", circles: ["club"])  // same circle, other spelling
        b.sector = "santé"; b.city = "Paris"; b.added = day("2026-10-15")
        var c = person("c", circles: ["Alumni"])
        c.sector = "Fintech"; c.city = " Lyon "; c.met = Contact.Met(date: day("2026-06-01"))
        var d = person("d", circles: ["Famille"])
        d.added = day("2025-01-01")
        let e = person("e")
        let journal = [
            Interaction(date: day("2026-11-10"), people: ["a", "b"], kind: "coffee", exchange: .gave("an intro")),
            Interaction(date: day("2026-10-01"), people: ["c"], kind: "call", exchange: .asked("advice")),
            Interaction(date: day("2026-09-01"), people: ["c"], kind: "email", exchange: .received("a lead")),
            Interaction(date: day("2026-08-01"), people: ["b"], kind: "coffee"),
            Interaction(date: day("2026-12-01"), people: ["a"], kind: "coffee", exchange: .asked("later")),
            Interaction(date: day("2025-10-01"), people: ["d"], kind: "call"),
        ]
        return Network(contacts: [a, b, c, d, e],
                       circles: [Circle(name: "Club", kind: "club", cadence: Cadence(count: 30, unit: .day)),
                                 Circle(name: "Alumni", kind: "alumni", cadence: Cadence(count: 3, unit: .month))],
                       interactions: journal)
    }

    func testSizeGrowthAndInteractionsPerMonth() {
        let stats = NetworkStats.compute(network(), today: today)
        XCTAssertEqual(stats.size, 5)
        XCTAssertEqual(stats.today, "2026-11-20")
        XCTAssertEqual(stats.growth.map(\.month).first, "2025-12")
        XCTAssertEqual(stats.growth.map(\.month).last, "2026-11")
        XCTAssertEqual(stats.growth.map(\.count), [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1]) // c in June (met), b Oct, a Nov
        XCTAssertEqual(stats.interactionsPerMonth.map(\.count), [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
    }

    func testBalances() {
        let stats = NetworkStats.compute(network(), today: today)
        XCTAssertEqual(stats.balance, Balance(gave: 1, asked: 1, received: 1, neutral: 2))
        XCTAssertEqual(stats.balance.net, -1)
        XCTAssertEqual(stats.balanceByCircle.map(\.circle), ["Club", "Alumni", "Famille"])
        XCTAssertEqual(stats.balanceByCircle.map(\.balance), [
            Balance(gave: 2, neutral: 1),             // a's and b's: the coffee with both counts twice
            Balance(gave: 1, asked: 1, received: 1),
            Balance(neutral: 1),
        ])
        XCTAssertEqual(stats.balanceByContact.map(\.id), ["a", "b", "c", "d"])
        XCTAssertEqual(stats.balanceByContact.map(\.balance), [
            Balance(gave: 1), Balance(gave: 1, neutral: 1), Balance(asked: 1, received: 1), Balance(neutral: 1),
        ])
    }

    func testCircleHealthAndBridges() {
        let stats = NetworkStats.compute(network(), today: today)
        XCTAssertEqual(stats.circles, [
            // a has a coffee planned (0 days, as in the planner), b 10 days on a 30-day cadence.
            CircleHealth(name: "Club", kind: "club", cadenceDays: 30, members: 2, warm: 2, cold: 0,
                         warmth: 1, averageDaysSinceLast: 5),
            // a: 0 days, c: 50 days on 90.
            CircleHealth(name: "Alumni", kind: "alumni", cadenceDays: 90, members: 2, warm: 2, cold: 0,
                         warmth: 1, averageDaysSinceLast: 25),
            // d: 415 days on the default 90.
            CircleHealth(name: "Famille", kind: nil, cadenceDays: nil, members: 1, warm: 0, cold: 1,
                         warmth: 0, averageDaysSinceLast: 415),
        ])
        XCTAssertEqual(stats.bridges, [Bridge(id: "a", name: "A", circles: ["Club", "Alumni"])])
    }

    func testCircleHealthCountsWhatACircleByCircleCountGives() {
        var net = network()
        net.upsert(person("g", circles: ["Famille", "famille"]))  // one circle named twice: one member
        let health = CircleHealth.all(in: net, today: today)
        XCTAssertEqual(health.map(\.name), ["Club", "Alumni", "Famille"])
        XCTAssertEqual(health.map(\.members), [2, 2, 2])
        XCTAssertEqual(health.map(\.warm), [2, 2, 0])
        // 30 days on a 30-day cadence is still warm; 31 is not.
        let edge = Network(contacts: [person("h", circles: ["Club"]), person("i", circles: ["Club"])],
                           circles: [Circle(name: "Club", kind: "club", cadence: Cadence(count: 30, unit: .day))],
                           interactions: [Interaction(date: day("2026-10-21"), people: ["h"], kind: "call"),
                                          Interaction(date: day("2026-10-20"), people: ["i"], kind: "call")])
        XCTAssertEqual(CircleHealth.all(in: edge, today: today).map(\.warm), [1])
        // Circle by circle, each member's cadence worked out alone (what `carnet circles`
        // did), on the demo network on several days too.
        for (network, day) in [(net, today), (edge, today)] + ["2026-11-20", "2027-03-01"].map({ (DemoNetwork.make(today: day($0)), day($0)) }) {
            let counted = network.circleNames.map { name -> [Int] in
                let members = network.members(ofCircle: name)
                let warm = members.filter { (ReconnectPlanner.dueness(of: $0, in: network, today: day).daysLeft ?? -1) >= 0 }
                return [members.count, warm.count]
            }
            XCTAssertEqual(CircleHealth.all(in: network, today: day).map { [$0.members, $0.warm] }, counted, "\(day)")
        }
    }

    func testMembersByCircleAreEachCirclesMembersInOnePass() {
        var net = network()
        net.upsert(person("g", circles: ["Famille", "famille"]))
        let byCircle = net.membersByCircle
        XCTAssertEqual(byCircle.map(\.name), net.circleNames)
        XCTAssertEqual(byCircle.map(\.members), [[0, 1], [0, 2], [3, 5]])
        for (name, members) in byCircle {
            XCTAssertEqual(members.map { net.contacts[$0].id }, net.members(ofCircle: name).map(\.id))
        }
    }

    func testWarmthIsAShare() {
        var net = network()
        var f = person("f", circles: ["Club"])
        f.added = day("2026-01-01")  // never contacted, long ago: cold
        net.upsert(f)
        let club = NetworkStats.compute(net, today: today).circles[0]
        XCTAssertEqual(club.members, 3)
        XCTAssertEqual(club.warm, 2)
        XCTAssertEqual(club.cold, 1)
        XCTAssertEqual(club.warmth, 2.0 / 3.0)
        XCTAssertEqual(club.averageDaysSinceLast, 5) // f has no interaction
    }

    func testDiversityGroupsSpellingsAndCountsUnknown() {
        let d = NetworkStats.compute(network(), today: today).diversity
        XCTAssertEqual(d.sectors, [.init(value: "Santé", count: 2), .init(value: "Fintech", count: 1),
                                   .init(value: "unknown", count: 2)])
        XCTAssertEqual(d.cities, [.init(value: "Lyon", count: 2), .init(value: "Paris", count: 1),
                                  .init(value: "unknown", count: 2)])
        XCTAssertEqual(d.countries, [.init(value: "France", count: 1), .init(value: "unknown", count: 4)])
        XCTAssertEqual(d.seniority, [.init(value: "senior", count: 1), .init(value: "unknown", count: 4)])
    }

    func testEmptyNetwork() {
        let stats = NetworkStats.compute(Network(), today: today)
        XCTAssertEqual(stats.size, 0)
        XCTAssertEqual(stats.growth.count, 12)
        XCTAssertEqual(stats.circles, [])
        XCTAssertEqual(stats.diversity.sectors, [])
    }
}
