#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a record file splits into lines, and its lines into segments: records, and the
/// comments and blank lines between them. The loader (`RecordParser`) and the document
/// built on the first write (`RecordDocument`) both split a file here, so a segment number
/// the loader keeps is the same segment in the document.
enum RecordLines {
    enum Kind { case blank, comment, continuation, field }

    enum Segment { case record, gap }

    struct Line {
        /// 1-based.
        var number: Int
        /// Byte offsets in the file of the line's content, without its line break (LF or CRLF).
        var start: Int
        var end: Int
        var kind: Kind
    }

    /// Calls `visit` with every line, and with the kind of segment it starts, if it starts one.
    /// A record starts at a `key: value` line after anything but a record; a gap starts at a
    /// blank line, or at a comment outside a record (a comment inside a record is part of it).
    @inline(__always)
    static func walk(_ b: UnsafeBufferPointer<UInt8>, _ visit: (Line, Segment?) -> Void) {
        var current: Segment? = nil
        var start = 0
        var number = 0
        while start < b.count {
            number += 1
            var lineEnd = b.count
            if let hit = memchr(b.baseAddress! + start, 0x0A, b.count - start) {
                lineEnd = b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var end = lineEnd
            if end > start && b[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let kind = classify(UnsafeBufferPointer(rebasing: b[start..<end]))
            var opens: Segment? = nil
            switch kind {
            case .continuation:
                break
            case .comment where current == .record:
                break
            case .blank, .comment:
                if current != .gap { opens = .gap }
            case .field:
                if current != .record { opens = .record }
            }
            if let opens { current = opens }
            visit(Line(number: number, start: start, end: end, kind: kind), opens)
            start = lineEnd + 1
        }
    }

    static func classify(_ line: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = line.first else { return .blank }
        if first == UInt8(ascii: "#") { return .comment }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            return line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ? .blank : .continuation
        }
        return .field
    }

    /// Where the key of a `key: value` line ends (its colon), or nil when the line is not one.
    static func keyEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        for i in 0..<colon where !isKeyByte(line[i]) { return nil }
        return colon
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
