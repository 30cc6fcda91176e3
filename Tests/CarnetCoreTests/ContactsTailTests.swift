import Foundation
import XCTest
@testable import CarnetCore

/// A large contacts file is read in two parts, the second on another thread
/// (`ContactsTail`), split at its middle or where the journal's thread takes over
/// (`ContactsShare`): the store must read as if in one pass.
final class ContactsTailTests: XCTestCase {
    /// Opens the store at `path` reading contacts in one pass, and in two parts both ways.
    private func openEveryWay(_ path: String, ordersByName: Bool = false) throws -> (one: Store, parts: [Store]) {
        (try Store.open(at: path, ordersByName: ordersByName, contactsReading: .onePass),
         try [.split, .shared].map { try Store.open(at: path, ordersByName: ordersByName, contactsReading: $0) })
    }

    func testMistakesInEitherPartAreFoundAndToldInFileOrder() throws {
        var text = "# carnet contacts 1\n# a comment before the first record\n\n"
        for i in 0..<120 {
            text += "id: p\(i)\nname: Person \(i)\ncompany: Co \(i % 7)\ncircles: Alumni, C\(i % 3)\n"
            if i % 10 == 0 { text += "note: first line\n  second line\n  .\n  after a blank\n" }
            if i % 15 == 0 { text += "x-unknown: kept\n# a comment inside the record\n" }
            switch i {
            case 5: text += "met: 2026-13-01\n"                          // a bad date, first part
            case 70: text += "id: p71\n"                                // a key twice, second part
            case 80: text += "cadence: 3x\nthis line is not a field\n"   // a bad value and a bad line
            default: break
            }
            text += "\n"
            if i == 90 { text += "id: p3\nname: Again\n\n" }                // the id of a record in the first part
            if i == 95 { text += "id: p91\nname: Twice in the second part\n\n" }
            if i == 100 { text += "name: Nobody\n\n" }                     // no id
            if i == 10 { text += "id: ren\u{E9}\nname: Composed\n\n" }
            if i == 110 { text += "id: rene\u{301}\nname: Decomposed\n\n" }   // the same id to the eye
        }
        // Also with Windows line endings.
        for text in [text, text.replacingOccurrences(of: "\n", with: "\r\n")] {
            let folder = TemporaryFolder()
            try Store.create(at: folder.path)
            folder.write("contacts", text)
            XCTAssertNotNil(RecordParser.outline(FileBytes(Array(text.utf8))).middle, "the file has a second part")
            let (one, parts) = try openEveryWay(folder.path)
            XCTAssertEqual(parts[1].contactsEndTakenOver, true, "the journal's thread took the end")
            for two in parts {
                XCTAssertEqual(two.network, one.network)
                XCTAssertEqual(two.problems.map(\.description), one.problems.map(\.description))
                // What `==` does not compare: where each id is found, and each contact's record.
                for (i, c) in two.network.contacts.enumerated() { XCTAssertEqual(two.network.position(ofContact: c.id), i, c.id) }
                XCTAssertEqual(two.loadedContactSegments, one.loadedContactSegments)
            }
        }
        let folder = TemporaryFolder()
        try Store.create(at: folder.path)
        folder.write("contacts", text)
        let one = try Store.open(at: folder.path, contactsReading: .onePass)
        // What one pass finds, as the loader always told it.
        XCTAssertEqual(one.problems.map(\.description).filter { $0.contains("already used") || $0.contains("no 'id'") }.count, 4)
        XCTAssertTrue(one.problems.contains { $0.description.contains("ren\u{E9}' is already used above") })
        XCTAssertTrue(one.problems.contains { $0.description.contains("expected 'key: value'") })
        XCTAssertEqual(one.network.contacts.count, 120 + 1 /* composed */)
    }

