import Foundation
import XCTest
@testable import CarnetCore

/// The complete example in docs/store-format.md must load without a single problem, so the
/// documentation cannot drift from the code.
final class StoreFormatDocTests: XCTestCase {
    func testTheDocumentedExampleLoadsCleanly() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/store-format.md").standardized
        let text = try String(contentsOf: doc, encoding: .utf8)
        let example = try XCTUnwrap(text.components(separatedBy: "## A complete example").last)
        let folder = TemporaryFolder()
        var current: String?
        var blocks: [String: [String]] = [:]
        for line in example.components(separatedBy: "\n") {
            if line.hasPrefix("`"), line.hasSuffix("`:") {
                current = String(line.dropFirst().dropLast(2))
            } else if let name = current, line.hasPrefix("    ") || line.isEmpty {
                blocks[name, default: []].append(line.isEmpty ? "" : String(line.dropFirst(4)))
            }
        }
        XCTAssertEqual(Set(blocks.keys), Set(StoreFile.allCases.map(\.rawValue)))
        for (name, lines) in blocks { folder.write(name, lines.joined(separator: "\n")) }

        let store = try Store.open(at: folder.path)
        XCTAssertEqual(store.problems, [])
        let alice = try XCTUnwrap(store.network.contact(id: "alice-martin"))
        XCTAssertEqual(alice.note, "Met at Devoxx; into MLOps.\nWants to hear about health-data jobs.\n\nHas two kids.")
        XCTAssertEqual(store.network.interactions.count, 4)
        XCTAssertEqual(store.network.goals.count, 5)
        XCTAssertEqual(store.network.objective?.companies, ["Doctolib", "Alan"])
        XCTAssertEqual(store.network.interactions.last?.channel, .online)
    }
}
