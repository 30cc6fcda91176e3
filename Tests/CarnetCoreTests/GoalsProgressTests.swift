import XCTest
@testable import CarnetCore

final class GoalsProgressTests: XCTestCase {
    let today = day("2026-11-20")
    let november = Month(year: 2026, month: 11)

    private func network(goals: [Goal]) -> Network {
        var a = person("a"); a.met = Contact.Met(date: day("2026-11-03"), event: "e1")
        var b = person("b"); b.met = Contact.Met(date: day("2026-11-10"))
        var c = person("c"); c.met = Contact.Met(date: day("2025-04-01"))
        let journal = [
            Interaction(date: day("2026-10-30"), people: ["c"], kind: "coffee"),
            Interaction(date: day("2026-11-03"), people: ["a", "c"], kind: "event", event: "e1"),
            Interaction(date: day("2026-11-06"), people: ["c"], kind: "coffee", exchange: .gave("an intro")),
            Interaction(date: day("2026-11-08"), people: ["d"], kind: "call", exchange: .asked("advice")),
            Interaction(date: day("2026-11-12"), people: ["d", "e"], kind: "coffee"),
            Interaction(date: day("2026-11-15"), people: ["b"], kind: "message", exchange: .gave("an article")),
            // Planned, not done yet.
            Interaction(date: day("2026-11-22"), people: ["e"], kind: "coffee", exchange: .gave("a lead")),
        ]
        let events = [Event(id: "e1", name: "Meetup", date: day("2026-11-03")),
                      Event(id: "e2", name: "Conf", date: day("2026-11-25")),
                      Event(id: "e3", name: "Dinner", date: day("2026-10-10"))]
        return Network(contacts: [a, b, c, person("d"), person("e")], interactions: journal, events: events, goals: goals)
    }

    func testMonthCountsEachMeasure() {
        let goals = [Goal(.events, target: 2), Goal(.newPeople, target: 2), Goal(.reconnects, target: 3),
                     Goal(.gives, target: 4), Goal(.kind("coffee"), target: 2), Goal(.kind("call"), target: 3)]
        let status = GoalProgress.month(network(goals: goals), month: november, today: today)
        XCTAssertEqual(status.map(\.goal), goals)
        // events: e1 only (e2 is after today); new: a, b; reconnects: c, d, e (a and b are new);
        // gives: 2 (the third is after today); coffee: 2; call: 1.
        XCTAssertEqual(status.map(\.done), [1, 2, 3, 2, 2, 1])
        XCTAssertEqual(status.map(\.isMet), [false, true, true, false, true, false])
        XCTAssertEqual(status.map(\.remaining), [1, 0, 0, 2, 0, 2])
        XCTAssertEqual(Set(status.map(\.daysLeft)), [10]) // 21 to 30 November
    }

    func testOtherMonthsAndDaysLeft() {
        let goals = [Goal(.events, target: 1), Goal(.kind("coffee"), target: 1)]
        let october = GoalProgress.month(network(goals: goals), month: november.adding(-1), today: today)
        XCTAssertEqual(october.map(\.done), [1, 1])
        XCTAssertEqual(october.map(\.daysLeft), [0, 0])
        let december = GoalProgress.month(network(goals: goals), month: november.adding(1), today: today)
        XCTAssertEqual(december.map(\.done), [0, 0])
        XCTAssertEqual(december.map(\.daysLeft), [31, 31])
        XCTAssertEqual(GoalProgress.daysLeft(in: november, today: day("2026-11-30")), 0)
        XCTAssertEqual(GoalProgress.daysLeft(in: Month(year: 2028, month: 2), today: day("2028-02-01")), 28)
    }

    func testNoGoalsNoStatus() {
        XCTAssertEqual(GoalProgress.month(network(goals: []), month: november, today: today), [])
        XCTAssertEqual(GoalProgress.streak(network(goals: []), today: today), 0)
    }

    /// One reconnect and one give a month, from `months` (offsets from November 2026).
    private func streakNetwork(months: [Int]) -> Network {
        let journal = months.map { offset in
            Interaction(date: november.adding(offset).first.adding(days: 4), people: ["p"], kind: "call",
                        exchange: .gave("help"))
        }
        return Network(contacts: [person("p")], interactions: journal,
                       goals: [Goal(.reconnects, target: 1), Goal(.gives, target: 1)])
    }

