import XCTest
import CarnetCore
@testable import CarnetUI

/// Text of one column a scalar (ASCII, Latin letters with their accents) is written and cut
/// scalar by scalar; it must come out exactly as the grapheme walk gives it.
final class SimpleTextTests: XCTestCase {
    /// Strings on the fast path: the edges of its range (space, `~`, NBSP, soft hyphen, `ÿ`,
    /// `ʯ` U+02AF, `˿` U+02FF), names, and random ones.
    private var samples: [String] {
        var random = SplitMix64(seed: 5)
        let alphabet = Array(" ~aZ0'-.,\u{A0}\u{AD}éÉçÿĀŁőžƒǅȘɐʯ˿".unicodeScalars)
        var texts = ["", "Alice", "Hélène Dupont", "Łukasz Żółć-Ñúñez", "\u{A0}\u{AD}ʯ˿", "~ ~"]
        for _ in 0..<200 {
            let count = Int(random.next() % 16)
            texts.append(String(String.UnicodeScalarView((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })))
        }
        return texts
    }

    func testSimpleTextIsWrittenAsTheGraphemeWalkWritesIt() {
        for text in samples {
            XCTAssertNotNil(DisplayWidth.simpleWidth(text), text)
            for x in [-3, 0, 2, 9] {
                for limit in [0, 1, 4, 12] {
                    var fast = Canvas(width: 12, height: 1), walked = Canvas(width: 12, height: 1)
                    let a = fast.put(text, x: x, y: 0, role: .accent, emphasis: .bold, maxWidth: limit)
                    let b = walked.putGraphemes(text, x: x, y: 0, role: .accent, emphasis: .bold, limit: min(12, x + limit))
                    XCTAssertEqual(a, b, "\(text.debugDescription) at \(x), \(limit) columns")
                    XCTAssertEqual(fast.cells, walked.cells, "\(text.debugDescription) at \(x), \(limit) columns")
                }
            }
        }
    }

    func testSimpleTextIsCutAsTheGraphemeWalkCutsIt() {
        for text in samples {
            for width in 0...(text.unicodeScalars.count + 2) {
                for ellipsis: Character in ["…", "界"] {
                    XCTAssertEqual(text.truncated(toWidth: width, ellipsis: ellipsis),
                                   text.truncatedByGraphemes(toWidth: width, ellipsis: ellipsis),
                                   "\(text.debugDescription) in \(width) columns")
                }
            }
        }
    }

    /// Anything else takes the grapheme walk: a combining accent, a wide name, a control.
    func testOtherTextIsNotSimple() {
        for text in ["Rene\u{301}", "王芳", "tab\there", "esc\u{1B}[31m", "\u{85}", "e\u{200D}"] {
            XCTAssertNil(DisplayWidth.simpleWidth(text), text.debugDescription)
        }
    }
}
