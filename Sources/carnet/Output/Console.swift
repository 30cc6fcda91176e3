import CarnetCore
import CarnetUI
import Foundation

/// Everything the commands print goes through here, so that nothing taken from the data
/// reaches the terminal with a control character in it.
enum Console {
    static func line(_ text: String = "") {
        print(Inert.text(text, keepNewlines: true))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data(("carnet: " + Inert.text(text, keepNewlines: true) + "\n").utf8))
    }

    /// Stable JSON: sorted keys, pretty-printed, dates as YYYY-MM-DD strings. The data keeps
    /// its exact value, but controls the encoder leaves raw (C1, bidi) are written as
    /// `\uXXXX` escapes so that printing the JSON is inert too.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = Inert.escapingControlsInJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Rows padded to aligned columns by display width (accents, CJK), the last column free.
    static func table(_ rows: [[String]], header: [String]? = nil) {
        let all = (header.map { [$0] } ?? []) + rows.map { $0.map { Inert.text($0) } }
        guard let columns = all.map(\.count).max(), columns > 0 else { return }
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], cell.displayWidth) }
        }
        for row in all {
            var out = ""
            for (i, cell) in row.enumerated() {
                out += cell
                if i < row.count - 1 { out += String(repeating: " ", count: widths[i] - cell.displayWidth + 2) }
            }
            while out.last == " " { out.removeLast() }
            print(out)
        }
    }
}
