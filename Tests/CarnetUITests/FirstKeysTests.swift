import CarnetCore
import XCTest
@testable import CarnetUI

/// The frames kept with the first screen answer the first keys while the store is read
/// (`FirstKeys`): each must be, cell for cell, what the app draws after those keys once the
/// store is read, or the screen would change under the user when the load ends.
final class FirstKeysTests: XCTestCase {
    private func kept(width: Int, height: Int) -> (first: Canvas, answers: FirstKeys.Answers) {
        let state = SampleNetwork.state(width: width, height: height)
        let first = RootView.render(state)
        return (first, FirstKeys.Answers(kept: FirstKeys.answers(from: state, first: first), first: first))
    }

    /// Computed on the spot from a fresh state, key after key, as the app does after a load;
    /// nil when the keys ask for more than drawing (quit, the note's editor): no frame
    /// answers those.
    private func screen(after keys: [Key], width: Int, height: Int) -> Canvas? {
        var state = SampleNetwork.state(width: width, height: height)
        return press(keys, &state).isEmpty ? RootView.render(state) : nil
    }

    func testEachKeptFrameIsTheScreenAfterItsKeys() {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let (first, answers) = kept(width: w, height: h)
            for keys in FirstKeys.sequences {
                XCTAssertEqual(answers.frame(after: keys), screen(after: keys, width: w, height: h), "\(w)×\(h) after \(keys)")
            }
            XCTAssertEqual(FirstKeys.sequences.filter { answers.frame(after: $0) == nil }, [[.char("n")], [.char("q")]],
                           "only the note's editor and quit ask for more than drawing")
            // Not the first screen again: the keys change what is shown.
            for keys in [[Key.char("j")], [.enter], [.char("2")], [.char("3")], [.char("r")], [.char("?")],
                         [.char("G")], [.pageDown], [.char("o")], [.char("l")], [.char("a")], [.char("e")], [.char("s")], [.char("v")]] {
                XCTAssertNotEqual(answers.frame(after: keys), first, "\(w)×\(h) \(keys)")
            }
            for keys in [[Key.char("1")], [.char("k")], [.char("g")], [.pageUp], [.char("x")]] {
                XCTAssertEqual(answers.frame(after: keys), first, "\(keys): nothing to change on the first screen")
            }
        }
    }

    /// As the app quits, only the frames on the list are made: the others need the circle
    /// map and the month's plan, tens of milliseconds each at 100,000 people.
    func testFramesOnTheListAloneLeaveThePanesOut() {
        let state = SampleNetwork.state()
        let first = RootView.render(state)
        let onTheList = FirstKeys.Answers(kept: FirstKeys.answers(from: state, first: first, acrossPanes: false), first: first)
        for keys in FirstKeys.acrossPanes { XCTAssertNil(onTheList.frame(after: keys), "\(keys)") }
        for keys in FirstKeys.onTheList {
            XCTAssertEqual(onTheList.frame(after: keys), screen(after: keys, width: 80, height: 24), "\(keys)")
        }
    }

    /// From the contact list, Tab shows the circle map as 2 does: one frame, kept once.
    func testAFrameSeveralSequencesGiveIsKeptOnce() {
        let state = SampleNetwork.state(width: 120, height: 40)
        let first = RootView.render(state)
        let kept = FirstKeys.answers(from: state, first: first)
        XCTAssertLessThan(kept.count, FirstKeys.sequences.count)
        let answers = FirstKeys.Answers(kept: kept, first: first)
        XCTAssertEqual(answers.frame(after: [.tab]), answers.frame(after: [.char("2")]))
        XCTAssertEqual(answers.frame(after: [.tab]), screen(after: [.tab], width: 120, height: 40))
        XCTAssertEqual(answers.frame(after: [.backTab]), screen(after: [.char("3")], width: 120, height: 40))
    }

    /// ↓ is bound with j, End with G, Ctrl-D with PgDn... From every state a kept sequence
    /// passes through, each key of such a group draws the same screen: such keys, in any
    /// mix, are answered by the same frames.
    func testKeysBoundAlikeAreAnsweredAlike() {
        for alike in FirstKeys.alike {
            for keys in FirstKeys.sequences {
                var state = SampleNetwork.state()
                for key in keys {
                    let screens = alike.map { other -> Canvas? in
                        var after = state
                        return press([other], &after).isEmpty ? RootView.render(after) : nil
                    }
                    XCTAssertNotNil(screens[0], "\(alike) after \(keys)")
                    XCTAssertTrue(screens.allSatisfy { $0 == screens[0] }, "\(alike) differ before \(key) of \(keys)")
                    _ = press([key], &state)
                }
            }
        }
        let (_, answers) = kept(width: 80, height: 24)
        XCTAssertEqual(answers.frame(after: [.down]), answers.frame(after: [.char("j")]))
        XCTAssertEqual(answers.frame(after: [.down, .char("j"), .down]), screen(after: [.down, .down, .down], width: 80, height: 24))
        XCTAssertEqual(answers.frame(after: [.end]), screen(after: [.char("G")], width: 80, height: 24))
        XCTAssertEqual(answers.frame(after: [.ctrl("d")]), screen(after: [.pageDown], width: 80, height: 24))
    }

    /// Keys no frame was kept for, or kept for after other keys, get none: they wait for the
    /// store.
    func testOtherKeysGetNoFrame() {
        let (_, answers) = kept(width: 80, height: 24)
        for keys in [[Key.char("q")], [.char("n")], [.char("j"), .enter], [.enter, .char("j")], [.char("G"), .char("k")],
                     [.char("l"), .char("x")], Array(repeating: .char("j"), count: 5), [.char("z")]] {
            XCTAssertNil(answers.frame(after: keys), "\(keys)")
        }
    }

    /// Kept bytes that cannot be read, or do not fit the first screen, give no frame, never a
    /// wrong one or a crash.
    func testBadKeptBytesGiveNoFrame() {
        let state = SampleNetwork.state()
        let first = RootView.render(state)
        let good = FirstKeys.answers(from: state, first: first)
        let j = good.first!
        for bad in [[], [1], Array(j.prefix(5)), Array(j.dropLast()), j + [0]] {
            XCTAssertNil(FirstKeys.Answers(kept: [bad], first: first).frame(after: [.char("j")]), "\(bad.count) bytes")
        }
        // Kept for a larger screen: its row numbers lie past this one's end.
        XCTAssertNil(FirstKeys.Answers(kept: [j], first: Canvas(width: 80, height: 3)).frame(after: [.char("j")]))
        XCTAssertNil(FirstKeys.Answers(kept: [j], first: Canvas(width: 60, height: 24)).frame(after: [.char("j")]))
    }

    func testRowsThatDifferComeBackInPlace() {
        var a = Canvas(width: 6, height: 4)
        a.put("王芳 x", x: 0, y: 1)
        var b = a
        b.put("é", x: 5, y: 0, role: .accent)
        b.put("ab", x: 0, y: 3, emphasis: .bold)
        let (numbers, rows) = b.rows(differingFrom: a)!
        XCTAssertEqual(numbers, [0, 3])
        XCTAssertEqual(rows.height, 2)
        XCTAssertEqual(a.replacing(rows: numbers, with: rows), b)
        XCTAssertEqual(a.rows(differingFrom: a)?.numbers, [])
        XCTAssertNil(a.rows(differingFrom: Canvas(width: 6, height: 5)))
        XCTAssertNil(a.replacing(rows: [0], with: rows), "two rows for one number")
        XCTAssertNil(a.replacing(rows: [0, 4], with: rows), "a row past the end")
    }
}
