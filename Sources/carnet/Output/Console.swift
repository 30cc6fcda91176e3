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
    /// Each cell is measured once and the table written as one piece of bytes: measuring
    /// twice and building a padding string per cell was a third of `carnet list` at 100,000
    /// people (`perf`). Printed, so that lines printed before the table stay before it.
    static func table(_ rows: [[String]], header: [String]? = nil) {
        let all = (header.map { [$0] } ?? []) + rows.map { $0.map { Inert.text($0) } }
        guard let columns = all.map(\.count).max(), columns > 0 else { return }
        let cellWidths = all.map { $0.map(\.displayWidth) }
        var widths = [Int](repeating: 0, count: columns)
        for row in cellWidths {
            for (i, width) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], width) }
        }
        let space = UInt8(ascii: " ")
        var out: [UInt8] = []
        // Room for every cell and the widest padding, so the bytes are not copied as they grow.
        let cellBytes = all.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
        out.reserveCapacity(cellBytes + all.count * (widths.reduce(0, +) + 2 * columns + 1))
        for (row, rowWidths) in zip(all, cellWidths) {
            let lineStart = out.count
            for (i, cell) in row.enumerated() {
                out.append(contentsOf: cell.utf8)
                if i < row.count - 1 { out.append(contentsOf: repeatElement(space, count: widths[i] - rowWidths[i] + 2)) }
            }
            while out.count > lineStart, out.last == space { out.removeLast() }
            out.append(UInt8(ascii: "\n"))
        }
        print(String(decoding: out, as: UTF8.self), terminator: "")
    }
}
