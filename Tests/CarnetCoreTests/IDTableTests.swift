import XCTest
@testable import CarnetCore

/// The id table finds every key it was given by its bytes, whatever their length, and no
/// other: keys share long prefixes (`jean-dupont-2`, `jean-dupont-3`), differ only after the
/// 24 bytes a slot holds, or are empty.
final class IDTableTests: XCTestCase {
    private func resolve(_ table: inout IDTable, _ key: String) -> Int {
        var key = key
        return key.withUTF8 { table.resolve($0) }
    }

    private func existing(_ table: IDTable, _ key: String) -> Int? {
        var key = key
        return key.withUTF8 { table.existing($0) }
    }

    func testKeysOfEveryLengthAreFoundAgainAfterGrowing() {
        let stem = "marie-claire-de-la-fontaine-dupont-"   // longer than a slot's 24 bytes
        var keys = [""]
        for n in 0..<3_000 {
            keys.append("jean-dupont-\(n)")
            keys.append(stem + String(n))
            keys.append(String(stem.prefix(n % stem.count)) + "\(n % 7)")
            keys.append("王芳-\(n)")
        }
        var unique: [String] = []
        var seen = Set<String>()
        for k in keys where seen.insert(k).inserted { unique.append(k) }

        // Keeping the strings or not (the contacts' index does not) finds the same entries.
        for keepsStrings in [true, false] {
            var table = IDTable(capacity: 16, keepsStrings: keepsStrings)   // grows many times on the way
            for (i, k) in unique.enumerated() { XCTAssertEqual(resolve(&table, k), i, k) }
            XCTAssertEqual(table.count, unique.count)
            for (i, k) in unique.enumerated() {
                XCTAssertEqual(existing(table, k), i, k)
                XCTAssertEqual(resolve(&table, k), i, "resolving again adds nothing: \(k)")
                if keepsStrings { XCTAssertEqual(table.strings[i], k) }
            }
            XCTAssertEqual(table.count, unique.count)
            XCTAssertEqual(table.strings.count, keepsStrings ? unique.count : 0)
        }
    }

    func testKeysThatDifferOnlyAfterTheInlineBytesOrInLengthAreDistinct() {
        let head = String(repeating: "a", count: 24)
        var table = IDTable(capacity: 4)
        let a = resolve(&table, head + "x")
        let b = resolve(&table, head + "y")
        let c = resolve(&table, head)
        let d = resolve(&table, head + "x\u{0}")
        XCTAssertEqual(Set([a, b, c, d]).count, 4)
        XCTAssertNil(existing(table, head + "z"))
        XCTAssertNil(existing(table, head + "xx"))
        XCTAssertNil(existing(table, String(head.dropLast())))
        XCTAssertEqual(existing(table, head + "y"), b)
    }

    /// Every length up to past the inline bytes, and a key for each byte changed in turn:
    /// the ends of a key (its last 1–7 bytes) are read as one word, and each byte counts.
    func testEveryByteOfKeysOfEveryLengthCounts() {
        var table = IDTable(capacity: 16)
        var keys: [[UInt8]] = []
        for n in 0...40 {
            let base = (0..<n).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            keys.append(base)
            for at in 0..<n {
                var changed = base
                changed[at] = UInt8(ascii: "0")
                keys.append(changed)
                changed[at] = 0
                keys.append(changed)
            }
        }
        let unique = Array(Set(keys)).sorted { $0.lexicographicallyPrecedes($1) }
        for (i, k) in unique.enumerated() {
            XCTAssertEqual(k.withUnsafeBufferPointer { table.resolve($0) }, i, "\(k)")
        }
        for (i, k) in unique.enumerated() {
            XCTAssertEqual(k.withUnsafeBufferPointer { table.existing($0) }, i, "\(k)")
        }
    }
}
