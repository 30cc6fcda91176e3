import XCTest
@testable import CarnetCore

/// One test (at least) per planner rule, on hand-built networks and a fixed day.
final class PlannerRulesTests: XCTestCase {
    /// Friday 20 November 2026.
    let today = day("2026-11-20")

    // MARK: - Time against cadence

    func testOverdueAgainstCircleCadence() {
        let net = Network(contacts: [person("alice", circles: ["Club"])],
                          circles: [Circle(name: "Club", cadence: Cadence(count: 30, unit: .day))],
                          interactions: [Interaction(date: today.adding(days: -47), people: ["alice"], kind: "coffee")])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["alice"])
        XCTAssertEqual(plan[0].reasons.map(\.text), ["Last contact 47 days ago; Club's cadence is 30 days"])
        XCTAssertEqual(plan[0].reasons[0].kind, .overdue)
        // 17 days late on a 30-day cadence: 20 + 10 × 17 / 30.
        XCTAssertEqual(plan[0].score, 25)
        XCTAssertEqual(plan[0].nextStep, "Propose a coffee")
    }

    func testWithinCadenceIsNotListed() {
        let net = Network(contacts: [person("alice", circles: ["Club"])],
                          circles: [Circle(name: "Club", cadence: Cadence(count: 30, unit: .day))],
                          interactions: [Interaction(date: today.adding(days: -30), people: ["alice"], kind: "call")])
        XCTAssertEqual(ReconnectPlanner.plan(net, today: today), [])
    }

    func testOwnCadenceBeatsCirclesAndShortestCircleBeatsOthers() {
        var own = person("own", circles: ["Slow"])
        own.cadence = Cadence(count: 2, unit: .week)
        let net = Network(
            contacts: [own, person("two", circles: ["Slow", "Fast"]), person("none")],
            circles: [Circle(name: "Slow", cadence: Cadence(count: 3, unit: .month)),
                      Circle(name: "Fast", cadence: Cadence(count: 20, unit: .day))],
            interactions: [Interaction(date: today.adding(days: -21), people: ["own", "two", "none"], kind: "meeting")])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(Set(plan.map(\.contactID)), ["own", "two"])
        XCTAssertEqual(text(plan, "own"), ["Last contact 21 days ago; their cadence is 14 days"])
        XCTAssertEqual(text(plan, "two"), ["Last contact 21 days ago; Fast's cadence is 20 days"])

        let quiet = Network(contacts: [person("none")],
                            interactions: [Interaction(date: today.adding(days: -91), people: ["none"], kind: "email")])
        XCTAssertEqual(text(ReconnectPlanner.plan(quiet, today: today), "none"),
                       ["Last contact 91 days ago; the default cadence is 90 days"])
    }

    func testOverdueRatioWeighs() {
        let net = Network(contacts: [person("late"), person("later")],
                          interactions: [Interaction(date: today.adding(days: -100), people: ["late"], kind: "call"),
                                         Interaction(date: today.adding(days: -300), people: ["later"], kind: "call")])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["later", "late"])
        XCTAssertEqual(plan.map(\.score), [43, 21])
    }

    func testNeverContactedCountsFromMetOrAdded() {
        var met = person("met")
        met.met = Contact.Met(date: today.adding(days: -100))
        var added = person("added")
        added.added = today.adding(days: -95)
        var both = person("both")
        both.met = Contact.Met(date: today.adding(days: -400))
        both.added = today.adding(days: -10)
        let plan = ReconnectPlanner.plan(Network(contacts: [met, added, both, person("unknown")]), today: today)
        XCTAssertEqual(plan.map(\.contactID), ["met", "added"])
        XCTAssertEqual(text(plan, "met"), ["Met 100 days ago, nothing logged since; the default cadence is 90 days"])
        XCTAssertEqual(text(plan, "added"), ["Added 95 days ago, never contacted; the default cadence is 90 days"])
    }

    // MARK: - Follow-ups

    func testFollowUpDue() {
        let asked = Interaction(date: day("2026-11-02"), people: ["bob"], kind: "email",
                                exchange: .asked("intro to CTO"), followUp: day("2026-11-16"))
        let plan = ReconnectPlanner.plan(Network(contacts: [person("bob")], interactions: [asked]), today: today)
        XCTAssertEqual(plan.count, 1)
        XCTAssertEqual(plan[0].reasons[0].text, "Follow-up due since 16 Nov (you asked: intro to CTO)")
        XCTAssertEqual(plan[0].reasons[0].weight, 64)
        XCTAssertEqual(plan[0].nextStep, "Send the follow-up you promised (intro to CTO) by email")
        // Asked 18 days ago: the give-back comes too, weaker.
        XCTAssertEqual(plan[0].reasons.map(\.kind), [.followUp, .giveBack])
    }

    func testFollowUpDueTodayUsesNoteWhenNoExchange() {
        let coffee = Interaction(date: today.adding(days: -3), people: ["bob"], kind: "coffee",
                                 note: "send the deck", followUp: today)
        let plan = ReconnectPlanner.plan(Network(contacts: [person("bob")], interactions: [coffee]), today: today)
        XCTAssertEqual(plan.first?.reasons.map(\.text), ["Follow-up due today (about: send the deck)"])
        XCTAssertEqual(plan.first?.nextStep, "Send the follow-up you promised")
    }

    func testFollowUpAheadIsNotDueYet() {
        let coffee = Interaction(date: today.adding(days: -3), people: ["bob"], kind: "coffee",
                                 followUp: today.adding(days: 3))
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [person("bob")], interactions: [coffee]), today: today), [])
    }

    func testLaterInteractionClosesFollowUp() {
        let journal = [
            Interaction(date: today.adding(days: -20), people: ["bob"], kind: "email", followUp: today.adding(days: -10)),
            Interaction(date: today.adding(days: -8), people: ["bob"], kind: "call"),
        ]
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [person("bob")], interactions: journal), today: today), [])
    }

    func testMetAtEventWithNothingLoggedSince() {
        var meetup = Event(id: "swift-meetup", name: "Swift Meetup", date: today.adding(days: -5))
        meetup.met = ["chloe", "dan"]
        var eve = person("eve")
        eve.met = Contact.Met(date: today.adding(days: -5), event: "swift-meetup")
        let journal = [
            // At the event itself: does not count as a follow-up.
            Interaction(date: today.adding(days: -5), people: ["chloe", "dan"], kind: "event", event: "swift-meetup"),
            // Dan got a message after: followed up.
            Interaction(date: today.adding(days: -2), people: ["dan"], kind: "message"),
        ]
        let net = Network(contacts: [person("chloe"), person("dan"), eve], interactions: journal, events: [meetup])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["chloe", "eve"])
        XCTAssertEqual(text(plan, "chloe"), ["Met at Swift Meetup 5 days ago — nothing logged since"])
        XCTAssertEqual(plan[0].reasons[0].weight, 64)
        XCTAssertEqual(plan[0].nextStep, "Send a short note about Swift Meetup and suggest a coffee")
    }

    func testEventOlderThanTwoWeeksIsNoLongerAFollowUp() {
        var old = Event(id: "conf", name: "Conf", date: today.adding(days: -15))
        old.met = ["chloe"]
        var future = Event(id: "next", name: "Next", date: today.adding(days: 2))
        future.met = ["dan"]
        let net = Network(contacts: [person("chloe"), person("dan")], events: [old, future])
        XCTAssertEqual(ReconnectPlanner.plan(net, today: today), [])
    }

    // MARK: - Reciprocity

    func testTheyGaveSoGiveBack() {
        let journal = [
            Interaction(date: day("2026-10-02"), people: ["ann"], kind: "call", exchange: .received("intro to Bob")),
            Interaction(date: day("2026-10-20"), people: ["ann"], kind: "coffee"),
        ]
        let net = Network(contacts: [person("ann")], interactions: journal)
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(text(plan, "ann"), ["They helped you on 2 Oct (intro to Bob): give something back"])
        XCTAssertEqual(plan[0].score, 25)
        XCTAssertEqual(plan[0].nextStep, "Offer something first — an intro, an article, a useful contact")
    }

    func testYouAskedSoOfferBackWithTheRunningBalance() {
        let journal = [
            Interaction(date: day("2026-08-01"), people: ["ann"], kind: "call", exchange: .asked("advice")),
            Interaction(date: day("2026-09-01"), people: ["ann"], kind: "call", exchange: .received("a lead")),
            Interaction(date: day("2026-11-01"), people: ["ann"], kind: "message", exchange: .asked("a reference")),
        ]
        let plan = ReconnectPlanner.plan(Network(contacts: [person("ann")], interactions: journal), today: today)
        XCTAssertEqual(text(plan, "ann"),
                       ["You asked on 1 Nov (a reference): offer something in return — so far you gave 0, got or asked 3"])
        XCTAssertEqual(plan[0].score, 20)
        XCTAssertEqual(plan[0].nextStep, "Offer something first — an intro, an article, a useful contact by message")
    }

    func testNoGiveBackAfterYouGaveOrWithinGrace() {
        let gaveLast = [
            Interaction(date: day("2026-10-01"), people: ["ann"], kind: "call", exchange: .received("a lead")),
            Interaction(date: day("2026-10-15"), people: ["ann"], kind: "coffee", exchange: .gave("an intro")),
        ]
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [person("ann")], interactions: gaveLast), today: today), [])
        let fresh = [Interaction(date: today.adding(days: -6), people: ["ann"], kind: "call", exchange: .received("a lead"))]
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [person("ann")], interactions: fresh), today: today), [])
    }

    // MARK: - Occasions

    func testBirthdayWithinTheWeek() {
        var thu = person("thu")
        thu.birthday = Birthday(year: 1986, month: 11, day: 26)
        var now = person("now")
        now.birthday = Birthday(year: nil, month: 11, day: 20)
        var tooFar = person("far")
        tooFar.birthday = Birthday(year: 1990, month: 11, day: 27)
        var past = person("past")
        past.birthday = Birthday(year: 1990, month: 11, day: 19)
        let recent = [Interaction(date: today.adding(days: -1), people: ["thu", "now", "far", "past"], kind: "call")]
        let plan = ReconnectPlanner.plan(Network(contacts: [thu, now, tooFar, past], interactions: recent), today: today)
        XCTAssertEqual(plan.map(\.contactID), ["now", "thu"])
        XCTAssertEqual(text(plan, "thu"), ["Birthday on Thu 26 Nov (turns 40)"])
        XCTAssertEqual(text(plan, "now"), ["Birthday today"])
        XCTAssertEqual(plan.map(\.score), [55, 31])
        XCTAssertEqual(plan[0].nextStep, "Wish them a happy birthday by phone")
    }

    func testBirthdayTomorrowAndAcrossTheYearEnd() {
        var eve = person("eve")
        eve.birthday = Birthday(year: 2000, month: 1, day: 1)
        let plan = ReconnectPlanner.plan(Network(contacts: [eve]), today: day("2026-12-31"))
        XCTAssertEqual(text(plan, "eve"), ["Birthday tomorrow (turns 27)"])
    }

    func testLeapDayBirthdayFallsOnTheTwentyEighthInOtherYears() {
        var leap = person("leap")
        leap.birthday = Birthday(year: 1988, month: 2, day: 29)
        let plan = ReconnectPlanner.plan(Network(contacts: [leap]), today: day("2027-02-25"))
        XCTAssertEqual(text(plan, "leap"), ["Birthday on Sun 28 Feb (turns 39)"])
        // In a leap year it is the 29th, out of reach from 22 February.
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [leap]), today: day("2028-02-22")), [])
        XCTAssertEqual(text(ReconnectPlanner.plan(Network(contacts: [leap]), today: day("2028-02-23")), "leap"),
                       ["Birthday on Tue 29 Feb (turns 40)"])
    }

    func testNewRoleWithNoInteractionSince() {
        var cto = person("cto")
        cto.role = "CTO"
        cto.company = "Acme"
        cto.roleSince = day("2026-11-03")
        var known = cto
        known.id = "known"
        var old = cto
        old.id = "old"
        old.roleSince = today.adding(days: -31)
        let journal = [
            Interaction(date: day("2026-11-01"), people: ["cto", "old"], kind: "email"),
            Interaction(date: day("2026-11-05"), people: ["known"], kind: "email"),
        ]
        let plan = ReconnectPlanner.plan(Network(contacts: [cto, known, old], interactions: journal), today: today)
        XCTAssertEqual(plan.map(\.contactID), ["cto"])
        XCTAssertEqual(text(plan, "cto"), ["New role: CTO at Acme since 3 Nov"])
        XCTAssertEqual(plan[0].score, 37)
        XCTAssertEqual(plan[0].nextStep, "Congratulate them on the new role by email")
    }

    // MARK: - Objective

    func testObjectiveRanksHigherWithItsReason() {
        var fin = person("zed", circles: ["A"])
        fin.sector = "fintech"
        let other = person("amy", circles: ["B"])
        let journal = [Interaction(date: today.adding(days: -120), people: ["zed", "amy"], kind: "coffee")]
        var net = Network(contacts: [other, fin], interactions: journal)
        net.objective = Objective(aim: .sectorChange, sectors: ["Fintech"])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["zed", "amy"])
        XCTAssertEqual(text(plan, "zed"), ["Last contact 120 days ago; the default cadence is 90 days",
                                           "Works in Fintech — your objective: sector change"])
        XCTAssertEqual(plan[0].score - plan[1].score, 15)
    }

    func testObjectiveAloneOnlyForPeopleNotSeenLately() {
        var quiet = person("quiet")
        quiet.company = "ACME"
        var recent = quiet
        recent.id = "recent"
        let journal = [Interaction(date: today.adding(days: -20), people: ["quiet"], kind: "call"),
                        Interaction(date: today.adding(days: -3), people: ["recent"], kind: "call")]
        var net = Network(contacts: [quiet, recent], interactions: journal)
        net.objective = Objective(aim: .jobSearch, companies: ["Acme"])
        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["quiet"])
        XCTAssertEqual(text(plan, "quiet"), ["Works at Acme — your objective: job search"])
        XCTAssertEqual(plan[0].nextStep, "Share something useful about Acme, then give them a call")
    }

    // MARK: - Left out

    func testSnoozedLeftOutUntilTheDate() {
        var sleepy = person("sleepy")
        sleepy.snoozedUntil = today.adding(days: 1)
        let journal = [Interaction(date: today.adding(days: -200), people: ["sleepy"], kind: "call")]
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [sleepy], interactions: journal), today: today), [])
        sleepy.snoozedUntil = today
        XCTAssertEqual(ReconnectPlanner.plan(Network(contacts: [sleepy], interactions: journal), today: today).count, 1)
    }

    func testImportedNeverContactedDoNotFlood() {
        var people: [Contact] = []
        for i in 0..<5 {
            var p = person("imp\(i)")
            p.source = "linkedin"
            p.added = today.adding(days: -400)
            p.sector = "Fintech"
            people.append(p)
        }
        var birthdayImport = person("imp-bday")
        birthdayImport.source = "google"
        birthdayImport.birthday = Birthday(year: nil, month: 11, day: 22)
        people.append(birthdayImport)
        // Contacted once: a normal person from then on.
        var contacted = person("imp-known")
        contacted.source = "linkedin"
        people.append(contacted)
        var net = Network(contacts: people,
                          interactions: [Interaction(date: today.adding(days: -100), people: ["imp-known"], kind: "email")])
        net.objective = Objective(aim: .sectorChange, sectors: ["fintech"])

        let plan = ReconnectPlanner.plan(net, today: today)
        XCTAssertEqual(plan.map(\.contactID), ["imp-bday", "imp-known", "imp0"])
        XCTAssertEqual(text(plan, "imp0"), ["Works in fintech — your objective: sector change"])
        XCTAssertEqual(text(plan, "imp-bday"), ["Birthday on Sun 22 Nov"])
        let due = ReconnectPlanner.dueness(of: people[0], in: net, today: today)
        XCTAssertNil(due.since)
        XCTAssertNil(due.overdueDays)
    }

    // MARK: - Dueness

    func testDueness() {
        var p = person("p", circles: ["Club"])
        p.added = today.adding(days: -5)
        let club = Circle(name: "Club", cadence: Cadence(count: 30, unit: .day))
        let never = ReconnectPlanner.dueness(of: p, in: Network(contacts: [p], circles: [club]), today: today)
        XCTAssertEqual(never.since, today.adding(days: -5))
        XCTAssertEqual(never.basis, .added)
        XCTAssertEqual(never.daysSince, 5)
        XCTAssertNil(never.overdueDays)
        XCTAssertEqual(never.daysLeft, 25)

        let net = Network(contacts: [p], circles: [club],
                          interactions: [Interaction(date: today.adding(days: -47), people: ["p"], kind: "call")])
        let due = ReconnectPlanner.dueness(of: p, in: net, today: today)
        XCTAssertEqual(due.basis, .interaction)
        XCTAssertEqual(due.daysSince, 47)
        XCTAssertEqual(due.cadence, Cadence(count: 30, unit: .day))
        XCTAssertEqual(due.cadenceSource, "Club")
        XCTAssertEqual(due.overdueDays, 17)
        XCTAssertEqual(due.daysLeft, -17)

        // A planned meeting (dated after today) is not "minus three days ago".
        let planned = Network(contacts: [p], circles: [club],
                              interactions: [Interaction(date: today.adding(days: 3), people: ["p"], kind: "coffee")])
        XCTAssertEqual(ReconnectPlanner.dueness(of: p, in: planned, today: today).daysSince, 0)
    }
}