    /// Record numbers decide which bytes an edit rewrites: edits in both parts give the same
    /// file as after a load in one pass.
    func testEditsAfterASplitLoadWriteTheSameBytes() throws {
        let one = TemporaryFolder(), two = TemporaryFolder()
        for folder in [one, two] {
            _ = try SyntheticNetwork.write(to: folder.path, people: 400, seed: 3, today: Day(year: 2026, month: 11, day: 20)!)
        }
        let three = TemporaryFolder()
        _ = try SyntheticNetwork.write(to: three.path, people: 400, seed: 3, today: Day(year: 2026, month: 11, day: 20)!)
        let first = try Store.open(at: one.path, contactsReading: .onePass)
        let second = try Store.open(at: two.path, contactsReading: .split)
        let third = try Store.open(at: three.path, contactsReading: .shared)
        XCTAssertTrue(second.problems.isEmpty)
        XCTAssertEqual(second.network, first.network)
        XCTAssertEqual(third.network, first.network)
        XCTAssertNotNil(RecordParser.outline(FileBytes(Array(one.read("contacts").utf8))).middle)
        XCTAssertEqual(third.contactsEndTakenOver, true)
        for store in [first, second, third] {
            let contacts = store.network.contacts
            for k in [3, contacts.count / 2 - 1, contacts.count / 2, contacts.count / 2 + 1, contacts.count - 2] {
                var c = contacts[k]
                c.company = "Edited \(k)"
                c.tags.append("edited")
                try store.update(c)
            }
            var added = Contact(id: "new-person", name: "New Person")
            added.circles = ["Alumni"]
            try store.save(contacts: [added])
        }
        XCTAssertEqual(two.read("contacts"), one.read("contacts"))
        XCTAssertEqual(three.read("contacts"), one.read("contacts"))
        XCTAssertEqual(try Store.open(at: two.path).network, try Store.open(at: one.path).network)
    }

    /// The snapshot a load leaves (its contacts, their records' numbers and hashes, the order
    /// by name) is the same whether the journal's thread took the end of the contacts or not.
    func testASharedReadLeavesTheSnapshotOfAOnePassRead() throws {
        let folder = TemporaryFolder()
        _ = try SyntheticNetwork.write(to: folder.path + "/s", people: 300, seed: 5, today: Day(year: 2026, month: 11, day: 20)!)
        var written: [[UInt8]] = []
        for reading in [Store.ContactsReading.onePass, .shared] {
            let place = folder.path + "/snapshot-\(reading)"
            let store = try Store.open(at: folder.path + "/s", snapshot: place, ordersByName: true, contactsReading: reading)
            XCTAssertEqual(store.contactsEndTakenOver, reading == .shared)
            let (snapshot, at) = try XCTUnwrap(store.takeSnapshot())
            snapshot.write(to: at)
            written.append(Array(try XCTUnwrap(FileManager.default.contents(atPath: place))))
            let again = try Store.open(at: folder.path + "/s", snapshot: place, ordersByName: true)
            XCTAssertEqual(again.takenFromSnapshot, [.contacts, .journal])
            XCTAssertEqual(again.network, store.network)
        }
        XCTAssertFalse(written[0].isEmpty)
        XCTAssertEqual(written[1], written[0], "the snapshot's bytes")
    }

    /// With the order by name asked for, each part is sorted on its own thread and the two
    /// merged: the same order as one sort, namesakes in file order across the parts. When
    /// an id of the second part is dropped, its positions shift, and all are sorted again.
    /// Records dropped in the first part (no name, an id used twice) leave no gap in the
    /// names its thread kept as it decoded them.
    func testTheOrderByNameOfASplitReadIsTheOrderOfOneSort() throws {
        let names = ["Hélène Dupont", "helene dupont", "王芳", "Zoé", "Émile", "Anne", "ANNE", "Bob"]
        var text = "# carnet contacts 1\n"
        for i in 0..<160 { text += "id: p\(i)\nname: \(names[(i * 5) % names.count])\(i % 4 == 0 ? "" : " \(i % 3)")\n\n" }
        for dropping in [false, true] {
            let folder = TemporaryFolder()
            try Store.create(at: folder.path)
            // Dropped records early in the file too: the first part's names keep their positions.
            let early = dropping ? "id: p-unnamed\n\nid: twice\nname: First\n\nid: twice\nname: Second\n\n" : ""
            let header = "# carnet contacts 1\n"
            folder.write("contacts", header + early + text.dropFirst(header.count) + (dropping ? "id: p3\nname: Again\n\n" : ""))
            let (one, parts) = try openEveryWay(folder.path, ordersByName: true)
            XCTAssertEqual(one.network.byName, NameOrder.sorted(Array(one.network.contacts.indices), in: one.network.contacts))
            for two in parts {
                XCTAssertEqual(two.network.contacts.count, dropping ? 161 : 160)
                XCTAssertEqual(two.network.byName, one.network.byName)
                XCTAssertEqual(two.network.byName, NameOrder.sorted(Array(two.network.contacts.indices), in: two.network.contacts))
            }
        }
    }
}
