#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a record file splits into lines, and its lines into segments: records, and the
/// comments and blank lines between them. The loader (`RecordParser`) and the document
/// built on the first write (`RecordDocument`) both split a file here, so a segment number
/// the loader keeps is the same segment in the document.
///
/// An iterator rather than a function taking a closure: the loops that use it keep their
/// state in plain local variables, which the compiler then need not check for exclusive
/// access at run time.
struct RecordLines: IteratorProtocol {
    enum Kind { case blank, comment, continuation, field }

    enum Segment { case record, gap }

    struct Line {
        /// 1-based.
        var number: Int
        /// Byte offsets in the file of the line's content, without its line break (LF or CRLF).
        var start: Int
        var end: Int
        var kind: Kind
        /// The segment this line starts, if it starts one.
        var starts: Segment?
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var start = 0
    private var number = 0
    private var current: Segment? = nil

    init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    /// The lines from `offset`, the start of line `line`, which starts a record (no record
    /// is open before it).
    init(_ bytes: UnsafeBufferPointer<UInt8>, fromRecordAt offset: Int, line: Int) {
        b = bytes
        start = offset
        number = line - 1
        current = offset > 0 ? .gap : nil
    }

    /// A record starts at a `key: value` line after anything but a record; a gap starts at a
    /// blank line, or at a comment outside a record (a comment inside a record is part of it).
    mutating func next() -> Line? {
        guard start < b.count else { return nil }
        number += 1
        var lineEnd = b.count
        if let hit = memchr(b.baseAddress! + start, 0x0A, b.count - start) {
            lineEnd = b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var end = lineEnd
        if end > start && b[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let kind = RecordLines.classify(UnsafeBufferPointer(rebasing: b[start..<end]))
        var starts: Segment? = nil
        switch kind {
        case .continuation:
            break
        case .comment where current == .record:
            break
        case .blank, .comment:
            if current != .gap { starts = .gap }
        case .field:
            if current != .record { starts = .record }
        }
        if let starts { current = starts }
        let line = Line(number: number, start: start, end: end, kind: kind, starts: starts)
        start = lineEnd + 1
        return line
    }

    static func classify(_ line: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = line.first else { return .blank }
        if first == UInt8(ascii: "#") { return .comment }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            return line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ? .blank : .continuation
        }
        return .field
    }

    /// Where a record starts after byte `offset`: a `key: value` line after a blank line,
    /// which starts a record whatever came before (`RecordLines`). Nil when none does.
    static func recordStart(in bytes: FileBytes, after offset: Int) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, offset < b.count else { return nil }
            // From the next line: the one `offset` is in may have started anywhere.
            guard let first = memchr(base + offset, 0x0A, b.count - offset) else { return nil }
            var lines = RecordLines(b, fromRecordAt: base.distance(to: first.assumingMemoryBound(to: UInt8.self)) + 1, line: 1)
            var afterBlank = false
            while let line = lines.next() {
                if afterBlank && line.kind == .field { return line.start }
                afterBlank = line.kind == .blank
            }
            return nil
        }
    }

    /// Where the key of a `key: value` line ends (its colon), or nil when the line is not one.
    static func keyEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        // The first byte that is not a key byte must be the first colon, as ':' is not one.
        var i = 0
        while i < line.count && isKeyByte(line[i]) { i += 1 }
        return i > 0 && i < line.count && line[i] == UInt8(ascii: ":") ? i : nil
    }

    /// `a`–`z`, `A`–`Z`, `0`–`9`, `-` and `_`, as bits (one test per byte of every key):
    /// `-` is bit 45 and `0`–`9` bits 48–57 of bytes 0–63; `A`–`Z` bits 1–26, `_` bit 31
    /// and `a`–`z` bits 33–58 of bytes 64–127.
    @inline(__always)
    private static func isKeyByte(_ b: UInt8) -> Bool {
        let low: UInt64 = 0x03FF_2000_0000_0000, high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        // A select and a shift rather than two branches: keys are short, but every
        // line has one.
        let bits = b < 64 ? low : high
        return b < 128 && (bits >> UInt64(b & 63)) & 1 != 0
    }
}
