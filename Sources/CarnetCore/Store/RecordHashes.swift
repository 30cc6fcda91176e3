/// The records of a record file as byte ranges, each with a hash of its bytes: what the
/// snapshot keeps of each contact's record, so that after an outside edit of the contacts
/// file (by hand, `git pull`) the records still byte for byte as they were are taken from
/// the snapshot and only the others parsed (`ContactsTail(reusing:)`).
///
/// A record's bytes run from its first line to the line that starts the next segment (its
/// line breaks, continuation lines and inner comments included), so a record decodes the
/// same wherever it moves in the file: decoding reads only its own lines.
struct RecordHashes {
    struct Record {
        var segment: Int
        var line: Int
        var start: Int
        var end: Int
        var hash: Int
    }

    private(set) var records: [Record] = []
    /// Whether parsing would find nothing to report outside the records: an indented line
    /// after a blank line or at the top of the file is a problem of no record's.
    private(set) var outsideIsClean = true

    init(_ content: FileBytes) {
        content.withUnsafeBufferPointer { b in
            var segments = 0
            var open: (segment: Int, line: Int, start: Int)? = nil
            var records: [Record] = []
            func close(at end: Int) {
                guard let o = open else { return }
                var digest = StreamDigest()
                digest.add(UnsafeBufferPointer(rebasing: b[o.start..<end]))
                records.append(Record(segment: o.segment, line: o.line, start: o.start, end: end, hash: digest.hash))
                open = nil
            }
            var lines = RecordLines(b)
            while let line = lines.next() {
                if let starts = line.starts {
                    close(at: line.start)
                    if starts == .record { open = (segments, line.number, line.start) }
                    segments += 1
                } else if line.kind == .continuation && open == nil {
                    outsideIsClean = false
                }
            }
            close(at: b.count)
            self.records = records
        }
    }

    /// The hash of the record at each of `segments` (increasing, each a record's).
    func hashes(ofSegments segments: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(segments.count)
        var k = 0
        for s in segments {
            while k < records.count && records[k].segment < s { k += 1 }
            guard k < records.count, records[k].segment == s else { return [] }
            out.append(records[k].hash)
        }
        return out
    }
}
