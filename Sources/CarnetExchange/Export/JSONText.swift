import CarnetCore

/// JSON written straight into bytes, as `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` — byte for byte, which the tests check — and
/// with the controls a terminal must never get (`Inert.isControl`) as `\u` escapes. The
/// encoder built a tree of every value first: `carnet export json` took 7–9 s and 1.4 GB at
/// 100,000 people. The keys of an object are given in sorted order by its writer.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, how many members it has so far.
    private var members: [Int] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array's member: the value `body` writes.
    mutating func element(_ body: (inout JSONText) -> Void) {
        newMember()
        body(&self)
    }

    mutating func element(_ text: String) { element { $0.string(text) } }

    /// An object's member: `"key" : ` and the value `body` writes.
    mutating func field(_ key: String, _ body: (inout JSONText) -> Void) {
        newMember()
        string(key)
        bytes += [0x20, UInt8(ascii: ":"), 0x20]
        body(&self)
    }

    /// Left out when nil, as the encoder leaves out an optional it does not have.
    mutating func field(_ key: String, _ text: String?) {
        guard let text else { return }
        field(key) { $0.string(text) }
    }

    mutating func field(_ key: String, _ number: Int?) {
        guard let number else { return }
        field(key) { $0.bytes += Array(String(number).utf8) }
    }

    /// An object's member whose value is an array of objects, one for each item, whose
    /// members `body` writes.
    mutating func field<Items: Sequence>(_ key: String, objects items: Items, _ body: (inout JSONText, Items.Element) -> Void) {
        field(key) { json in
            json.array { json in
                for item in items { json.element { json in json.object { json in body(&json, item) } } }
            }
        }
    }

    mutating func field(_ key: String, _ texts: [String]) {
        field(key) { $0.array { for t in texts { $0.element(t) } } }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        members.append(0)
    }

    /// An empty one is written with an empty line inside, as the encoder writes it.
    private mutating func close(_ bracket: UInt8) {
        if members.removeLast() == 0 { bytes.append(0x0A) }
        bytes.append(0x0A)
        indent()
        bytes.append(bracket)
    }

    private mutating func newMember() {
        if members[members.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        members[members.count - 1] += 1
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        bytes += repeatElement(0x20, count: 2 * members.count)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x20..<0x7F: bytes.append(UInt8(v))
            default:
                if Inert.isControl(v) {
                    bytes += [0x5C, UInt8(ascii: "u")]
                    for shift in [12, 8, 4, 0] { bytes.append(Self.hex[Int((v >> UInt32(shift)) & 0xF)]) }
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
