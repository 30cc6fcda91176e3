import XCTest
@testable import CarnetCore

/// The shortcuts taken for scale (score first, a partial top-k per circle, skipping
/// people who cannot make their circle's best) must not change the list.
final class PlannerScaleTests: XCTestCase {
    let today = day("2026-11-20")

    /// A random but reproducible network: a few circles, birthdays, events, exchanges,
    /// follow-ups, snoozes, imports, many equal scores.
    private func randomNetwork(people: Int, interactions: Int, seed: UInt64) -> Network {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let circleNames = ["Club", "Alumni", "club", "Famille", "Swift", "Voisins"]
        var contacts: [Contact] = []
        for i in 0..<people {
            var c = Contact(id: "p\(i)", name: "Person \(i)")
            if next(6) > 0 { c.circles = [circleNames[next(6)]] + (next(3) == 0 ? [circleNames[next(6)]] : []) }
            c.sector = ["Santé", "Fintech", "Retail"][next(3)]
            if next(8) == 0 { c.birthday = Birthday(year: next(2) == 0 ? nil : 1980 + next(20), month: 11, day: 15 + next(15)) }
            if next(20) == 0 { c.roleSince = today.adding(days: -next(40)) }
            if next(10) == 0 { c.source = "linkedin" }
            if next(25) == 0 { c.snoozedUntil = today.adding(days: next(10) - 3) }
            if next(15) == 0 { c.met = Contact.Met(date: today.adding(days: -next(20)), event: "e\(next(4))") }
            c.added = today.adding(days: -next(500))
            contacts.append(c)
        }
        var journal: [Interaction] = []
        for _ in 0..<interactions {
            let exchange: Exchange = [.neutral, .neutral, .gave("g"), .asked("a"), .received("r")][next(5)]
            let date = today.adding(days: -next(400))
            journal.append(Interaction(date: date, people: ["p\(next(people))"], kind: ["coffee", "call", "email"][next(3)],
                                       exchange: exchange,
                                       followUp: next(15) == 0 ? date.adding(days: next(60)) : nil))
        }
        let events = (0..<4).map { i -> Event in
            var e = Event(id: "e\(i)", name: "Event \(i)", date: today.adding(days: -i * 6))
            e.met = (0..<5).map { _ in "p\(next(people))" }
            return e
        }
        var net = Network(contacts: contacts, circles: [
            Circle(name: "Club", cadence: Cadence(count: 30, unit: .day)),
            Circle(name: "Alumni", cadence: Cadence(count: 90, unit: .day)),
            Circle(name: "Famille", cadence: Cadence(count: 21, unit: .day)),
        ], interactions: journal, events: events)
        net.objective = Objective(aim: .sectorChange, sectors: ["sante"])
        return net
    }

    func testShortListIsThePrefixOfTheFullRanking() {
        for seed in [1, 2, 3] as [UInt64] {
            let net = randomNetwork(people: 1_200, interactions: 6_000, seed: seed)
            // With a limit as large as the network nothing is pruned: the greedy order over everyone.
            let full = ReconnectPlanner.plan(net, today: today, options: PlannerOptions(limit: 10_000))
            for limit in [1, 6, 7, 30] {
                let short = ReconnectPlanner.plan(net, today: today, options: PlannerOptions(limit: limit))
                XCTAssertEqual(short.map(\.contactID), Array(full.prefix(limit)).map(\.contactID), "seed \(seed), limit \(limit)")
            }
            XCTAssertLessThanOrEqual(full.filter { net.contact(id: $0.contactID)?.source != nil
                && net.lastInteraction(of: $0.contactID) == nil
                && $0.reasons.allSatisfy { $0.kind == .objective } }.count, 1)
        }
    }
}
