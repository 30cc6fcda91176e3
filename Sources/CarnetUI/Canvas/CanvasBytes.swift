/// A canvas as bytes and back, to keep a drawn screen in a file (`FirstScreenFile`): its
/// width and height, then each cell as its role, its emphasis with a bit for a continuation,
/// and its grapheme's UTF-8 after their count. Read back only by the build that wrote it,
/// yet checked cell by cell: what cannot be a cell makes the whole canvas nil.
extension Canvas {
    private static let continuationBit: UInt8 = 0x80

    /// Nil when a cell's grapheme is longer than a count byte tells (255 bytes of UTF-8: a
    /// letter under 130 accents, as text made to look broken can be): such a
    /// screen is not kept.
    public var bytes: [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(8 + cells.count * 3)
        for n in [width, height] { withUnsafeBytes(of: UInt32(n).littleEndian) { out += $0 } }
        var roleNumber: [Role: UInt8] = [:]
        for (i, role) in Role.allCases.enumerated() { roleNumber[role] = UInt8(i) }
        for cell in cells {
            out.append(roleNumber[cell.role]!)
            out.append(cell.emphasis.rawValue | (cell.isContinuation ? Canvas.continuationBit : 0))
            let utf8 = cell.isContinuation ? Character(" ").utf8 : cell.character.utf8
            guard let count = UInt8(exactly: utf8.count) else { return nil }
            out.append(count)
            out += utf8
        }
        return out
    }

    public init?(bytes: [UInt8]) {
        let roles = Role.allCases
        let known = Emphasis.bold.rawValue | Emphasis.underline.rawValue | Canvas.continuationBit
        let decoded: (Int, Int, [Cell])? = bytes.withUnsafeBufferPointer { b in
            guard b.count >= 8 else { return nil }
            let number = { (at: Int) in Int(b[at]) | Int(b[at + 1]) << 8 | Int(b[at + 2]) << 16 | Int(b[at + 3]) << 24 }
            let (width, height) = (number(0), number(4))
            // Every cell takes at least four bytes.
            guard width <= 10_000, height <= 10_000, width * height <= (b.count - 8) / 4 else { return nil }
            var cells: [Cell] = []
            cells.reserveCapacity(width * height)
            var at = 8
            while at < b.count {
                guard at + 3 <= b.count else { return nil }
                let (role, flags, length) = (Int(b[at]), b[at + 1], Int(b[at + 2]))
                at += 3
                guard role < roles.count, flags & ~known == 0, length > 0, at + length <= b.count else { return nil }
                let character: Character
                if length == 1, b[at] >= 0x20, b[at] < 0x7F {
                    character = Character(Unicode.Scalar(b[at]))
                } else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: b[at..<(at + length)]), as: UTF8.self)
                    guard text.count == 1, text.utf8.count == length else { return nil }
                    character = text.first!
                }
                at += length
                cells.append(Cell(character: character, role: roles[role], emphasis: Emphasis(rawValue: flags & ~Canvas.continuationBit),
                                  isContinuation: flags & Canvas.continuationBit != 0))
            }
            return cells.count == width * height ? (width, height, cells) : nil
        }
        guard let (width, height, cells) = decoded else { return nil }
        self.init(width: width, height: height, cells: cells)
    }
}
