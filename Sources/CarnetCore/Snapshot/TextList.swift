/// Lists of texts made from a table of texts and the numbers of their items.
///
/// A list of one, two or three items is made as an array literal: the compiler allocates
/// those with the array type it already knows, where `[String](unsafeUninitializedCapacity:)`
/// and `reserveCapacity` looked the type up in the runtime's generic cache each time, a
/// third of the cost of making the list (measured with callgrind: 899 instructions a list of
/// one against 323). Most lists are an e-mail, a phone, a web address or a circle or two.
enum TextList {
    static func make(_ items: UnsafeBufferPointer<Int32>, _ texts: UnsafeBufferPointer<String>) -> [String] {
        switch items.count {
        case 0: return []
        case 1: return [texts[Int(items[0])]]
        case 2: return [texts[Int(items[0])], texts[Int(items[1])]]
        case 3: return [texts[Int(items[0])], texts[Int(items[1])], texts[Int(items[2])]]
        default: return items.map { texts[Int($0)] }
        }
    }
}
