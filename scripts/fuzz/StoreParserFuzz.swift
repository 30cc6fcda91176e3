// libFuzzer entry point for the store parser, compiled together with CarnetCore's sources
// by scripts/fuzz.sh (so the parser's internal types are reachable). The first byte picks
// the file; the rest is its content. A crash, a trap or a broken promise aborts.
@_cdecl("LLVMFuzzerTestOneInput")
public func carnetFuzzStoreParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let kind = StoreFile.allCases[Int(data[0]) % StoreFile.allCases.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if UTF8Check.firstInvalid(bytes) != nil { return 0 }  // refused before parsing, as Store.load does
    var problems: [Problem] = []
    if kind == .journal {
        var start = 0, line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            _ = JournalLine.parse(bytes[start..<end], line: line)
            start = end + 1
            line += 1
        }
        return 0
    }
    var records: [RecordDocument.Record] = []
    let document = RecordDocument(parsing: bytes, file: kind.rawValue, records: &records, problems: &problems)
    // Lossless: a document that parsed writes back the very bytes it read. (One with
    // problems is never written: the store is read-only until it is fixed.)
    if problems.isEmpty && document.bytes != bytes { fatalError("not lossless") }
    for record in records {
        switch kind {
        case .contacts: problems += ContactRecord.decode(record, file: kind.rawValue).1
        case .circles: problems += CircleRecord.decode(record, file: kind.rawValue).1
        case .events: problems += EventRecord.decode(record, file: kind.rawValue).1
        case .goals: problems += GoalsRecord.decode(record, file: kind.rawValue).1
        case .journal: break
        }
    }
    for p in problems where p.description.unicodeScalars.contains(where: { Inert.isControl($0.value) }) {
        fatalError("a problem quotes a raw control: \(p.description.debugDescription)")
    }
    return 0
}
