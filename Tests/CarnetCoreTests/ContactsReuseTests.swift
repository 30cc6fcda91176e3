import Foundation
import XCTest
@testable import CarnetCore

/// After an outside edit of the contacts file, the records still as they were are taken
/// from the snapshot and only the others parsed (`ContactsTail(reusing:)`): the store must
/// be exactly the one read from text, whatever the edit.
final class ContactsReuseTests: XCTestCase {
    private let today = Day("2026-11-22")!

    /// A synthetic store with some records of the rarer shapes, opened once so that its
    /// snapshot exists; the snapshot's bytes are returned to put back before each edit.
    private func makeStore() throws -> (store: TemporaryFolder, cache: TemporaryFolder, place: String, snapshot: Data) {
        let store = TemporaryFolder()
        let cache = TemporaryFolder()
        _ = try SyntheticNetwork.write(to: store.path, people: 300, seed: 11, today: today)
        store.write("contacts", store.read("contacts") + """

            id: note-longue
            name: Note Longue
            # a comment inside the record
            note: first line
              second line
              .
              after a blank
            x-unknown: kept as it is

            # a comment between records

            id: zoe-crlf\r
            name: Zoé Crlf\r

            """)
        let place = cache.path + "/carnet/store.snapshot"
        let first = try Store.open(at: store.path, snapshot: place, ordersByName: true)
        XCTAssertTrue(first.problems.isEmpty)
        first.takeSnapshot()!.snapshot.write(to: place)
        return (store, cache, place, try Data(contentsOf: URL(fileURLWithPath: place)))
    }

    private func assertSameAsText(_ reused: Store, _ directory: String, _ what: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try Store.open(at: directory)
        XCTAssertEqual(reused.network, text.network, what, file: file, line: line)
        // Byte for byte, not only as `==` has it (a composed and a decomposed "é" are equal).
        XCTAssertEqual(reused.network.contacts.map { Array(String(describing: $0).utf8) },
                       text.network.contacts.map { Array(String(describing: $0).utf8) }, what, file: file, line: line)
        XCTAssertEqual(reused.problems, text.problems, what, file: file, line: line)
        XCTAssertEqual(reused.loadedContactSegments, text.loadedContactSegments, what, file: file, line: line)
        for (i, c) in reused.network.contacts.enumerated() {
            XCTAssertEqual(reused.network.position(ofContact: c.id), text.network.position(ofContact: c.id), what, file: file, line: line)
            if text.network.position(ofContact: c.id) != i { break }
        }
        // The order by name, taken from the snapshot's with the parsed contacts put in their
        // places, or sorted: the order of one sort.
        XCTAssertNotNil(reused.network.byName, what, file: file, line: line)
        XCTAssertEqual(reused.network.byName, NameOrder.sorted(Array(text.network.contacts.indices), in: text.network.contacts),
                       what, file: file, line: line)
    }

