#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The journal shared between the loader's two threads when it is parsed from text: the
/// main thread, once done with the contacts (and their names sorted), takes the last part
/// of the journal that the journal's thread has not reached, and parses it as a
/// `JournalText` of its own, which the journal's thread then joins to its own.
///
/// The other way round from `ContactsShare`. Which thread finishes first changes from start
/// to start: at 10,000 people without a snapshot, the main thread waited 10–13 ms for the
/// journal in three launches of six, the journal's thread waited for the contacts in two
/// (timestamps in the app, docs/benchmarks-history.md).
///
/// The journal's thread asks before each chunk it parses (`reservation`), reserving up to
/// the chunk's end; the main thread only claims from a line start at or past the
/// reservation, so the journal's thread always sees the claim before it gets there, and
/// stops at it. Both read the same open file (the main thread with `pread`, which leaves
/// the other's position alone).
final class JournalShare: @unchecked Sendable {
    /// The least the main thread takes (less is not worth joining the parts).
    let minimum: Int
    /// Tests: the main thread waits for the journal to be offered (or not), and the
    /// journal's thread, once it offered it, for the main thread to have tried to claim, so
    /// that a part is taken whenever the file allows it.
    let waitsForClaim: Bool

    private let lock = ThreadLock()
    // Guarded by `lock`.
    private var file: (fd: Int32, path: String, size: Int, chunk: Int)?
    private var reserved = 0
    private var claimed: Int?
    private var closed = false
    private var collected = false
    private var tried = false
    private var part: Result<JournalText, Error>?
    private let offered = DispatchSemaphore(value: 0)
    private let claimTried = DispatchSemaphore(value: 0)
    private let parsed = DispatchSemaphore(value: 0)

    init(minimum: Int = 1 << 17, waitsForClaim: Bool = false) {
        self.minimum = minimum
        self.waitsForClaim = waitsForClaim
    }

    // MARK: - The journal's thread

    /// The journal, open as `fd`, `size` bytes long, about to be parsed from `from`: the
    /// main thread may take its end. (Called at most once; `decline` follows at the end.)
    func offer(_ fd: Int32, path: String, size: Int, chunk: Int, from: Int) {
        lock.locked {
            file = (fd, path, size, chunk)
            reserved = from
        }
        offered.signal()
        if waitsForClaim { claimTried.wait() }
    }

    /// Nothing (more) to share: the journal's thread is done, whether it offered the file or
    /// not (no file, or a read for a snapshot). Called last, at any rate.
    func decline() {
        lock.locked { closed = true }
        offered.signal()
    }

    /// Asked before parsing the bytes up to `end`: where the main thread's part starts (parse
    /// up to there and stop), or nil, the bytes reserved.
    func reservation(upTo end: Int) -> Int? {
        lock.locked {
            if let claimed { return claimed }
            reserved = max(reserved, end)
            return nil
        }
    }

    /// Done reading, at the claim or at the end (or stopped by an error): nothing more may be
    /// claimed. Returns the main thread's part, after waiting for it (nil when it took none,
    /// or at a second call); throws what reading it threw. The file is to stay open until then.
    func close() throws -> JournalText? {
        let waits = lock.locked {
            defer { closed = true; collected = true }
            return claimed != nil && !collected
        }
        guard waits else { return nil }
        parsed.wait()
        let result = lock.locked {
            defer { part = nil }
            return part
        }
        return try result!.get()
    }

    // MARK: - The main thread

    /// Takes the journal from a line start half way into what the journal's thread has not
    /// reserved yet, and parses it (nothing when that thread is done, or too near the end
    /// for it to pay). Half: each thread then parses as much. Called once; true when it took
    /// a part. (Tests say `after` where to look for a line start instead.)
    @discardableResult
    func takeEnd(after: Int? = nil) -> Bool {
        if waitsForClaim { offered.wait() }
        let claim = self.claim(after: after)
        giveUp()
        guard let claim else { return false }
        let result = Result { try JournalShare.read(claim.fd, path: claim.path, chunk: claim.chunk, from: claim.start) }
        lock.locked { part = result }
        parsed.signal()
        return true
    }

    /// The main thread will not try (again) to claim: for a load that stops before it does.
    func giveUp() {
        let first = lock.locked {
            defer { tried = true }
            return !tried
        }
        if first && waitsForClaim { claimTried.signal() }
    }

    /// Claimed under the lock, the line start looked for too (a read of 4 KB): the other
    /// thread cannot close the file meanwhile, nor reserve past it. Only before the end
    /// the other thread knows of: bytes appended after it reached that end are its own.
    private func claim(after: Int?) -> (fd: Int32, path: String, chunk: Int, start: Int)? {
        lock.locked {
            guard !closed, !tried, claimed == nil, let file, file.size > reserved, file.size - reserved >= minimum,
                  let start = JournalShare.lineStart(in: file.fd, after: after ?? reserved + (file.size - reserved) / 2),
                  start >= reserved, start < file.size
            else { return nil }
            claimed = start
            return (file.fd, file.path, file.chunk, start)
        }
    }

    /// The journal from `offset` (a line start) to its end, as a part numbered from line 1.
    private static func read(_ fd: Int32, path: String, chunk: Int, from offset: Int) throws -> JournalText {
        var text = JournalText(readsHeader: false)
        var buffer = [UInt8](repeating: 0, count: max(1, chunk))
        var at = offset
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, operation: "read", errno: errno)
            }
            if n == 0 { break }
            buffer.withUnsafeBufferPointer { text.add(UnsafeBufferPointer(rebasing: $0[0..<n])) }
            at += n
        }
        text.finish()
        return text
    }

    /// Just past the first line break at or after `offset`, if there is one within a few
    /// kilobytes and before the end.
    private static func lineStart(in fd: Int32, after offset: Int) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
        guard n > 0, let newline = buffer[0..<n].firstIndex(of: UInt8(ascii: "\n")), newline + 1 < n else { return nil }
        return offset + newline + 1
    }
}
