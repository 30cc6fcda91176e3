import Foundation
import XCTest

/// The command line end to end: the real binary on a temporary store.
final class CommandLineTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
    }

    func carnet(_ args: String..., file: StaticString = #filePath, line: UInt = #line) -> CarnetProcess.Result {
        CarnetProcess.run(args, dir: store, file: file, line: line)
    }

    /// A record that does not parse is left out of what a command shows: the command says
    /// so, naming the line, and exits 1, as `check` would; a person missing from `list`
    /// must not pass for a person deleted.
    func testACommandShowingAStoreWithErrorsSaysWhatItLeftOut() {
        XCTAssertEqual(carnet("init").status, 0)
        XCTAssertEqual(carnet("add", "Zoé Martin").status, 0)
        XCTAssertEqual(carnet("add", "Karim Benali").status, 0)
        folder.write("store/contacts", folder.read("store/contacts").replacingOccurrences(of: "id: karim-benali", with: "id: zoe-martin"))
        let list = carnet("list")
        XCTAssertEqual(list.status, 1)
        XCTAssertTrue(list.stdout.contains("Zoé Martin"), list.stdout)
        XCTAssertTrue(list.stderr.hasPrefix("carnet: the store has errors, so what was shown leaves out what did not parse: contacts:"),
                      list.stderr)
        XCTAssertTrue(list.stderr.contains("the id 'zoe-martin' is already used above"), list.stderr)
        let show = carnet("show", "karim")
        XCTAssertEqual(show.status, 1)
        XCTAssertEqual(show.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 2, show.stderr)
        XCTAssertTrue(show.stderr.contains("no one called 'karim'") && show.stderr.contains("leaves out what did not parse"), show.stderr)
        for command in [["reconnect"], ["stats"], ["circles"], ["goals"], ["list", "--json"]] {
            XCTAssertEqual(CarnetProcess.run(command, dir: store).status, 1, command.joined(separator: " "))
        }
    }

    /// An export written over the store's own files replaced its records; an empty
    /// `--dir` (a script's variable left unset) wrote to the default store.
    func testAnExportNeverWritesOverTheStoreAndAnEmptyDirIsRefused() throws {
        XCTAssertEqual(carnet("init").status, 0)
        XCTAssertEqual(carnet("add", "Zoé Martin").status, 0)
        let contacts = folder.read("store/contacts")
        for (format, path) in [("csv", store + "/contacts"), ("json", store + "/journal"), ("vcard", store)] {
            let r = carnet("export", format, "-o", path)
            XCTAssertEqual(r.status, 2, "\(format) \(path): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("is the store or one of its files"), r.stderr)
        }
        XCTAssertEqual(folder.read("store/contacts"), contacts)
        XCTAssertEqual(carnet("export", "csv", "-o", store + "/backup.csv").status, 0)
        let empty = CarnetProcess.run(["--dir", "", "add", "Oops"], dir: nil)
        XCTAssertEqual(empty.status, 2)
        XCTAssertEqual(empty.stderr, "carnet: --dir is empty; give the store's folder\n")
        XCTAssertEqual(CarnetProcess.run(["add", "Oops"], dir: "").status, 2, "CARNET_DIR set but empty")
        folder.write("store/contacts", contacts + "\nthis line has no colon\n")
        let broken = carnet("export", "vcard")
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stdout.contains("FN:Zoé Martin") && broken.stderr.contains("leaves out what did not parse"), broken.stderr)
    }

    /// A namesake added is said: often the same person added twice.
    func testAddingANamesakeSaysSo() {
        XCTAssertEqual(carnet("init").status, 0)
        XCTAssertEqual(carnet("add", "Zoé Lambert").stderr, "")
        let again = carnet("add", "zoe lambert")
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.stdout, "Added zoe lambert (zoe-lambert-2)\n")
        XCTAssertTrue(again.stderr.hasPrefix("carnet: note: zoe-lambert has the same name"), again.stderr)
    }

    func testAGoalWithoutAWordIsRefused() {
        XCTAssertEqual(carnet("init").status, 0)
        for word in ["", "  ", "!!"] {
            let r = carnet("goals", "set", word, "3")
            XCTAssertEqual(r.status, 2, "'\(word)': \(r.stdout)")
        }
        XCTAssertFalse(folder.read("store/goals").contains("person"))
        XCTAssertEqual(carnet("goals", "set", "Café", "2").stdout, "Goal: cafe 2 a month\n")
    }

    func testHelpForACommandThatDoesNotExistIsAUsageError() {
        let nope = carnet("help", "nope")
        XCTAssertEqual(nope.status, 2)
        XCTAssertEqual(nope.stderr, "carnet: no command called 'nope'; 'carnet help' lists them\n")
        XCTAssertEqual(carnet("help", "list").status, 0)
    }

    /// No exchange logged is not a verdict on the balance.
    func testStatsOfAStoreWithNoExchangeSayNothingWasLogged() {
        XCTAssertEqual(carnet("init").status, 0)
        XCTAssertTrue(carnet("stats").stdout.contains("gave 0, asked 0, received 0 — nothing given or asked logged yet"))
        XCTAssertEqual(carnet("add", "Zoé Martin").status, 0)
        XCTAssertEqual(carnet("log", "zoe", "--gave", "an intro").status, 0)
        XCTAssertTrue(carnet("stats").stdout.contains("gave 1, asked 0, received 0 — you give more than you take"))
    }

    func testAddLogAndShowAPersonWithAccentsAndCJK() throws {
        XCTAssertEqual(carnet("init").status, 0)
        XCTAssertEqual(carnet("add", "Hélène Dupont", "--company", "Doctolib", "--circle", "Anciens collègues",
                              "--email", "helene@example.fr", "--birthday", "1985-11-25", "--cadence", "6w").stdout,
                       "Added Hélène Dupont (helene-dupont)\n")
        XCTAssertEqual(carnet("add", "王芳", "--company", "Tencent").status, 0)
        let logged = carnet("log", "helene", "--kind", "coffee", "--gave", "intro to Bob", "--follow-up", "2026-12-01")
        XCTAssertEqual(logged.stdout, "Logged coffee with Hélène Dupont on 2026-11-22\n")

        let shown = carnet("show", "HELENE", "--json")
        XCTAssertEqual(shown.status, 0, shown.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any]
        let contact = json["contact"] as! [String: Any]
        XCTAssertEqual(contact["id"] as? String, "helene-dupont")
        XCTAssertEqual(contact["circles"] as? [String], ["Anciens collègues"])
        XCTAssertEqual(contact["cadence"] as? String, "6w")
        XCTAssertEqual(contact["lastContact"] as? String, "2026-11-22")
        let interactions = json["interactions"] as! [[String: Any]]
        XCTAssertEqual(interactions.first?["gave"] as? String, "intro to Bob")
        XCTAssertEqual(interactions.first?["followUp"] as? String, "2026-12-01")

        let list = carnet("list")
        XCTAssertTrue(list.stdout.contains("Hélène Dupont"))
        XCTAssertTrue(list.stdout.contains("王芳"))
        XCTAssertTrue(folder.read("store/journal").hasSuffix(
            "2026-11-22 coffee @helene-dupont gave:\"intro to Bob\" follow-up:2026-12-01\n"))
    }

    func testExitCodesSayBadDataOrBadUsage() {
        carnet("init")
        carnet("add", "Hélène Dupont")
        carnet("add", "Hélène Martin")
        let ambiguous = carnet("log", "hélène")
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertEqual(ambiguous.stderr, "carnet: 'hélène' could be: Hélène Dupont (helene-dupont), Hélène Martin (helene-martin)\n")
        let unknown = carnet("log", "nobody")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "carnet: no one called 'nobody' in the store\n")
        let badDate = carnet("log", "dupont", "--date", "2026-13-01")
        XCTAssertEqual(badDate.status, 2)
        XCTAssertEqual(badDate.stderr, "carnet: --date: '2026-13-01' is not a date (write YYYY-MM-DD)\n")
        XCTAssertEqual(carnet("add", "X", "--cadence", "3x").status, 2)
        XCTAssertEqual(carnet("frobnicate").status, 2)
        XCTAssertEqual(carnet("--help").status, 0)
        XCTAssertEqual(CarnetProcess.run(["list"], dir: folder.path + "/nowhere").status, 1)
    }

    func testCheckListsEveryProblemWithFileAndLineAndWritesAreRefused() {
        carnet("init")
        folder.write("store/contacts", "# carnet contacts 1\n\nid: a\nname: A\nmet: 2026-13-01\n")
        let check = carnet("check")
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stdout,
            "contacts:5: '2026-13-01' is not a date in 'met' (write YYYY-MM-DD, optionally followed by 'at EVENT-ID')\n")
        let add = carnet("add", "B")
        XCTAssertEqual(add.status, 1)
        XCTAssertTrue(add.stderr.contains("will not write"), add.stderr)
        XCTAssertEqual(folder.read("store/contacts"), "# carnet contacts 1\n\nid: a\nname: A\nmet: 2026-13-01\n")
    }

    func testControlCharactersFromTheDataNeverReachTheTerminal() {
        carnet("init")
        folder.write("store/contacts", "# carnet contacts 1\n\nid: evil\nname: Eve\u{1B}]0;pwned\u{07}\u{1B}[2J Evil\ncompany: \u{202E}Corp\u{9B}31m\n")
        for output in [carnet("list").stdout, carnet("show", "evil").stdout, carnet("list", "--json").stdout] {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x07 },
                           output.debugDescription)
        }
        XCTAssertTrue(carnet("list").stdout.contains("Eve Evil"))
    }

    func testEventCreatesNewPeopleMetThereAndSnoozeHidesSomeone() throws {
        carnet("init")
        carnet("add", "Bob Leroy")
        let event = carnet("event", "Swift Meetup", "--date", "2026-11-18", "--kind", "meetup",
                           "--met", "Chloé Petit", "--met", "bob", "--target", "3")
        XCTAssertEqual(event.status, 0, event.stderr)
        XCTAssertTrue(folder.read("store/events").contains("met: chloe-petit, bob-leroy"))
        XCTAssertTrue(folder.read("store/contacts").contains("met: 2026-11-18 at swift-meetup-2026-11"))
        XCTAssertTrue(folder.read("store/journal").contains("2026-11-18 event @bob-leroy event:swift-meetup-2026-11"))
        XCTAssertEqual(carnet("snooze", "chloe", "--for", "2w").stdout, "Snoozed Chloé Petit until 2026-12-06\n")
        XCTAssertEqual(carnet("snooze", "chloe", "--until", "2026-11-01").status, 2)
        XCTAssertEqual(carnet("snooze", "chloe").status, 2)
    }

    func testEditChangesOnlyWhatIsGivenAndKeepsHandWrittenText() {
        carnet("init")
        folder.write("store/contacts", "# carnet contacts 1\n# my people\n\nid: bob\nname: Bob\n# private\nfavourite: tea\ncompany: Acme\n")
        let edit = carnet("edit", "bob", "--role", "CTO", "--add-circle", "Club")
        XCTAssertEqual(edit.status, 0, edit.stderr)
        XCTAssertEqual(folder.read("store/contacts"),
            "# carnet contacts 1\n# my people\n\nid: bob\nname: Bob\n# private\nfavourite: tea\ncompany: Acme\nrole: CTO\nrole-since: 2026-11-22\ncircles: Club\n")
    }

    func testListAlignsColumnsByDisplayWidthAndKeepsNamesakesInFileOrder() {
        carnet("init")
        // Two namesakes once accents and case are set aside, the second with the smaller id:
        // the contact list keeps them in file order, and so does `carnet list`.
        folder.write("store/contacts", """
            # carnet contacts 1

            id: zb
            name: Zoé Martin
            company: Bleu

            id: za
            name: ZOE MARTIN
            company: Acme
            circles: Club

            id: wang
            name: 王芳
            company: Tencent

            """)
        let list = carnet("list")
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout, """
               NAME        COMPANY  CIRCLES  LAST
               Zoé Martin  Bleu              never
               ZOE MARTIN  Acme     Club     never
               王芳        Tencent           never

            """)
        let circles = carnet("circles")
        XCTAssertEqual(circles.stdout, "CIRCLE  KIND  CADENCE  PEOPLE  WARMTH\nClub                   1       0% warm\n")
    }
}

