import Foundation
import XCTest
@testable import CarnetUI

/// Promise 4 of docs/reliability.md, for themes: `ThemeParser.parse` never fails, never
/// crashes and never hangs on a damaged `.theme` file (mutations of the shipped themes,
/// fixed seed); each error names a real line and quotes nothing raw.
final class FuzzThemeParserTests: XCTestCase {
    static let dictionary = ["=", " = ", "on", " on ", "bold", "underline", "reverse", "dim", "#", "\n", "\r\n",
                             "default", "red", "bright-red", "#ff0000", "#fff", "#12345", "color256", "255", "256", "-1",
                             "title", "selection", "\u{1B}[2J", "\u{9B}", "\u{202E}", "é", "\t", "  "]

    func testDamagedThemesNeverCrashOrHang() throws {
        let env = ProcessInfo.processInfo.environment
        let seed = env["CARNET_SEED"].flatMap(UInt64.init) ?? 31
        let iterations = env["CARNET_FUZZ_ITERATIONS"].flatMap(Int.init) ?? (env["CARNET_TORTURE"] == "1" ? 50_000 : 1_500)
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: themes.path).filter { $0.hasSuffix(".theme") }.sorted()
            .map { [UInt8](try Data(contentsOf: themes.appendingPathComponent($0))) }
        XCTAssertFalse(seeds.isEmpty)
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var errors = 0
        let start = Date()
        for i in 0..<iterations {
            var b = seeds[Int(next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(next() % 6)) {
                let at = b.isEmpty ? 0 : Int(next() % UInt64(b.count + 1))
                switch next() % 5 {
                case 0 where !b.isEmpty: b[min(at, b.count - 1)] = UInt8(truncatingIfNeeded: next())
                case 1, 2: b.insert(contentsOf: Array(Self.dictionary[Int(next() % UInt64(Self.dictionary.count))].utf8), at: at)
                case 3 where !b.isEmpty:
                    let s = min(at, b.count - 1)
                    b.removeSubrange(s..<min(b.count, s + 1 + Int(next() % 30)))
                default: b.insert(contentsOf: [UInt8](repeating: UInt8(truncatingIfNeeded: next()), count: Int(next() % 2000)), at: at)
                }
            }
            let text = String(decoding: b, as: UTF8.self)
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count
            let t0 = Date()
            let (_, found) = ThemeParser.parse(text, file: "fuzz.theme")
            XCTAssertLessThan(Date().timeIntervalSince(t0), 2, "input \(i) (seed \(seed)) hangs")
            for e in found {
                XCTAssertTrue((1...max(1, lines)).contains(e.line), "input \(i) (seed \(seed)): \(e)")
                XCTAssertFalse(e.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                               "input \(i) (seed \(seed)): a raw control in \(e.description.debugDescription)")
            }
            errors += found.count
        }
        print("reliability: theme fuzz: seed \(seed), \(iterations) inputs in \(Int(Date().timeIntervalSince(start))) s, \(errors) located errors, 0 crashes")
    }

    /// Found by the fuzzer: "\r\n" is one Character, so a theme saved with Windows line
    /// endings was read as one line, and raw controls were quoted in messages.
    func testACRLFThemeReadsLikeAnLFOneAndMessagesAreInert() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        let lf = try String(contentsOf: themes.appendingPathComponent("light.theme"), encoding: .utf8)
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = ThemeParser.parse(lf, file: "light.theme"), b = ThemeParser.parse(crlf, file: "light.theme")
        XCTAssertEqual(b.errors, [])
        XCTAssertEqual(a.theme, b.theme)
        let (_, errors) = ThemeParser.parse("ti\u{1B}]0;pwned\u{07}tle = red\nheader = gr\u{9B}2Jeen\n", file: "bad.theme")
        XCTAssertEqual(errors.map(\.description), ["bad.theme:1: unknown role 'title'", "bad.theme:2: unknown colour 'gr2Jeen'"])
    }
}
