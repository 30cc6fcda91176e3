import CarnetCore
import XCTest
@testable import CarnetUI

/// A screen kept in a file (`FirstScreenFile`) must come back cell for cell, and bytes that
/// are not a canvas must give none, never a wrong one or a crash.
final class CanvasBytesTests: XCTestCase {
    /// Every screen of the sample network, with accents, a CJK name (wide cells and their
    /// continuations), bold and underline, at two sizes.
    func testEveryScreenComesBackCellForCell() {
        for (w, h) in [(80, 24), (120, 40)] {
            for keys in [[], [Key.enter], [.char("2")], [.char("3")], [.char("?")], [.char("/")] + "王".map { Key.char($0) }] {
                var state = SampleNetwork.state(width: w, height: h)
                _ = press(keys, &state)
                let canvas = RootView.render(state)
                XCTAssertEqual(canvas.bytes.flatMap(Canvas.init(bytes:)), canvas, "\(w)×\(h) after \(keys)")
            }
        }
    }

    func testWideCharactersRolesAndEmphasisAreKept() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("王芳 é", x: 0, y: 0, role: .title, emphasis: [.bold, .underline])
        canvas.put("e\u{301}👩‍💻", x: 1, y: 1, role: .accent)
        XCTAssertTrue(canvas.cells.contains { $0.isContinuation })
        XCTAssertEqual(canvas.bytes.flatMap(Canvas.init(bytes:)), canvas)
    }

    /// A grapheme longer than a count byte tells (a letter under two hundred accents): no bytes,
    /// rather than a crash or a cell cut short.
    func testAGraphemeTooLongToCountGivesNoBytes() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.put("Zo" + "e" + String(repeating: "\u{301}", count: 200) + " x", x: 0, y: 0)
        XCTAssertGreaterThan(canvas.cells.map { String($0.character).utf8.count }.max() ?? 0, 255)
        XCTAssertNil(canvas.bytes)
        var short = Canvas(width: 10, height: 1)
        short.put("Zo" + "e" + String(repeating: "\u{301}", count: 20), x: 0, y: 0)
        XCTAssertEqual(short.bytes.flatMap(Canvas.init(bytes:)), short)
    }

    func testBytesThatAreNotACanvasGiveNone() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("ab王", x: 0, y: 0, role: .border)
        let good = canvas.bytes!
        XCTAssertNotNil(Canvas(bytes: good))
        XCTAssertNil(Canvas(bytes: []))
        XCTAssertNil(Canvas(bytes: Array(good.dropLast())), "cut short")
        XCTAssertNil(Canvas(bytes: good + [0, 0, 1, 0x41]), "a cell too many")
        var badRole = good
        badRole[8] = UInt8(Role.allCases.count)
        XCTAssertNil(Canvas(bytes: badRole), "a role that does not exist")
        var badFlags = good
        badFlags[9] = 0x40
        XCTAssertNil(Canvas(bytes: badFlags), "an unknown emphasis")
        // The first cell's character made two graphemes ("ab") by its length: the cells after
        // it no longer line up, and a cell never holds two graphemes.
        var twoGraphemes = good
        twoGraphemes[10] = 2
        XCTAssertNil(Canvas(bytes: twoGraphemes))
        var huge = good
        huge[0] = 0xFF; huge[1] = 0xFF
        XCTAssertNil(Canvas(bytes: huge), "a size the bytes cannot hold")
    }
}