// MARK: - Helpers shared by the planner, goals, stats and demo tests

func day(_ text: String) -> Day { Day(text)! }

func person(_ id: String, circles: [String] = []) -> Contact {
    var c = Contact(id: id, name: id.capitalized)
    c.circles = circles
    return c
}

/// The reason sentences of one person on the list.
func text(_ plan: [Suggestion], _ id: String) -> [String] {
    plan.first { $0.contactID == id }?.reasons.map(\.text) ?? []
}

extension PlannerRulesTests {
    func testDuenessForEveryoneMatchesOneByOne() {
        var own = person("own", circles: ["Club"])
        own.cadence = Cadence(count: 7, unit: .day)
        var imported = person("imported")
        imported.source = "vcard"
        imported.added = today.adding(days: -300)
        var met = person("met", circles: ["club", "Alumni"])
        met.met = Contact.Met(date: today.adding(days: -40))
        let net = Network(contacts: [own, imported, met, person("bare", circles: ["Nowhere"])],
                          circles: [Circle(name: "Club", cadence: Cadence(count: 30, unit: .day)),
                                    Circle(name: "Alumni", cadence: Cadence(count: 20, unit: .day))],
                          interactions: [Interaction(date: today.adding(days: -9), people: ["own"], kind: "call")])
        let all = ReconnectPlanner.dueness(in: net, today: today)
        XCTAssertEqual(all, net.contacts.map { ReconnectPlanner.dueness(of: $0, in: net, today: today) })
        XCTAssertEqual(all.map(\.overdueDays), [2, nil, 20, nil])
        XCTAssertEqual(all.map(\.cadenceSource), ["their own", "default", "Alumni", "default"])
    }
}