    func testStreakEndsWithTheLastCompleteMonth() {
        // July missing; August to October met; November not yet.
        XCTAssertEqual(GoalProgress.streak(streakNetwork(months: [-5, -3, -2, -1]), today: today), 3)
        // November met already: it counts.
        XCTAssertEqual(GoalProgress.streak(streakNetwork(months: [-5, -3, -2, -1, 0]), today: today), 4)
        // October missed: the streak is broken, whatever came before.
        XCTAssertEqual(GoalProgress.streak(streakNetwork(months: [-3, -2]), today: today), 0)
        XCTAssertEqual(GoalProgress.streak(streakNetwork(months: [-3, -2, 0]), today: today), 1)
        // Across a year end.
        XCTAssertEqual(GoalProgress.streak(streakNetwork(months: [-12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1]),
                                           today: today), 12)
    }

    func testAGoalWithATargetOfZeroIsTurnedOff() {
        var net = streakNetwork(months: [-2, -1])
        net.goals = [Goal(.events, target: 0)]
        // `carnet goals set events 0` turns the goal off: no goal, no progress, no streak.
        XCTAssertEqual(GoalProgress.month(net, month: november, today: today), [])
        XCTAssertEqual(GoalProgress.streak(net, today: today), 0)
    }

    func testStatusEncodesAsStableJSONShape() {
        // No Foundation here: check the keys through a tiny encoder.
        let status = GoalStatus(goal: Goal(.newPeople, target: 5), month: november, done: 3, daysLeft: 10)
        let keys = KeyRecorder.keys(of: status)
        XCTAssertEqual(keys, ["measure=new-people", "month=2026-11", "done=3", "target=5", "daysLeft=10", "met=false"])
    }

    /// Reconnects in each month of three years of a generated journal (lines logged late,
    /// people named on group lines, people met within the range) against a plain count:
    /// the distinct people in touch that month, but not the month they were new.
    func testReconnectsAreTheDistinctPeopleInTouchEachMonthButNotTheMonthTheyWereNew() throws {
        let folder = TemporaryFolder()
        let today = day("2026-11-20")
        try SyntheticNetwork.write(to: folder.path + "/store", people: 300, seed: 11, today: today)
        let network = try Store.open(at: folder.path + "/store").network
        let range = Month(year: 2024, month: 1)...today.month
        let first = range.lowerBound.first
        func offset(_ d: Day) -> Int { MonthlyTallies.offset(d.month, from: range.lowerBound) }
        var expected = [Int](repeating: 0, count: offset(today) + 1)
        var counted = Set<[Int]>()
        for line in network.interactions where line.date >= first && line.date <= today {
            for id in line.people {
                guard let p = network.contacts.firstIndex(where: { $0.id == id }) else { continue }
                if let met = network.contacts[p].met?.date, met >= first, met <= today, offset(met) == offset(line.date) { continue }
                if counted.insert([p, offset(line.date)]).inserted { expected[offset(line.date)] += 1 }
            }
        }
        let tallies = MonthlyTallies(network, months: range, today: today, kinds: [])
        XCTAssertEqual(expected.indices.map { tallies.count(.reconnects, in: range.lowerBound.adding($0)) }, expected)
        XCTAssertGreaterThan(expected.reduce(0, +), 1000)
        // One month alone counts as it does within the range.
        let november = MonthlyTallies(network, months: today.month...today.month, today: today, kinds: [])
        XCTAssertEqual(november.count(.reconnects, in: today.month), expected.last)
    }
}

/// Records what an `Encodable` writes at its top level, as `key=value` strings.
final class KeyRecorder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var entries: [String] = []

    static func keys(of value: some Encodable) -> [String] {
        let recorder = KeyRecorder()
        try? value.encode(to: recorder)
        return recorder.entries
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Container<Key>(recorder: self))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { fatalError("not needed") }
    func singleValueContainer() -> any SingleValueEncodingContainer { fatalError("not needed") }

    struct Container<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let recorder: KeyRecorder
        var codingPath: [any CodingKey] = []
        mutating func encodeNil(forKey key: Key) throws { recorder.entries.append("\(key.stringValue)=nil") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            recorder.entries.append("\(key.stringValue)=\(value)")
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            fatalError("not needed")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { fatalError("not needed") }
        mutating func superEncoder() -> any Encoder { recorder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { recorder }
    }
}
