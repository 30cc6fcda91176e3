import Foundation
import XCTest
@testable import CarnetCore

/// The bytes a write produces after a load, pinned: the loader does not keep the files'
/// documents, it rebuilds them on the first write, and that must change nothing of what
/// is written (records found at the same places, gaps and comments kept, line endings).
final class StoreEditBytesTests: XCTestCase {
    static let contacts = """
        # carnet contacts 1
        # A leading comment.
        \("  ")
        \t
        id: alice
        name: Alice
        # a comment inside
        favourite-tea: sencha
        company: Acme
        note: first line
          second line
          .
        \tafter a tab

        # between records


        # another comment
        id: bob
        name: Bob
        email: bob@example.com
        email: b@example.org
        # a comment right after a record
        \("   ")
        id: carol
        name: Carol
        tags: a, b
        city: Lyon
        """  // no final line break

    static let circles = "# carnet circles 1\n\nname: Club\nkind: club\n\n\n# end\n"
    static let events = "# carnet events 1\nid: e1\nname: E1\ndate: 2026-01-02\n# tail"
    static let goals = "# carnet goals 1\n\ngoal: events\ntarget: 2\n\nobjective: career\nnote: x\n"

    func testEditsAfterALoadWriteTheSameBytesAsBefore() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", Self.contacts)
        folder.write("circles", Self.circles)
        folder.write("events", Self.events)
        folder.write("goals", Self.goals)
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems, [])

        var bob = try XCTUnwrap(store.network.contact(id: "bob"))
        bob.emails = ["bob@example.com"]
        bob.city = "Paris"
        var carol = try XCTUnwrap(store.network.contact(id: "carol"))
        carol.company = "Initech"
        var alice = try XCTUnwrap(store.network.contact(id: "alice"))
        alice.note = "first line\nchanged"
        try store.save(contacts: [bob, carol])
        try store.update(alice)
        try store.add(Contact(id: "dan", name: "Dan"))
        XCTAssertEqual(folder.read("contacts"),
                       "# carnet contacts 1\n# A leading comment.\n  \n\t\nid: alice\nname: Alice\n# a comment inside\nfavourite-tea: sencha\ncompany: Acme\nnote: first line\n  changed\n\n# between records\n\n\n# another comment\nid: bob\nname: Bob\nemail: bob@example.com\n# a comment right after a record\ncity: Paris\n   \nid: carol\nname: Carol\ntags: a, b\ncity: Lyon\ncompany: Initech\n\nid: dan\nname: Dan\n")

        try store.save(Circle(name: "Club", kind: "running club"))
        try store.save(Circle(name: "New", cadence: Cadence("30d")))
        XCTAssertEqual(folder.read("circles"),
                       "# carnet circles 1\n\nname: Club\nkind: running club\n\n\n# end\n\nname: New\ncadence: 30d\n")

        var e1 = try XCTUnwrap(store.network.event(id: "e1"))
        e1.place = "Lyon"
        try store.save(e1)
        try store.save(Event(id: "e2", name: "E2", date: Day(year: 2026, month: 3, day: 4)!))
        XCTAssertEqual(folder.read("events"),
                       "# carnet events 1\nid: e1\nname: E1\ndate: 2026-01-02\n# tail\nplace: Lyon\n\nid: e2\nname: E2\ndate: 2026-03-04\n")

        try store.save(Goal(.events, target: 5))
        try store.save(Objective(aim: .business, sectors: ["Santé"]))
        try store.save(Goal(.kind("coffee"), target: 1))
        XCTAssertEqual(folder.read("goals"),
                       "# carnet goals 1\n\ngoal: events\ntarget: 5\n\nobjective: business\nsectors: Santé\n\ngoal: coffee\ntarget: 1\n")
    }

    /// The same in a CRLF file, whose written lines end in CRLF.
    func testACRLFFileIsEditedAsBefore() throws {
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", Self.contacts.replacingOccurrences(of: "\n", with: "\r\n"))
        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems, [])
        var carol = try XCTUnwrap(store.network.contact(id: "carol"))
        carol.note = "one\ntwo"
        try store.update(carol)
        try store.add(Contact(id: "dan", name: "Dan"))
        XCTAssertEqual(folder.read("contacts"),
                       "# carnet contacts 1\r\n# A leading comment.\r\n  \r\n\t\r\nid: alice\r\nname: Alice\r\n# a comment inside\r\nfavourite-tea: sencha\r\ncompany: Acme\r\nnote: first line\r\n  second line\r\n  .\r\n\tafter a tab\r\n\r\n# between records\r\n\r\n\r\n# another comment\r\nid: bob\r\nname: Bob\r\nemail: bob@example.com\r\nemail: b@example.org\r\n# a comment right after a record\r\n   \r\nid: carol\r\nname: Carol\r\ntags: a, b\r\ncity: Lyon\nnote: one\r\n  two\r\n\r\nid: dan\r\nname: Dan\r\n")
    }
}
