import XCTest
@testable import CarnetCore

/// A field is written as `key: value`, a value of several lines indented after the first.
final class RecordRenderTests: XCTestCase {
    private func render(_ value: String) -> String {
        String(decoding: RecordDocument.render(key: "note", value: value), as: UTF8.self)
    }

    func testOneLineAndSeveralLines() {
        XCTAssertEqual(render("Zoé 王芳"), "note: Zoé 王芳\n")
        XCTAssertEqual(render(""), "note:\n")
        XCTAssertEqual(render("trailing blanks \t "), "note: trailing blanks\n")
        XCTAssertEqual(render("a\r\nb\rc\n \nd  "), "note: a\n  b\n  c\n  .\n  d\n")
    }

    /// The short way for one line gives what the walk over lines gives, on values made of
    /// what either looks at: line breaks, blanks, tabs, a blank under a combining mark.
    func testTheShortWayAgreesWithTheWalkOverLines() {
        let pieces = ["a", "é", "王", " ", "\t", "\n", "\r", "\r\n", "\u{301}", "  ", ".", "#"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<20_000 {
            let value = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            XCTAssertEqual(RecordDocument.render(key: "k", value: value), RecordDocument.renderLines(key: "k", value: value),
                           value.debugDescription)
        }
    }
}
