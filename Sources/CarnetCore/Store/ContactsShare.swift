import Dispatch

/// The contacts file shared between the loader's two threads when both parse from text:
/// the journal's thread, once its file is read, takes the last part of the contacts that
/// the main thread has not reached, and parses it as a `ContactsTail`.
///
/// Without a snapshot both threads parse, and which one finishes first changes from start
/// to start (the main thread also sorts the names): at 10,000 people the journal's thread
/// was done first in seven of eight starts, in five of them 10–26 ms before the main thread
/// (timestamps in the app, docs/benchmarks-history.md). A split fixed in advance cannot follow
/// that; taking over where the main thread has not yet been can.
///
/// The main thread reads freely up to `reserved`, then asks again (`reservation`); the
/// journal's thread only claims a record starting at or past `reserved`, so the main thread
/// always sees the claim before it gets there and stops at it. Line and segment numbers of
/// the part taken are counted from its start, and moved on when the parts are joined.
final class ContactsShare: @unchecked Sendable {
    /// How far ahead of where it asked the main thread may read without asking again.
    let window: Int
    /// The least the journal's thread takes (less is not worth joining the parts).
    let minimum: Int
    /// Tests: the journal's thread waits for the file to be offered (or the main thread to be
    /// done), and the main thread at its first question until the other has tried to claim,
    /// so that a part is taken whenever the file allows it.
    let waitsForClaim: Bool

    private let lock = ThreadLock()
    // Guarded by `lock`.
    private var content: FileBytes?
    private var reserved = 0
    private var claimed: Int?
    private var closed = false
    private var tail: ContactsTail?
    private var records = 0
    private var sortsByName = false
    private let tried = DispatchSemaphore(value: 0)
    private let ready = DispatchSemaphore(value: 0)
    private let parsed = DispatchSemaphore(value: 0)

    init(window: Int = 1 << 16, minimum: Int = 1 << 16, waitsForClaim: Bool = false) {
        self.window = window
        self.minimum = minimum
        self.waitsForClaim = waitsForClaim
    }

    // MARK: - The main thread

    /// The contacts file, about to be parsed from its start, and about how many records it
    /// holds; the other thread may take its end.
    func offer(_ bytes: FileBytes, records: Int, sortsByName: Bool) {
        lock.locked {
            content = bytes
            reserved = window
            self.records = records
            self.sortsByName = sortsByName
        }
        ready.signal()
    }

    /// Asked at the first record starting at or past the reservation: where the other thread's
    /// part starts (read up to there and stop), or nil and a new reservation from `offset`.
    func reservation(at offset: Int) -> Int? {
        if waitsForClaim {
            tried.wait()
            tried.signal()
        }
        return lock.locked {
            if let claimed { return claimed }
            reserved = offset + window
            return nil
        }
    }

    /// The main thread is done with the file (stopped at `stop`, the claimed record, if it
    /// was claimed), or has none to offer: nothing more may be claimed. Returns the part the
    /// other thread took, after waiting for it, numbered as in the whole file (nil when it
    /// took none).
    @discardableResult
    func close(stoppedAt stop: RecordParser.Outline.Start? = nil) -> ContactsTail? {
        let (start, closing): (Int?, Bool) = lock.locked {
            defer { closed = true }
            content = nil
            return (claimed, !closed)
        }
        if closing { ready.signal() }
        // Had the main thread read to the end past a claim (the protocol rules it out), the
        // part would only repeat what it read: left aside.
        guard let start, let stop else { return nil }
        assert(start == stop.offset, "the part taken starts where the main thread stopped")
        parsed.wait()  // on the journal's thread, after the journal
        // Taken out, so that the part is the only owner of its arrays: a copy left here would
        // make renumbering copy its records, and moving its contacts copy them all.
        var part: ContactsTail? = lock.locked {
            defer { tail = nil }
            return tail
        }
        part?.moveOn(lines: stop.line - 1, segments: stop.segment)
        return part
    }

    // MARK: - The journal's thread

    /// Once the journal is read: takes the contacts from a record half way into what the
    /// main thread has not reserved yet, and parses them (nothing when the main thread is
    /// done, or too near the end for it to pay). Half: after its part, each thread has about
    /// as much left to do, this one grouping the journal's lines by person, the main thread
    /// joining the parts and sorting its names, whose keys are made as they are decoded
    /// (with two thirds, it was later than this one).
    func takeEnd() {
        if waitsForClaim { ready.wait() }
        defer { if waitsForClaim { tried.signal() } }
        let seen: (bytes: FileBytes, reserved: Int)? = lock.locked {
            guard !closed, claimed == nil, let content, content.count - reserved >= minimum else { return nil }
            return (content, reserved)
        }
        // Looked for without the lock (it may read far, and the main thread asks meanwhile),
        // then claimed only if the main thread has not reserved past it since.
        guard let seen, let start = RecordLines.recordStart(in: seen.bytes, after: seen.reserved + (seen.bytes.count - seen.reserved) / 2)
        else { return }
        let claim: (bytes: FileBytes, start: Int, records: Int, sortsByName: Bool)? = lock.locked {
            guard !closed, claimed == nil, start >= reserved else { return nil }
            claimed = start
            return (seen.bytes, start, records * (seen.bytes.count - start) / seen.bytes.count + 16, sortsByName)
        }
        guard let claim else { return }
        let from = RecordParser.Outline.Start(offset: claim.start, line: 1, segment: 0, records: 0)
        var part: ContactsTail? = ContactsTail(claim.bytes, from: from, count: claim.records, sortsByName: claim.sortsByName)
        // Handed over, not shared, before the main thread is woken: it renumbers the part's
        // records in place, which a reference still held here would make a copy.
        lock.locked { swap(&tail, &part) }
        parsed.signal()
    }
}