/// Mistakes a reviewer found by trying the commands; each stays fixed.
final class CommandLineEdgeTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
        _ = CarnetProcess.run(["init"], dir: folder.path + "/store")
    }

    func carnet(_ args: String..., file: StaticString = #filePath, line: UInt = #line) -> CarnetProcess.Result {
        CarnetProcess.run(args, dir: store, file: file, line: line)
    }

    func testANoteWithABlankishLineStaysReadable() {
        XCTAssertEqual(carnet("add", "Sp", "--note", "first\n   \nthird\r\n\r\nfifth").status, 0)
        XCTAssertEqual(carnet("check").status, 0, folder.read("store/contacts"))
        XCTAssertEqual(carnet("add", "Other").status, 0)
    }

    func testNamingSomeoneTwiceLogsThemOnce() {
        _ = carnet("add", "Ann Leap")
        XCTAssertEqual(carnet("log", "ann", "ann-leap").stdout, "Logged message with Ann Leap on 2026-11-22\n")
        XCTAssertTrue(folder.read("store/journal").hasSuffix("2026-11-22 message @ann-leap\n"))
    }

    func testTheFutureIsNotLoggedAndAGoalOfZeroIsOff() {
        _ = carnet("add", "Ann Leap")
        XCTAssertEqual(carnet("log", "ann", "--date", "2027-01-01").status, 2)
        XCTAssertEqual(carnet("add", "Fut", "--met", "2027-01-01").status, 2)
        XCTAssertEqual(carnet("goals", "set", "Café", "2").stdout, "Goal: cafe 2 a month\n")
        XCTAssertEqual(carnet("goals", "set", "cafe", "0").stdout, "Goal cafe turned off\n")
        XCTAssertEqual(carnet("goals").stdout, "No goals yet. Try: carnet goals set events 2\n")
    }

    func testObjectiveKeepsAHandWrittenNote() {
        _ = carnet("objective", "set", "career")
        let goals = folder.read("store/goals")
        folder.write("store/goals", goals + "note: my plan\n")
        XCTAssertEqual(carnet("objective", "set", "business", "--sector", "Fintech").status, 0)
        XCTAssertTrue(folder.read("store/goals").contains("note: my plan"), folder.read("store/goals"))
    }

    func testBadIdIsBadUsage() {
        XCTAssertEqual(carnet("add", "X", "--id", "has space").status, 2)
    }
}
