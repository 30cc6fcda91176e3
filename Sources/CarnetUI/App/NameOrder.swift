#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore

/// The contact list's order by name: folded names (accents and case set aside), then
/// position, so that namesakes keep file order.
///
/// The folded names go into one byte buffer and are compared with `memcmp`: sorting
/// `String` keys cost most of the first screen at 100,000 people (String comparison is
/// Unicode-aware; on folded keys it orders as their UTF-8 bytes anyway).
enum NameOrder {
    static func sorted(_ positions: [Int], in network: Network) -> [Int] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(positions.count * 16)
        var spans = [(start: Int, count: Int)]()
        spans.reserveCapacity(positions.count)
        for p in positions {
            let start = bytes.count
            Folding.appendKey(of: network.contacts[p].name, to: &bytes)
            spans.append((start, bytes.count - start))
        }
        var order = Array(positions.indices)
        bytes.withUnsafeBufferPointer { b in
            spans.withUnsafeBufferPointer { s in
                order.sort { i, j in
                    let (x, y) = (s[i], s[j])
                    let shorter = min(x.count, y.count)
                    if shorter > 0, let base = b.baseAddress {
                        let c = memcmp(base + x.start, base + y.start, shorter)
                        if c != 0 { return c < 0 }
                    }
                    if x.count != y.count { return x.count < y.count }
                    return positions[i] < positions[j]
                }
            }
        }
        return order.map { positions[$0] }
    }
}
