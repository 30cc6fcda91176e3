import CarnetCore
import XCTest
@testable import CarnetUI

/// Actions in, exact state out: the reducer alone, no terminal.
final class ReducerTests: XCTestCase {
    func names(_ state: AppState) -> [String] {
        state.contacts.rows.map { state.network.contacts[$0].name }
    }

    func testMovingClampsAtBothEnds() {
        var s = SampleNetwork.state()
        XCTAssertEqual(names(s), ["Bob Leroy", "Chloé Petit", "Hélène Dupont", "Marc-Aurèle Lefèvre", "Zoé Martin", "王芳"])
        press([.char("k")], &s)
        XCTAssertEqual(s.contacts.selection, 0)
        press([.char("j"), .down, .char("j")], &s)
        XCTAssertEqual(s.focusedContact?.name, "Marc-Aurèle Lefèvre")
        press([.char("G")], &s)
        XCTAssertEqual(s.contacts.selection, 5)
        press([.char("j")], &s)
        XCTAssertEqual(s.contacts.selection, 5)
        press([.char("g")], &s)
        XCTAssertEqual(s.contacts.selection, 0)
    }

    /// A second without a key prepares one piece of what a key may need: the search keys,
    /// then the circle map, then the month's plan; the panes then show what they would have
    /// computed on the spot, and a change to the network starts again.
    func testIdleSecondsPrepareThePanesOneAtATimeAndShowTheSame() {
        var s = SampleNetwork.state(width: 120, height: 40)
        var fresh = s
        XCTAssertFalse(s.contacts.isSearchPrepared(for: s.network))
        _ = App.update(&s, .idle)
        XCTAssertTrue(s.contacts.isSearchPrepared(for: s.network))
        XCTAssertNil(s.circleMap)
        _ = App.update(&s, .idle)
        XCTAssertNotNil(s.circleMap)
        XCTAssertFalse(s.suggestionsAreFresh)
        _ = App.update(&s, .idle)
        XCTAssertTrue(s.suggestionsAreFresh)
        for key in [Key.char("2"), .char("3"), .char("1")] {
            press([key], &s)
            press([key], &fresh)
            XCTAssertEqual(RootView.render(s).lines(), RootView.render(fresh).lines(), "\(key)")
        }
        s.networkDidChange()
        XCTAssertNil(s.circleMap)
        XCTAssertFalse(s.contacts.isSearchPrepared(for: s.network))
        _ = App.update(&s, .idle)
        XCTAssertTrue(s.contacts.isSearchPrepared(for: s.network))
        _ = App.update(&s, .idle)
        XCTAssertNotNil(s.circleMap)
    }

    /// With the filter line open, the search keys are wanted at once (the run loop does not
    /// wait for an idle second); once folded, or with the line closed, nothing is.
    func testAnOpenFilterLineWantsTheSearchKeysNow() {
        var s = SampleNetwork.state()
        XCTAssertFalse(s.needsPreparingNow, "the list alone waits for an idle second")
        press([.char("/")], &s)
        XCTAssertTrue(s.needsPreparingNow)
        _ = App.update(&s, .idle)
        XCTAssertFalse(s.needsPreparingNow)
        press([.char("z")], &s)
        XCTAssertEqual(names(s), ["Zoé Martin"])
        var closed = SampleNetwork.state()
        press([.char("/"), .escape], &closed)
        XCTAssertFalse(closed.needsPreparingNow)
    }

    /// One Esc does not throw away what was typed (an Alt-key sends one): with changes, it
    /// asks, and a second Esc discards; any other key takes the question back.
    func testAFormWithChangesNeedsASecondEscToBeDiscarded() {
        var s = SampleNetwork.state()
        press([.char("e")], &s)
        press([.escape], &s)
        XCTAssertNil(s.overlay, "nothing typed: one Esc closes")
        press([.char("e"), .tab, .tab, .char("X")], &s)
        press([.escape], &s)
        guard case .form? = s.overlay else { return XCTFail("closed at the first Esc") }
        XCTAssertEqual(s.message?.text, s.strings.discardAsk)
        press([.char("b")], &s)
        XCTAssertNil(s.message, "the question taken back with its line")
        press([.escape], &s)
        guard case .form(let f)? = s.overlay else { return XCTFail("closed: the key between took the question back") }
        XCTAssertEqual(f.form.values["role"].map { $0.hasSuffix("Xb") }, true, "\(f.form.values)")
        press([.escape], &s)
        XCTAssertNil(s.overlay)
        XCTAssertNil(s.message, "the question answered")
    }

