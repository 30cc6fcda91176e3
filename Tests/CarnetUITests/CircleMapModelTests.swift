import XCTest
import CarnetCore
@testable import CarnetUI

final class CircleMapModelTests: XCTestCase {
    let model = CircleMapModel(network: CircleMapFixture.network, today: CircleMapFixture.today)

    func group(_ name: String) -> CircleMapModel.Group {
        model.circles.first { $0.name == name }!
    }

    func testCirclesInNetworkOrderWithKinds() {
        XCTAssertEqual(model.circles.map(\.name), CircleMapFixture.network.circleNames)
        XCTAssertEqual(group("Alumni ESSEC").kind, "alumni")
    }

    /// Anciens collègues, 60-day cadence; Zoé and Chloé get 30 days from their other circle.
    /// Days since: 10 20 5 45 70 30 15 100 3 55 25 58 → Inès and Yann overdue; Nadia (5
    /// days left) and Sophie (2) pass their cadence within two weeks.
    func testWarmCircle() {
        let g = group("Anciens collègues")
        XCTAssertEqual([g.members, g.warm, g.cold, g.overdue, g.neverInTouch, g.coolingSoon], [12, 10, 2, 2, 0, 2])
        XCTAssertEqual(g.warmth, 83)        // 10/12
        XCTAssertEqual(g.warmthSoon, 67)    // 8/12
        XCTAssertFalse(g.isCold)
        XCTAssertFalse(g.isGoingCold)
        XCTAssertEqual(g.averageDaysSince, 36)  // 436/12 = 36.3
    }

    /// Alumni, 90 days: Antoine gets 6 weeks from the association; Karim is an import never
    /// contacted: not warm, not overdue, not in the average.
    func testColdCircle() {
        let g = group("Alumni ESSEC")
        XCTAssertEqual([g.members, g.warm, g.cold, g.overdue, g.neverInTouch], [9, 3, 6, 5, 1])
        XCTAssertEqual(g.warmth, 33)
        XCTAssertTrue(g.isCold)
        XCTAssertTrue(g.isGoingCold)
        XCTAssertEqual(g.averageDaysSince, 97)  // 776/8
        XCTAssertEqual(g.coldest.first?.name, "Camille Roux")  // 200 days, 110 past 90
        // Eight kept of nine: Karim, never in touch, would come last.
        XCTAssertEqual(g.coldest.count, CircleMapModel.namesKept)
        XCTAssertEqual(g.coldest.last?.name, "Émilie Faure")
    }

    /// Famille: 5 of 6 warm today, but Maman, Louis and Anaïs pass 30 days within two
    /// weeks: 2 of 6 warm then. Going cold without being cold yet.
    func testCoolingCircle() {
        let g = group("Famille & amis")
        XCTAssertEqual([g.members, g.warm, g.coolingSoon], [6, 5, 3])
        XCTAssertEqual(g.warmth, 83)
        XCTAssertEqual(g.warmthSoon, 33)
        XCTAssertFalse(g.isCold)
        XCTAssertTrue(g.isGoingCold)
        XCTAssertEqual(CircleMapField.role(of: g), .overdue)
    }

    func testWholeNetwork() {
        XCTAssertEqual(model.people, 37)
        XCTAssertEqual(model.warmPeople, 21)  // each person once, whatever their circles
        XCTAssertEqual(model.warmth, 57)
        XCTAssertEqual(model.goingColdCount, 4)
        XCTAssertEqual(model.circles.map(\.members), [12, 9, 5, 6, 4, 3])
        XCTAssertEqual(model.circles.map(\.warmth), [83, 33, 80, 83, 25, 67])
    }

    func testOutside() {
        let o = model.outside
        XCTAssertEqual([o.members, o.warm, o.overdue, o.neverInTouch], [4, 1, 2, 1])
        XCTAssertEqual(o.warmth, 25)
        XCTAssertEqual(o.coldest.map(\.name), ["Vincent Bonnet", "Max Weber", "Alice Renard", "Søren Ærø"])
    }

    func testBridgesAndLinks() {
        XCTAssertEqual(model.bridges.map(\.name),
                       ["Hélène Dupont", "Zoé Martin", "Chloé Bernard", "Antoine Blanc", "Sarah Cohen", "Élodie Perrin"])
        XCTAssertEqual(model.bridges[0].circles, [0, 1])
        func links(_ i: Int) -> [Int] { model.circles[i].links.map(\.circle) }
        XCTAssertEqual(links(0), [1, 2, 3])
        XCTAssertEqual(links(1), [0, 4, 5])
        XCTAssertEqual(links(2), [0, 3])
        XCTAssertEqual(model.circles.flatMap(\.links).map(\.people).reduce(0, +), 12)  // 6 pairs, seen from both sides
    }

