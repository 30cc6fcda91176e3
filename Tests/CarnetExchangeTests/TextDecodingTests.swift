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
}