    /// Edits of every kind, a few at a time, at random places: each time the same store as
    /// from text, most contacts taken from the snapshot, and a snapshot left that the next
    /// start takes whole.
    func testAnyEditReadsAsFromTextAndTheRestIsTaken() throws {
        let (folder, cache, place, snapshot) = try makeStore()
        defer { withExtendedLifetime(cache) {} }  // the snapshot's folder
        let original = folder.read("contacts")
        let edits = ["change", "delete", "insert", "duplicate", "move", "comment", "bad line", "indented after blank",
                     "crlf", "no final line break", "no id", "comment inside", "continuation", "decomposed", "blank lines"]
        var random = SyntheticRandom(seed: 2026)
        for round in 0..<60 {
            var blocks = original.components(separatedBy: "\n\n")
            var done: [String] = []
            for _ in 0..<(1 + random.below(4)) {
                let edit = random.pick(edits)
                done.append(edit)
                let k = 1 + random.below(blocks.count - 2)  // not the header, not the last block
                switch edit {
                case "change": blocks[k] = blocks[k].replacingFirst("\nname: ", with: "\nname: Édité ")
                case "delete": blocks.remove(at: k)
                case "insert": blocks.insert("id: nouveau-\(round)\nname: Nouveau \(round)\ncircles: Alumni", at: k)
                case "duplicate": blocks.insert(blocks[1 + random.below(blocks.count - 2)], at: k)
                case "move": blocks.insert(blocks.remove(at: k), at: 1 + random.below(blocks.count - 2))
                case "comment": blocks.insert("# note \(round)", at: k)
                case "bad line": blocks[k] += "\nthis line is not a field"
                case "indented after blank": blocks.insert("  indented, after a blank line", at: k)
                case "crlf": blocks[k] = blocks[k].replacingOccurrences(of: "\n", with: "\r\n")
                case "no final line break": blocks[blocks.count - 1] = blocks[blocks.count - 1].trimmingCharacters(in: .newlines)
                case "no id": blocks.insert("name: Sans Identifiant", at: k)
                case "comment inside": blocks[k] = blocks[k].replacingFirst("\nname: ", with: "\n# inside\nname: ")
                case "continuation": blocks[k] += "\nnote: one\n  two\n  .\n  three"
                case "decomposed": blocks[k] = blocks[k].replacingOccurrences(of: "\u{E9}", with: "e\u{301}")
                default: blocks[k] += "\n\n\n"
                }
            }
            let what = "round \(round): \(done)"
            folder.write("contacts", blocks.joined(separator: "\n\n"))
            try snapshot.write(to: URL(fileURLWithPath: place))

            let reused = try Store.open(at: folder.path, snapshot: place, ordersByName: true)
            try assertSameAsText(reused, folder.path, what)
            if !done.contains("indented after blank") {
                XCTAssertGreaterThan(reused.reusedContacts, reused.network.contacts.count - 12, what)
            }
            // The snapshot it leaves (none after errors) is taken whole by the next start.
            guard let (next, at) = reused.takeSnapshot() else {
                XCTAssertFalse(reused.isWritable, what)
                continue
            }
            next.write(to: at)
            let again = try Store.open(at: folder.path, snapshot: place, ordersByName: true)
            XCTAssertTrue(again.takenFromSnapshot.contains(.contacts), what)
            try assertSameAsText(again, folder.path, what)
        }
    }

    /// Record numbers decide which bytes an edit rewrites: edits after a load that took most
    /// contacts from the snapshot write the same file as after a load from text.
    func testWritesAfterTakingMostContactsAreTheSameAsAfterAParse() throws {
        let (folder, cache, place, _) = try makeStore()
        defer { withExtendedLifetime(cache) {} }
        var blocks = folder.read("contacts").components(separatedBy: "\n\n")
        blocks[40] = blocks[40].replacingFirst("\nname: ", with: "\nname: Édité ")
        blocks.remove(at: 80)
        blocks.insert("id: hors-carnet\nname: Ajoutée à la main", at: 120)
        blocks.insert(blocks.remove(at: 5), at: 200)
        folder.write("contacts", blocks.joined(separator: "\n\n"))
        let copy = TemporaryFolder()
        for file in StoreFile.allCases { copy.write(file.rawValue, folder.read(file.rawValue)) }

        let stores = [try Store.open(at: folder.path, snapshot: place, ordersByName: true), try Store.open(at: copy.path)]
        XCTAssertGreaterThan(stores[0].reusedContacts, 290)
        XCTAssertEqual(stores[1].reusedContacts, 0)
        for store in stores {
            let contacts = store.network.contacts
            for k in [0, 3, 39, 40, 41, 119, 120, 199, 200, contacts.count - 1] {
                var c = contacts[k]
                c.company = "Edited \(k)"
                c.tags.append("edited")
                try store.update(c)
            }
            try store.add(Contact(id: "zoé-neuve", name: "Zoé Neuve"))
        }
        XCTAssertEqual(folder.read("contacts"), copy.read("contacts"))
    }

    /// A file rewritten as a whole (here every company renamed) is read from text as before:
    /// matching the few records left would not pay.
    func testAFileMostlyRewrittenIsReadFromText() throws {
        let (folder, cache, place, _) = try makeStore()
        defer { withExtendedLifetime(cache) {} }
        folder.write("contacts", folder.read("contacts").replacingOccurrences(of: "\nname: ", with: "\nname: M. "))
        let store = try Store.open(at: folder.path, snapshot: place, ordersByName: true)
        XCTAssertEqual(store.reusedContacts, 0)
        try assertSameAsText(store, folder.path, "rewritten")
    }
}