    /// A filter kept with Enter is cleared by Esc on the list, as its "no one matches" says.
    func testEscClearsAKeptFilter() {
        var s = SampleNetwork.state()
        press([.char("/"), .char("z"), .char("z"), .char("z"), .enter], &s)
        XCTAssertEqual(names(s), [])
        XCTAssertEqual(s.contacts.filter.text, "zzz")
        press([.escape], &s)
        XCTAssertEqual(s.contacts.filter.text, "")
        XCTAssertEqual(names(s).count, 6)
        press([.char("/"), .char("m"), .char("a"), .char("r"), .enter, .char("j")], &s)
        let selected = s.focusedContact?.name
        XCTAssertNotNil(selected)
        press([.escape], &s)
        XCTAssertEqual(s.focusedContact?.name, selected, "the person selected stays selected")
        XCTAssertEqual(names(s).count, 6)
    }

    /// The details say what the cadence counts from: someone never in touch was not
    /// contacted "0 days ago".
    func testDetailsSayWhenSomeoneWasNeverInTouch() {
        var s = SampleNetwork.state(width: 120, height: 40)
        press([.char("/")], &s)
        type("chlo", &s)
        press([.enter, .enter], &s)
        let met = RootView.render(s).lines().joined(separator: "\n")
        XCTAssertTrue(met.contains("never in touch · met 4 days ago"), met)
        s = SampleNetwork.state(width: 120, height: 40)
        press([.char("/")], &s)
        type("bob", &s)
        press([.enter, .enter], &s)
        let contacted = RootView.render(s).lines().joined(separator: "\n")
        XCTAssertTrue(contacted.contains("last contact 51 days ago"), contacted)
    }