    func testLinksCountPeopleAndSortStrongestFirst() {
        var contacts: [Contact] = []
        for (i, circles) in [["A", "B"], ["A", "B"], ["a", "C"], ["A", "B", "C"], ["B", "b"]].enumerated() {
            var c = Contact(id: "c\(i)", name: "C\(i)")
            c.circles = circles
            contacts.append(c)
        }
        let m = CircleMapModel(network: Network(contacts: contacts), today: CircleMapFixture.today)
        XCTAssertEqual(m.circles.map(\.name), ["A", "B", "C"])
        XCTAssertEqual(m.circles.map(\.members), [4, 4, 2])  // "a" is A; "B, b" counts once
        XCTAssertEqual(m.circles[0].links, [.init(circle: 1, people: 3), .init(circle: 2, people: 2)])
        XCTAssertEqual(m.bridges.map(\.id), ["c0", "c1", "c2", "c3"])  // c4 is in B twice: one circle
        XCTAssertEqual(m.circles[0].warmth, 0)  // no date at all: unknown, not warm
    }

    func testEmptyCircleHasNoWarmth() {
        let m = CircleMapModel(network: Network(contacts: [], circles: [Circle(name: "Club")]), today: CircleMapFixture.today)
        XCTAssertEqual(m.circles[0].members, 0)
        XCTAssertNil(m.circles[0].warmth)
        XCTAssertFalse(m.circles[0].isGoingCold)
        XCTAssertNil(m.warmth)
    }

    /// The map resolves cadences itself for speed; it must agree with the planner for
    /// every person: own cadence, circle spelled differently, met and added dates, imports.
    func testDuenessAgreesWithPlanner() {
        let today = CircleMapFixture.today
        var contacts: [Contact] = []
        var own = Contact(id: "own", name: "Own"); own.circles = ["Club"]; own.cadence = Cadence("10d")
        own.added = today.adding(days: -12)
        var spelled = Contact(id: "spelled", name: "Spelled"); spelled.circles = ["CLUB ", "Famille"]
        spelled.met = Contact.Met(date: today.adding(days: -40))
        var both = Contact(id: "both", name: "Both"); both.circles = ["Famille", "Club"]
        both.met = Contact.Met(date: today.adding(days: -50)); both.added = today.adding(days: -20)
        var imported = Contact(id: "imported", name: "Imported"); imported.circles = ["Club"]; imported.source = "vcard"
        imported.added = today.adding(days: -5)
        var bare = Contact(id: "bare", name: "Bare"); bare.circles = ["Nowhere"]; bare.added = today.adding(days: -100)
        var later = Contact(id: "later", name: "Later"); later.circles = ["Club"]
        contacts = [own, spelled, both, imported, bare, later]
        let network = Network(contacts: contacts,
                              circles: [Circle(name: "Club", cadence: Cadence("30d")), Circle(name: "Famille", cadence: Cadence("3w"))],
                              interactions: [Interaction(date: today.adding(days: 3), people: ["later"], kind: "coffee")])
        let m = CircleMapModel(network: network, today: today)
        let shown = Dictionary((m.circles + [m.outside]).flatMap(\.coldest).map { ($0.id, $0.daysLeft) }, uniquingKeysWith: { a, _ in a })
        for contact in contacts {
            let planner = ReconnectPlanner.dueness(of: contact, in: network, today: today)
            XCTAssertEqual(shown[contact.id], .some(planner.daysLeft), contact.id)
        }
    }

    /// 10,000 people in 30 circles: each counted once in each of their circles (or
    /// outside), and the pane drawn. Its speed is measured by `carnet-bench` ("render the
    /// map pane"), not here.
    func testTenThousandPeopleAreEachCountedInTheirCircles() {
        let network = Self.bigNetwork(people: 10_000, circles: 30)
        let model = CircleMapModel(network: network, today: CircleMapFixture.today)
        XCTAssertEqual(model.people, 10_000)
        XCTAssertEqual(model.outside.members, network.contacts.filter { $0.circles.isEmpty }.count)
        XCTAssertEqual(model.circles.map(\.members).reduce(0, +), network.contacts.map { Set($0.circles).count }.reduce(0, +))
        let state = AppState(network: network, today: CircleMapFixture.today, width: 200, height: 60)
        var canvas = Canvas(width: 200, height: 56)
        CircleMapView.draw(into: &canvas, area: canvas.bounds, state: state)
        XCTAssertTrue(canvas.lines().contains { $0.contains("Cercle 1 é") })
    }

    static func bigNetwork(people: Int, circles: Int) -> Network {
        let today = CircleMapFixture.today
        var contacts: [Contact] = []
        var interactions: [Interaction] = []
        let names = (0..<circles).map { "Cercle \($0) é" }
        for i in 0..<people {
            var c = Contact(id: "p\(i)", name: "Personne \(i)")
            c.circles = i % 7 == 0 ? [] : [names[i % circles]] + (i % 5 == 0 ? [names[(i / 5) % circles]] : [])
            contacts.append(c)
            interactions.append(Interaction(date: today.adding(days: -(i * 37 % 200)), people: [c.id], kind: "call"))
        }
        return Network(contacts: contacts, circles: names.enumerated().map { Circle(name: $1, cadence: Cadence("\(30 + $0)d")) },
                       interactions: interactions)
    }
}
