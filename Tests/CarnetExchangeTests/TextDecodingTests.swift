import XCTest
@testable import CarnetExchange

final class TextDecodingTests: XCTestCase {
    func testWindows1252HighHalf() {
        let bytes: [UInt8] = Array(0x80...0x9F)
        XCTAssertEqual(Windows1252.decode(bytes),
                       "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ")
        XCTAssertEqual(Windows1252.decode([0x43, 0x72, 0xE9, 0x64, 0x69, 0x74]), "Crédit")
    }

    func testBOMsAndStrictUTF8() throws {
        let utf8BOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Zoë".utf8), file: "f")
        XCTAssertEqual(utf8BOM.text, "Zoë")
        XCTAssertNil(utf8BOM.notice)

        let utf16LE = try TextDecoding.decode([0xFF, 0xFE, 0x5A, 0x00, 0xEB, 0x00], file: "f")
        XCTAssertEqual(utf16LE.text, "Zë")
        XCTAssertEqual(utf16LE.encoding, .utf16LittleEndian)

        let utf16BE = try TextDecoding.decode([0xFE, 0xFF, 0x00, 0x5A, 0x00, 0xEB], file: "f")
        XCTAssertEqual(utf16BE.text, "Zë")

        let latin = try TextDecoding.decode([0x5A, 0x6F, 0xEB], file: "f")
        XCTAssertEqual(latin.text, "Zoë")
        XCTAssertEqual(latin.encoding, .windows1252)
        XCTAssertNotNil(latin.notice)
    }

    func testUTF16WithoutBOM() throws {
        let bytes = Array("First Name,Last Name\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(bytes, file: "f")
        XCTAssertEqual(decoded.text, "First Name,Last Name\n")
    }

    /// A vCard file is checked on its bytes; the verdict (text, empty, or binary and why)
    /// must be the one the check of its Windows-1252 reading gives.
    func testAVCardsBytesGetTheVerdictOfTheirWindows1252Reading() {
        func verdict(_ check: () throws -> Void) -> String {
            do { try check(); return "text" } catch { return String(describing: error) }
        }
        // Printable text most of the time, with every kind of byte the check tells apart.
        let kinds: [[UInt8]] = [Array(0x20...0x7E), [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0xA0],
                                Array(0x01...0x1F) + [0x7F], Array(0x80...0x9F), Array(0xA1...0xFF), [0x00]]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ below: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(below))
        }
        var seen = Set<String>()
        for _ in 0..<5000 {
            let bytes = (0..<next(40)).map { _ -> UInt8 in
                let roll = next(100)
                let kind = roll < 55 ? 0 : roll < 75 ? 1 : roll < 90 ? 2 : roll < 95 ? 3 : roll < 99 ? 4 : 5
                return kinds[kind][next(kinds[kind].count)]
            }
            let expected = verdict { try TextDecoding.checkIsText(Windows1252.decode(bytes), file: "f.vcf") }
            XCTAssertEqual(verdict { try TextDecoding.checkIsText(singleBytes: bytes, file: "f.vcf") }, expected, "\(bytes)")
            seen.insert(expected == "text" ? "text" : expected.contains("NUL") ? "NUL"
                        : expected.contains("control bytes") ? "controls" : expected.contains("empty") ? "empty" : expected)
        }
        // Each verdict came up: text, empty, binary by NUL and binary by control bytes.
        XCTAssertEqual(seen.count, 4, "\(seen)")
    }
}
