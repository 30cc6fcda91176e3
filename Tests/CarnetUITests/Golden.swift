import Foundation
import XCTest
import CarnetUI

/// Compares a canvas's text with `Golden/NAME.txt` next to this file.
///
/// The file holds `canvas.lines()` joined by newlines (trailing spaces trimmed,
/// see `Canvas.lines()`), plus a final newline. Run with `CARNET_RECORD=1` to
/// write the file from the current output; the test then fails once, saying
/// it recorded, so a recording is never mistaken for a pass.
///
/// The path comes from `#filePath`, not `Bundle.module`, so recording writes
/// into the source tree and reading works however the tests are run.
func assertGolden(_ canvas: Canvas, name: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = canvas.lines().joined(separator: "\n") + "\n"
    let url = goldenDirectory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["CARNET_RECORD"] == "1" {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(url.path); run again without CARNET_RECORD=1", file: file, line: line)
        } catch {
            XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden file \(url.path); record it with CARNET_RECORD=1\n\(framed(actual))",
                file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("screen differs from \(name).txt (re-record with CARNET_RECORD=1 if the change is wanted)\n"
                + "expected:\n\(framed(expected))\nactual:\n\(framed(actual))", file: file, line: line)
    }
}

/// `Golden/` beside this source file.
let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

/// The text with a margin, so trailing spaces and empty lines show in a failure.
private func framed(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .map { "|" + $0 + "|" }.joined(separator: "\n")
}