    /// In a terminal too short for every field, the form scrolls to the focused field.
    func testAFormScrollsToTheFocusedFieldInASmallTerminal() {
        var s = SampleNetwork.state(width: 40, height: 12)
        press([.char("a")], &s)
        guard case .form(let start)? = s.overlay else { return XCTFail("no form") }
        for _ in 0..<(start.form.fields.count - 1) { press([.tab], &s) }
        guard case .form(let f)? = s.overlay else { return XCTFail("no form") }
        XCTAssertEqual(f.form.focus, f.form.fields.count - 1)
        type("2025-02-30", &s)
        let screen = RootView.render(s).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains(f.form.fields[f.form.focus].label), screen)
        XCTAssertTrue(screen.contains("2025-02-30"), screen)
        XCTAssertFalse(screen.contains(f.form.fields[0].label + " "), "the first field scrolled away:\n\(screen)")
        XCTAssertTrue(screen.contains("↑"), "fields above, out of sight:\n\(screen)")
        press([.backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab], &s)
        let top = RootView.render(s).lines().joined(separator: "\n")
        XCTAssertTrue(top.contains(f.form.fields[0].label) && top.contains("↓") && !top.contains("↑"), top)
    }

    /// While the screen only says "too small", keys do nothing unseen; `q` still quits.
    func testKeysDoNothingWhileTheTerminalIsTooSmall() {
        var s = SampleNetwork.state(width: 20, height: 5)
        XCTAssertTrue(s.isTooSmall)
        XCTAssertEqual(press([.char("j"), .char("j"), .enter, .char("s"), .char("1")], &s), [])
        XCTAssertEqual(s.contacts.selection, 0)
        XCTAssertNil(s.detail)
        XCTAssertNil(s.overlay)
        XCTAssertEqual(press([.char("q")], &s), [.quit])
    }

    /// Pasted text goes into the focused field as one inert line; outside a field it does
    /// nothing but say where it goes.
    func testAPasteIsTextForAFieldAndNothingElse() {
        var s = SampleNetwork.state()
        press([.char("a"), .paste("Jane\r\nPaste\t\u{1B}[31mX")], &s)
        guard case .form(let f)? = s.overlay else { return XCTFail("the paste closed the form") }
        XCTAssertEqual(f.form.values["name"], "Jane Paste X")
        var list = SampleNetwork.state()
        XCTAssertEqual(press([.paste("s1\n")], &list), [])
        XCTAssertNil(list.overlay)
        XCTAssertEqual(list.message?.text, list.strings.pasteOutsideField)
        press([.char("/"), .paste("zo\n")], &list)
        XCTAssertEqual(list.contacts.filter.text, "zo ")
        XCTAssertEqual(names(list), ["Zoé Martin"])
    }

    /// In a short terminal the month's reconnect list shows before the goals, and scrolls
    /// to the person selected: Enter never opens someone unseen.
    func testTheMonthsListShowsThePersonSelectedInAShortTerminal() {
        var s = SampleNetwork.state(width: 40, height: 12)
        press([.char("3")], &s)
        XCTAssertGreaterThan(s.suggestions.count, 2)
        for i in 0..<s.suggestions.count {
            let screen = RootView.render(s).lines().joined(separator: "\n")
            XCTAssertTrue(screen.contains(String(s.suggestions[i].name.prefix(10))), "\(i):\n\(screen)")
            press([.char("j")], &s)
        }
    }

    /// At 40 columns every tab shows, the one in front with its name.
    func testEveryTabShowsInANarrowTerminal() {
        var s = SampleNetwork.state(width: 40, height: 12)
        press([.char("3")], &s)
        let top = RootView.render(s).lines()[0]
        XCTAssertTrue(top.contains(" 1 ") && top.contains(" 2 ") && top.contains("3 " + s.strings.paneNames[2]), top)
    }

    /// At 40 columns the review's progress bar leaves its title whole.
    func testTheReviewsTitleShowsWholeInANarrowTerminal() {
        var s = SampleNetwork.state(width: 40, height: 12)
        press([.char("r")], &s)
        let title = s.strings.reviewTitle(1, s.review?.items.count ?? 0)
        XCTAssertTrue(RootView.render(s).lines().contains { $0.contains(title) }, RootView.render(s).lines().joined(separator: "\n"))
    }

    func testPanesCycleWithTabAndJumpWithDigits() {
        var s = SampleNetwork.state()
        press([.tab], &s)
        XCTAssertEqual(s.pane, .map)
        press([.tab, .tab], &s)
        XCTAssertEqual(s.pane, .contacts)
        press([.backTab], &s)
        XCTAssertEqual(s.pane, .month)
        press([.char("1")], &s)
        XCTAssertEqual(s.pane, .contacts)
        press([.char("2")], &s)
        XCTAssertEqual(s.context, .map)
    }

    func testFilterIsAccentAndCaseInsensitiveAndEscClearsIt() {
        var s = SampleNetwork.state()
        press([.char("/")], &s)
        XCTAssertTrue(s.contacts.isEditingFilter)
        type("HELE", &s)
        XCTAssertEqual(names(s), ["Hélène Dupont"])
        press([.backspace, .backspace, .backspace, .backspace], &s)
        type("club", &s)  // circles are searched too
        XCTAssertEqual(names(s), ["Hélène Dupont", "Marc-Aurèle Lefèvre", "Zoé Martin"])
        type(" zo", &s)   // every word must match
        XCTAssertEqual(names(s), ["Zoé Martin"])
        press([.enter], &s)
        XCTAssertFalse(s.contacts.isEditingFilter)
        XCTAssertEqual(s.contacts.filter.text, "club zo")
        press([.char("/"), .escape], &s)
        XCTAssertEqual(s.contacts.filter.text, "")
        XCTAssertEqual(names(s).count, 6)
        XCTAssertEqual(s.focusedContact?.name, "Zoé Martin", "the selection stays on the person")
    }

    func testFilterFindsNotesAndTags() {
        var s = SampleNetwork.state()
        press([.char("/")], &s)
        type("mlops", &s)
        XCTAssertEqual(names(s), ["Hélène Dupont"])
    }

    func testSortCyclesNameLastContactDue() {
        var s = SampleNetwork.state()
        press([.char("o")], &s)
        XCTAssertEqual(s.contacts.sort, .lastContact)
        XCTAssertEqual(names(s).first, "Chloé Petit", "never contacted comes first")
        XCTAssertEqual(s.message, StatusMessage("sorted by last contact"))
        press([.char("o")], &s)
        XCTAssertEqual(s.contacts.sort, .due)
        XCTAssertEqual(Array(names(s).prefix(2)), ["Hélène Dupont", "王芳"], "most days past the cadence first")
    }

    /// Someone imported and never in touch has nothing to count a cadence from: not due,
    /// last in the list sorted by due, as in `carnet list --sort due`.
    func testSortByDuePutsThoseWithNothingToCountFromLast() {
        var s = SampleNetwork.state()
        var imported = Contact(id: "ines-roy", name: "Inès Roy")
        imported.source = "linkedin"
        s.network.upsert(imported)
        s.networkDidChange()
        press([.char("o"), .char("o")], &s)
        XCTAssertEqual(names(s).last, "Inès Roy")
        XCTAssertEqual(names(s).first, "Hélène Dupont")
    }

    func testSelectingACircleOnTheMapFiltersTheList() {
        var s = SampleNetwork.state()
        press([.char("2"), .char("j"), .enter], &s)
        XCTAssertEqual(s.pane, .contacts)
        XCTAssertEqual(s.contacts.circle, "club running")
        XCTAssertEqual(names(s), ["Hélène Dupont", "Marc-Aurèle Lefèvre", "Zoé Martin"])
        press([.char("x")], &s)
        XCTAssertEqual(names(s).count, 6)
        press([.char("2"), .char("G"), .enter], &s)
        XCTAssertEqual(names(s), ["Chloé Petit"], "the last entry is the people outside any circle")
    }

    func testOpenAndCloseTheDetailView() {
        var s = SampleNetwork.state()
        press([.char("j"), .enter], &s)
        XCTAssertEqual(s.detail, "chloe-petit")
        XCTAssertEqual(s.context, .detail)
        press([.escape], &s)
        XCTAssertNil(s.detail)
        press([.char("3"), .enter], &s)
        XCTAssertEqual(s.detail, s.suggestions[0].contactID)
    }

    func testLoggingThroughTheFormAsksTheStoreAndClosesWhenSaved() throws {
        var s = SampleNetwork.state()
        press([.char("l")], &s)
        guard case .form(let form)? = s.overlay else { return XCTFail("no form") }
        XCTAssertEqual(form.purpose, .log(people: ["bob-leroy"]))
        XCTAssertEqual(form.form["with"], "Bob Leroy")
        press([.tab, .right, .tab, .tab, .right], &s)      // kind: call; exchange: gave
        press([.tab], &s)
        type("intro to Zoé", &s)
        let effects = press([.enter], &s)
        let expected = Interaction(date: SampleNetwork.today, people: ["bob-leroy"], kind: "call", exchange: .gave("intro to Zoé"))
        XCTAssertEqual(effects, [.log(expected, message: "Logged call with Bob Leroy.")])
        guard case .form(let saving)? = s.overlay else { return XCTFail("the form closed before the save") }
        XCTAssertTrue(saving.isSaving)

        var network = s.network
        network.append(expected)
        _ = App.update(&s, .saved(network, message: "Logged call with Bob Leroy."))
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.message, StatusMessage("Logged call with Bob Leroy."))
        XCTAssertEqual(s.network.lastInteraction(of: "bob-leroy")?.kind, "call")
    }

    func testAFailedSaveKeepsWhatWasTyped() {
        var s = SampleNetwork.state()
        press([.char("a")], &s)
        type("Nadia Benali", &s)
        let effects = press([.enter], &s)
        XCTAssertEqual(effects.count, 1)
        _ = App.update(&s, .failed("cannot write: No space left on device"))
        guard case .form(let form)? = s.overlay else { return XCTFail("form lost") }
        XCTAssertFalse(form.isSaving)
        XCTAssertEqual(form.form["name"], "Nadia Benali")
        XCTAssertEqual(s.message, StatusMessage("cannot write: No space left on device", isError: true))
    }

    func testFormValidationNamesTheWrongField() {
        var s = SampleNetwork.state()
        press([.char("a")], &s)
        XCTAssertEqual(press([.enter], &s), [])
        guard case .form(let form)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(form.form.fields[0].error, "Name is required")
        type("Ana", &s)
        for _ in 0..<10 { press([.tab], &s) }
        type("3x", &s)
        XCTAssertEqual(press([.enter], &s), [])
        guard case .form(let again)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(again.form.fields[again.form.focus].name, "cadence")
        XCTAssertEqual(again.form.fields[again.form.focus].error, "write 30d, 6w, 3m or 1y")
    }

    func testSnoozeForAWeek() {
        var s = SampleNetwork.state()
        let effects = press([.char("s"), .char("1")], &s)
        var bob = s.network.contact(id: "bob-leroy")!
        bob.snoozedUntil = Day("2026-11-29")
        XCTAssertEqual(effects, [.saveContacts([bob], message: "Snoozed Bob Leroy until 2026-11-29.")])
        XCTAssertNil(s.overlay)
    }

    func testEventFormCreatesNewPeopleAndLinksKnownOnes() {
        var s = SampleNetwork.state()
        press([.char("v")], &s)
        type("Afterwork Fintech", &s)
        press([.tab, .tab, .right, .tab, .tab, .tab], &s)  // kind: meetup → afterwork… then "met"
        type("Zoé, Nadia Benali", &s)
        let effects = press([.enter], &s)
        guard case let .recordEvent(event, newPeople, metAgain, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(event.id, "afterwork-fintech-2026-11")
        XCTAssertEqual(newPeople.map(\.name), ["Nadia Benali"])
        XCTAssertEqual(newPeople.first?.met, Contact.Met(date: SampleNetwork.today, event: "afterwork-fintech-2026-11"))
        XCTAssertEqual(metAgain, ["zoe-martin"])
        XCTAssertEqual(event.met, ["nadia-benali", "zoe-martin"])
    }

    /// A name typed twice, with or without its accents, is one person, met once.
    func testEventFormTakesEachPersonOnce() {
        var s = SampleNetwork.state()
        press([.char("v")], &s)
        type("Afterwork", &s)
        press([.tab, .tab, .tab, .tab, .tab], &s)
        type("Zoé Lambert, 김지수, Zoe Lambert, , zoé lambert, zoe martin, Zoé Martin", &s)
        let effects = press([.enter], &s)
        guard case let .recordEvent(event, newPeople, metAgain, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(newPeople.map(\.name), ["Zoé Lambert", "김지수"])
        XCTAssertEqual(metAgain, ["zoe-martin"])
        XCTAssertEqual(event.met, ["zoe-lambert", newPeople[1].id, "zoe-martin"])
    }

    func testReviewWalksTodaysListAndSummarises() {
        var s = SampleNetwork.state()
        XCTAssertTrue(s.suggestions.isEmpty, "not computed for the contact list")
        press([.char("r")], &s)
        let first = s.suggestions[0].contactID
        XCTAssertEqual(s.context, .review)
        XCTAssertEqual(s.review?.current?.contactID, first)
        press([.char("l")], &s)
        let effects = press([.enter], &s)
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(s.review?.index, 0, "the review waits for the save")
        _ = App.update(&s, .saved(s.network, message: "ok"))
        XCTAssertEqual(s.review?.logged, [first])
        XCTAssertEqual(s.review?.index, 1)
        let second = s.review?.current?.contactID
        press([.char("s"), .char("1")], &s)
        _ = App.update(&s, .saved(s.network, message: "ok"))
        XCTAssertEqual(s.review?.snoozed, [second!])
        XCTAssertEqual(s.review?.index, 2)
        press([.char("n")], &s)
        XCTAssertEqual(s.review?.skipped.count, 1)
        press([.escape], &s)
        XCTAssertEqual(s.review?.isFinished, true)
        press([.char("x")], &s)
        XCTAssertNil(s.review)
    }

    func testHelpOpensForTheCurrentContextAndAnyKeyClosesIt() {
        var s = SampleNetwork.state()
        press([.char("3"), .char("?")], &s)
        XCTAssertEqual(s.overlay, .help(.month, scroll: 0))
        press([.char("j")], &s)
        XCTAssertEqual(s.overlay, .help(.month, scroll: 1))
        press([.char("z")], &s)
        XCTAssertNil(s.overlay)
    }

    func testReadOnlyStoreRefusesChangesWithTheReason() {
        var s = AppState(network: SampleNetwork.make(), today: SampleNetwork.today, width: 80, height: 24,
                         readOnly: "contacts:3: '2026-13-01' is not a date in 'met'")
        XCTAssertEqual(press([.char("l")], &s), [])
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.message, StatusMessage("Read-only: contacts:3: '2026-13-01' is not a date in 'met'", isError: true))
    }

    func testOutsideChangesReloadUnlessAFormIsOpen() {
        var s = SampleNetwork.state()
        XCTAssertEqual(App.update(&s, .changedOutside), [.reload])
        press([.char("a")], &s)
        XCTAssertEqual(App.update(&s, .changedOutside), [])
        XCTAssertEqual(s.message?.isError, true)
        XCTAssertNotNil(s.overlay, "the form and what was typed stay")
    }

    func testAReloadPostponedByAFormHappensWhenItCloses() {
        var s = SampleNetwork.state()
        press([.char("a")], &s)
        XCTAssertEqual(App.update(&s, .changedOutside), [])
        XCTAssertTrue(s.reloadPending)
        XCTAssertEqual(press([.escape], &s), [.reload])
        XCTAssertFalse(s.reloadPending)
    }

    func testAnEditSavesOnlyTheFieldsTheUserChanged() {
        var s = SampleNetwork.state()
        press([.char("e")], &s)          // Bob Leroy, company Globex
        // Meanwhile someone changes Bob's company and city outside; the app reloads.
        var network = s.network
        var bob = network.contact(id: "bob-leroy")!
        bob.company = "Globex Europe"
        bob.city = "Lyon"
        network.upsert(bob)
        _ = App.update(&s, .reloaded(network, readOnly: nil))
        press([.tab, .tab], &s)          // to "role"
        type("CFO", &s)
        let effects = press([.enter], &s)
        guard case .saveContacts(let saved, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(saved.first?.role, "CFO")
        XCTAssertEqual(saved.first?.company, "Globex Europe", "the outside change is kept")
        XCTAssertEqual(saved.first?.city, "Lyon")
    }

    /// Before a reload the network is let go of (the app would otherwise hold two): the
    /// screen is then empty, and the network read again brings the list back with the same
    /// person selected, also when someone was added above them and the filter is kept.
    func testAReloadLetsGoOfTheNetworkAndKeepsTheSelectedPerson() {
        var s = SampleNetwork.state()
        press([.char("j"), .char("j")], &s)
        XCTAssertEqual(s.focusedContact?.name, "Hélène Dupont")
        var network = s.network
        network.upsert(Contact(id: "ana-abel", name: "Ana Abel"))   // sorted first
        s.letGoOfNetwork()
        XCTAssertTrue(s.network.contacts.isEmpty)
        XCTAssertEqual(s.contacts.rows, [])
        XCTAssertNil(s.focusedContact)
        _ = App.update(&s, .reloaded(network, readOnly: nil))
        XCTAssertEqual(names(s).first, "Ana Abel")
        XCTAssertEqual(s.focusedContact?.name, "Hélène Dupont")
        XCTAssertEqual(s.message?.text, s.strings.reloaded)
        // With a filter: kept, and the person still found in the rows it leaves.
        press([.char("/")], &s)
        type("e", &s)
        press([.enter], &s)
        let filtered = names(s)
        let focused = s.focusedContact?.name
        s.letGoOfNetwork()
        _ = App.update(&s, .reloaded(network, readOnly: nil))
        XCTAssertEqual(names(s), filtered)
        XCTAssertEqual(s.focusedContact?.name, focused)
        // A reload that fails leaves the list empty, as the store is.
        s.letGoOfNetwork()
        _ = App.update(&s, .failed("cannot read contacts"))
        XCTAssertEqual(s.contacts.rows, [])
        XCTAssertEqual(s.message, StatusMessage("cannot read contacts", isError: true))
    }

    func testOpeningALinkIsCheckedFirst() {
        var s = SampleNetwork.state()
        var network = s.network
        var bob = network.contact(id: "bob-leroy")!
        bob.urls = ["https://www.linkedin.com/in/bob-leroy"]
        network.upsert(bob)
        var zoe = network.contact(id: "zoe-martin")!
        zoe.urls = ["javascript:alert(1)"]
        network.upsert(zoe)
        _ = App.update(&s, .reloaded(network, readOnly: nil))
        XCTAssertEqual(press([.enter, .char("w")], &s), [.openLink("https://www.linkedin.com/in/bob-leroy")])
        press([.escape, .char("G"), .char("k"), .enter], &s)   // Zoé Martin
        XCTAssertEqual(s.detail, "zoe-martin")
        XCTAssertEqual(press([.char("w")], &s), [])
        XCTAssertEqual(s.message?.isError, true)
        press([.escape, .char("g"), .char("j"), .enter], &s)   // Chloé: nothing to open
        XCTAssertEqual(press([.char("w")], &s), [])
        XCTAssertEqual(s.message, StatusMessage("No web page or e-mail address to open for them.", isError: true))
    }

    func testQuitAndResize() {
        var s = SampleNetwork.state()
        _ = App.update(&s, .resized(width: 39, height: 11))
        XCTAssertTrue(s.isTooSmall)
        _ = App.update(&s, .resized(width: 200, height: 60))
        XCTAssertFalse(s.isTooSmall)
        XCTAssertEqual(press([.char("q")], &s), [.quit])
        XCTAssertTrue(s.isQuitting)
    }

    func testEveryBindingInHelpDispatchesItsCommand() {
        for context in [Context.contacts, .map, .month, .detail, .review] {
            for binding in KeyMap.bindings(for: context) {
                for key in binding.keys {
                    XCTAssertEqual(KeyMap.command(for: key, in: context), binding.command, "\(key) in \(context)")
                }
            }
        }
    }
}
