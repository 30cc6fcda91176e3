import Foundation
import CarnetCore
import XCTest
@testable import CarnetExchange

final class ImportPlanTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private func plan(_ format: ImportFormat, _ fixture: String, into network: Network = Network(),
                      circle: String? = nil) throws -> ImportPlan {
        try Importer.plan(format, path: Fixture.path(fixture), into: network, circle: circle, today: today)
    }

    /// The network after the plan is saved, without a store.
    private func applying(_ plan: ImportPlan, to network: Network) -> Network {
        var network = network
        for contact in plan.contactsToSave { network.upsert(contact) }
        return network
    }

    func testLinkedInIntoAnEmptyNetwork() throws {
        let plan = try plan(.linkedin, "linkedin-connections-2024.csv")
        XCTAssertEqual(plan.added.map(\.contact.id), ["alice-martin", "priya-nayak-msc-mba", "jerome-dupont", "sam-o-neil"])
        XCTAssertEqual(plan.updated.count, 0)
        XCTAssertEqual(plan.skipped.map(\.line), [7, 9])
        let alice = plan.added[0].contact
        XCTAssertEqual(alice.name, "Alice Martin")
        XCTAssertEqual(alice.company, "Acme")
        XCTAssertEqual(alice.role, "Head of Data")
        XCTAssertEqual(alice.urls, ["https://www.linkedin.com/in/alice-martin-8b1a2c3"])
        XCTAssertEqual(alice.linkedIn, "https://www.linkedin.com/in/alice-martin-8b1a2c3")
        XCTAssertEqual(alice.met, Contact.Met(date: Day(year: 2024, month: 5, day: 30)))
        XCTAssertEqual(alice.source, "linkedin")
        XCTAssertEqual(alice.added, today)
        XCTAssertEqual(plan.added[0].sources.map(\.line), [5])
    }

    func testImportingTheSameFileTwiceChangesNothing() throws {
        for (format, fixture) in [(ImportFormat.linkedin, "linkedin-connections-2024.csv"),
                                  (.google, "google-contacts.csv"), (.outlook, "outlook-desktop-windows1252.csv"),
                                  (.vcard, "ios-3.0-item-groups.vcf"), (.vcard, "khard-vdir"),
                                  (.vcard, "android-2.1-quoted-printable.vcf")] {
            let first = try plan(format, fixture)
            let network = applying(first, to: Network())
            let second = try plan(format, fixture, into: network)
            XCTAssertEqual(second.added.count, 0, fixture)
            XCTAssertEqual(second.updated.count, 0, "\(fixture): \(second.updated.map(\.changes))")
            XCTAssertEqual(second.unchanged.count, first.added.count, fixture)
            XCTAssertTrue(second.changesNothing)
            XCTAssertEqual(second.unchanged.flatMap(\.differences), [], fixture)
        }
    }

    func testSameEmailUpdatesAndKeepsTheUsersValues() throws {
        var bob = Contact(id: "bob", name: "Robert Leroy")
        bob.emails = ["Bob.Leroy@example.org"]
        bob.company = "Initech Ltd"
        bob.circles = ["Club"]
        let plan = try plan(.linkedin, "linkedin-connections-2018.csv", into: Network(contacts: [bob]))
        let entry = try XCTUnwrap(plan.updated.first)
        XCTAssertEqual(entry.contact.id, "bob")
        XCTAssertEqual(entry.contact.name, "Robert Leroy")
        XCTAssertEqual(entry.contact.company, "Initech Ltd")
        XCTAssertEqual(entry.contact.role, "Engineering Manager")
        XCTAssertEqual(entry.contact.met?.date, Day(year: 2018, month: 1, day: 8))
        XCTAssertEqual(entry.contact.emails, ["Bob.Leroy@example.org"], "same address, other case")
        XCTAssertEqual(entry.contact.source, nil, "their record keeps its origin")
        XCTAssertEqual(entry.changes, ["role Engineering Manager", "met 2018-01-08"])
        XCTAssertEqual(entry.differences, [
            "name: kept 'Robert Leroy', the file says 'Bob Leroy'",
            "company: kept 'Initech Ltd', the file says 'Initech'",
        ])
        XCTAssertEqual(plan.added.map(\.contact.name), ["Chloé Dupont"])
    }

    func testSameLinkedInProfileWrittenDifferently() throws {
        var alice = Contact(id: "alice", name: "Alice M.")
        alice.urls = ["http://fr.linkedin.com/in/Alice-Martin-8b1a2c3/?trk=profile"]
        let plan = try plan(.linkedin, "linkedin-connections-2024.csv", into: Network(contacts: [alice]))
        XCTAssertEqual(plan.updated.map(\.contact.id), ["alice"])
        XCTAssertEqual(plan.updated[0].contact.urls, alice.urls, "the same profile is not added twice")
        var jerome = Contact(id: "jd", name: "J. Dupont")
        jerome.urls = ["https://www.linkedin.com/in/j%C3%A9r%C3%B4me-dupont-1a2b3c"]
        let second = try self.plan(.linkedin, "linkedin-connections-2024.csv", into: Network(contacts: [jerome]))
        XCTAssertEqual(second.updated.map(\.contact.id), ["jd"], "percent-encoded or not, the same profile")
    }

    func testSameNameIgnoringAccentsAndCaseAtTheSameCompany() throws {
        var chloe = Contact(id: "chloe", name: "chloe DUPONT")
        chloe.company = "ACME sas"
        chloe.role = "CTO"
        let plan = try plan(.linkedin, "linkedin-connections-2018.csv", into: Network(contacts: [chloe]))
        XCTAssertEqual(plan.updated.map(\.contact.id), ["chloe"])
        XCTAssertEqual(plan.updated[0].differences, [], "equal but for case and accents")
        XCTAssertEqual(plan.added.map(\.contact.name), ["Bob Leroy"])

        var other = chloe
        other.company = "Globex"
        let elsewhere = try self.plan(.linkedin, "linkedin-connections-2018.csv", into: Network(contacts: [other]))
        XCTAssertEqual(elsewhere.added.count, 2, "same name at another company is another person")
        XCTAssertEqual(elsewhere.added.map(\.contact.id), ["bob-leroy", "chloe-dupont"])
    }

    func testAmbiguousMatchIsSkippedWithTheCandidates() throws {
        let plan = try plan(.linkedin, "linkedin-connections-2024.csv",
                            into: Network(contacts: [Contact(id: "sam-1", name: "Sam O'Neil"),
                                                     Contact(id: "sam-2", name: "sam o'neil")]))
        let skip = try XCTUnwrap(plan.skipped.first { $0.line == 10 })
        XCTAssertEqual(skip.reason, "Sam O'Neil matches several people by name and company: "
                       + "Sam O'Neil (sam-1), sam o'neil (sam-2)")
    }

    /// Namesakes at one company, with no e-mail: Carnet's own export, imported back, finds
    /// each of them by the id it wrote; a card without it, or naming someone else, is skipped.
    func testTheIdCarnetWroteTellsNamesakesApart() throws {
        var first = Contact(id: "sam-oneil", name: "Sam O'Neil")
        first.company = "Acme"
        var second = Contact(id: "sam-oneil-2", name: "Sam O'Neil")
        second.company = "Acme"
        second.role = "Designer"
        let network = Network(contacts: [first, second])
        func card(_ id: String?) -> ImportedPerson {
            var p = ImportedPerson(file: "f.vcf", line: 1)
            p.fullName = "Sam O'Neil"
            p.company = "Acme"
            p.role = "Designer"
            p.carnetID = id
            return p
        }
        let back = Importer.plan(ParsedFile(people: [card("sam-oneil-2")]), format: .vcard, into: network, today: today)
        XCTAssertEqual(back.unchanged.map(\.contact.id), ["sam-oneil-2"])
        XCTAssertEqual(back.skipped.count, 0)
        XCTAssertEqual(back.unchanged.first?.warnings, ["f.vcf:1: Sam O'Neil matches 2 people by name and company; "
                                                        + "the Carnet id in the card (sam-oneil-2) chose among them"])
        let filled = Importer.plan(ParsedFile(people: [card("sam-oneil")]), format: .vcard, into: network, today: today)
        XCTAssertEqual(filled.updated.map(\.contact.id), ["sam-oneil"])
        XCTAssertEqual(filled.updated.first?.contact.role, "Designer")
        for id in [nil, "someone-else"] {
            let plan = Importer.plan(ParsedFile(people: [card(id)]), format: .vcard, into: network, today: today)
            XCTAssertEqual(plan.skipped.map(\.reason), ["Sam O'Neil matches several people by name and company: "
                                                        + "Sam O'Neil (sam-oneil), Sam O'Neil (sam-oneil-2)"], String(describing: id))
        }
    }

    /// Namesakes of one company with no e-mail, in Carnet's own export, restored into an
    /// empty store: two people again, each with their id.
    func testCarnetsOwnExportOfNamesakesRestoredIntoAnEmptyStoreKeepsThemApart() throws {
        var first = Contact(id: "sam-oneil", name: "Sam O'Neil")
        first.company = "Acme"
        var second = Contact(id: "sam-oneil-2", name: "Sam O'Neil")
        second.company = "Acme"
        second.role = "Designer"
        var third = Contact(id: "sam-oneil-3", name: "Sam O'Neil")
        third.company = "Acme"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("carnet-namesakes-\(UUID().uuidString).vcf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(VCardWriter.cards([first, second, third]).utf8).write(to: file)
        let plan = try Importer.plan(.vcard, path: file.path, into: Network(), today: today)
        XCTAssertEqual(plan.added.map(\.contact.id), ["sam-oneil", "sam-oneil-2", "sam-oneil-3"], "\(plan.skipped)")
        XCTAssertEqual(plan.added.map(\.contact.role), [nil, "Designer", nil])
        // Without ids (another program's cards), the same file's namesakes are one person.
        let plain = Importer.plan(ParsedFile(people: try ImportReader.read(.vcard, path: file.path).people.map {
            var p = $0
            p.carnetID = nil
            return p
        }), format: .vcard, into: Network(), today: today)
        XCTAssertEqual(plain.added.count, 1)
    }

    /// Namesakes of one company with two different LinkedIn profiles are two people: one
    /// person has one profile. A card with neither profile could be either: skipped.
    func testDifferentLinkedInProfilesAreDifferentPeople() {
        func connection(_ url: String?, line: Int) -> ImportedPerson {
            var p = ImportedPerson(file: "c.csv", line: line)
            p.fullName = "Marie Martin"
            p.company = "Orange"
            p.linkedIn = url
            return p
        }
        let plan = Importer.plan(ParsedFile(people: [connection("https://www.linkedin.com/in/marie-martin-1", line: 2),
                                                      connection("https://www.linkedin.com/in/marie-martin-2", line: 3),
                                                      connection("https://fr.linkedin.com/in/marie-martin-2/", line: 4),
                                                      connection(nil, line: 5)]),
                                 format: .linkedin, into: Network(), today: today)
        XCTAssertEqual(plan.added.map(\.sources.count), [1, 2])
        XCTAssertEqual(plan.skipped.map(\.line), [5])
    }

    /// `carnet export vcard`, then `carnet import vcard` of that file into the same store:
    /// every person found again, nothing changed, no one skipped.
    func testCarnetsOwnExportImportedBackChangesNothing() throws {
        var network = Network()
        for (i, name) in ["Zoé Martin", "Zoé Martin", "王芳", "王芳", "Sam O'Neil"].enumerated() {
            var c = Contact(id: "p\(i)", name: name)
            c.company = i < 4 ? "Acme" : nil
            network.upsert(c)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("carnet-roundtrip-\(UUID().uuidString).vcf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(VCardWriter.cards(network.contacts).utf8).write(to: file)
        let plan = try Importer.plan(.vcard, path: file.path, into: network, today: today)
        XCTAssertEqual(plan.skipped.map(\.reason), [])
        XCTAssertTrue(plan.changesNothing)
        XCTAssertEqual(plan.unchanged.map(\.contact.id).sorted(), ["p0", "p1", "p2", "p3", "p4"])
    }

    func testCircleOptionReachesEveryoneImportedAndCountsAsAnUpdate() throws {
        let first = try plan(.linkedin, "linkedin-connections-2018.csv")
        let network = applying(first, to: Network())
        let plan = try plan(.linkedin, "linkedin-connections-2018.csv", into: network, circle: "LinkedIn")
        XCTAssertEqual(plan.updated.count, 2)
        XCTAssertEqual(plan.updated.map(\.changes), [["circle LinkedIn"], ["circle LinkedIn"]])
        let again = try self.plan(.linkedin, "linkedin-connections-2018.csv", into: applying(plan, to: network),
                                  circle: "linkedin")
        XCTAssertTrue(again.changesNothing, "circle names compare folded")
    }

    func testTheSamePersonTwiceInOneFileIsAddedOnce() {
        var a = ImportedPerson(file: "f.vcf", line: 1)
        a.fullName = "Ada Lovelace"
        a.emails = ["ada@example.com"]
        var b = ImportedPerson(file: "f.vcf", line: 9)
        b.fullName = "Ada King"
        b.emails = ["ADA@example.com", "countess@example.com"]
        b.role = "Analyst"
        let plan = Importer.plan(ParsedFile(people: [a, b]), format: .vcard, into: Network(), today: today)
        XCTAssertEqual(plan.added.count, 1)
        XCTAssertEqual(plan.added[0].sources.map(\.line), [1, 9])
        XCTAssertEqual(plan.added[0].contact.emails, ["ada@example.com", "countess@example.com"])
        XCTAssertEqual(plan.added[0].contact.role, "Analyst")
        XCTAssertEqual(plan.added[0].differences, ["name: kept 'Ada Lovelace', the file says 'Ada King'"])
    }

    /// The same new person twice in one file: the first record's values are kept, and the
    /// report lists the later ones that differ.
    func testTheReportListsWhatASecondRecordOfANewPersonSaysOtherwise() {
        var a = ImportedPerson(file: "f.vcf", line: 1)
        a.fullName = "Alex Martin"
        a.company = "Acme"
        a.role = "CEO"
        a.note = "first note"
        var b = ImportedPerson(file: "f.vcf", line: 10)
        b.fullName = "Alex Martin"
        b.company = "Acme"
        b.role = "Intern"
        b.note = "second note"
        let plan = Importer.plan(ParsedFile(people: [a, b]), format: .vcard, into: Network(), today: today)
        XCTAssertEqual(plan.added.map(\.contact.role), ["CEO"])
        let report = ImportReport.text(plan, file: "f.vcf", dryRun: false)
        XCTAssertTrue(report.contains("Named more than once in the file; the first record's values are kept:"), report)
        XCTAssertTrue(report.contains("Intern") && report.contains("second note"), report)
    }

    /// A birth year after today (Outlook's `7/14/49` read as 2049) is left out, with a word.
    func testABirthYearAfterTodayIsLeftOut() {
        var p = ImportedPerson(file: "o.csv", line: 2)
        p.fullName = "Ann Lee"
        p.birthday = .date(PartialDate(year: 2049, month: 7, day: 14)!)
        let plan = Importer.plan(ParsedFile(people: [p]), format: .outlook, into: Network(), today: today)
        XCTAssertEqual(plan.added.first?.contact.birthday, Birthday(year: nil, month: 7, day: 14))
        XCTAssertEqual(plan.added.first?.warnings, ["o.csv:2: the birthday's year 2049 is after today; kept without a year"])
    }

    func testFreeTextBirthdayGoesToTheNote() throws {
        let plan = try plan(.vcard, "vcard-birthdays.vcf")
        let entry = try XCTUnwrap(plan.added.first { $0.contact.name == "Free text" })
        XCTAssertNil(entry.contact.birthday)
        XCTAssertEqual(entry.contact.note, "Birthday: circa 1970")
        XCTAssertTrue(entry.warnings.contains { $0.hasSuffix("vcard-birthdays.vcf:36: the birthday 'circa 1970' is not a date; it was added to the note") },
                      "\(entry.warnings)")
    }

    func testANoteTheUserExtendedIsStillTheSameNote() throws {
        let first = try plan(.google, "google-contacts.csv")
        var network = applying(first, to: Network())
        var elodie = try XCTUnwrap(network.contacts.first)
        elodie.note! += "\nA relancer en janvier."
        elodie.birthday = Birthday(year: 1986, month: 7, day: 14)
        network.upsert(elodie)
        let again = try plan(.google, "google-contacts.csv", into: network)
        XCTAssertTrue(again.changesNothing)
        XCTAssertEqual(again.unchanged.flatMap(\.differences), ["birthday: kept 1986-07-14, the file says 1985-07-14"])
    }

    func testAYearCompletesAYearlessBirthday() {
        var ada = Contact(id: "ada", name: "Ada Lovelace")
        ada.birthday = Birthday(year: nil, month: 12, day: 10)
        var p = ImportedPerson(file: "f", line: 1)
        p.fullName = "Ada Lovelace"
        p.birthday = .date(PartialDate(year: 1815, month: 12, day: 10)!)
        let plan = Importer.plan(ParsedFile(people: [p]), format: .vcard, into: Network(contacts: [ada]), today: today)
        XCTAssertEqual(plan.updated.first?.contact.birthday, Birthday(year: 1815, month: 12, day: 10))
    }

    /// The issue's promise: a LinkedIn export and a phone's vCards, two commands,
    /// one merged network with the accents right.
    func testLinkedInThenPhoneGivesOneMergedNetwork() throws {
        let linkedIn = try plan(.linkedin, "linkedin-connections-2018.csv")
        let network = applying(linkedIn, to: Network())
        let phone = try plan(.vcard, "ios-3.0-item-groups.vcf", into: network)
        XCTAssertEqual(phone.updated.map(\.contact.id), ["chloe-dupont"])
        XCTAssertEqual(phone.added.map(\.contact.id), ["francois-mercier"])
        let chloe = phone.updated[0].contact
        XCTAssertEqual(chloe.name, "Chloé Dupont")
        XCTAssertEqual(chloe.role, "CTO", "LinkedIn's value was there first")
        XCTAssertEqual(phone.updated[0].differences, ["role: kept 'CTO', the file says 'Directrice technique'"])
        XCTAssertEqual(chloe.emails, ["chloe.dupont@acme.example", "chloe@perso.example"])
        XCTAssertEqual(chloe.birthday, Birthday(year: nil, month: 5, day: 24))
        XCTAssertEqual(chloe.circles, ["Anciens collègues", "Club"])
        XCTAssertEqual(chloe.met?.date, Day(year: 2017, month: 12, day: 24))
        XCTAssertEqual(chloe.source, "linkedin")
    }

    func testReportForADryRun() throws {
        var bob = Contact(id: "bob", name: "Bob Leroy")
        bob.emails = ["bob.leroy@example.org"]
        bob.company = "Initech Ltd"
        let plan = try plan(.linkedin, "linkedin-connections-2018.csv", into: Network(contacts: [bob]))
        let report = ImportReport.text(plan, file: "Connections.csv", dryRun: true)
        XCTAssertEqual(report, """
            Dry run: nothing was written.
            Connections.csv (LinkedIn Connections.csv): 1 added, 1 updated, 0 unchanged, 1 skipped

            Would add:
              chloe-dupont  Chloé Dupont, Acme SAS  linkedin-connections-2018.csv:3

            Would update:
              bob  Bob Leroy: + role Engineering Manager, + met 2018-01-08  linkedin-connections-2018.csv:2

            Kept your values (the file differs):
              bob  company: kept 'Initech Ltd', the file says 'Initech'

            Skipped:
              \(Fixture.path("linkedin-connections-2018.csv")):4: only a date: a connection LinkedIn hides (their privacy settings)

            """)
    }
}
