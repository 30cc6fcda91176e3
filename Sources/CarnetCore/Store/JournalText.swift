/// The journal's lines parsed from its text a chunk at a time, and what the loader keeps of
/// them: the interactions, the problems, how many lines and bytes were seen and the last of
/// those bytes. Lines are numbered on from `lineCount` (the lines a snapshot's part already
/// held, or none).
///
/// The journal's thread reads the file from its start (or from where the snapshot's part
/// ends); when the main thread is done with the contacts first, it reads the end the other
/// has not reached (`JournalShare`) as a part of its own, numbered from 1, and the parts are
/// joined (`join`) as if read in one pass.
struct JournalText {
    var journal: Journal
    var problems: [Problem]
    /// Lines passed: parsed, comments and blank ones alike.
    private(set) var lineCount: Int
    /// Whether a whole line was parsed (an unfinished last line does not count: no snapshot
    /// keeps it).
    private(set) var parsedText = false
    /// The first invalid UTF-8 and the first NUL met: either makes the journal unreadable,
    /// invalid UTF-8 reported first wherever it is.
    private(set) var notUTF8: Problem?
    private(set) var nul: Problem?
    /// Bytes seen, and the last `Store.tailLength` of them.
    private(set) var length: Int
    private(set) var tail: [UInt8] = []
    /// Bytes after the last line break so far, waiting for the rest of their line.
    private(set) var pending: [UInt8] = []
    /// Whether the first line may be the file's header (`# carnet journal 1`): not in a part
    /// read from the middle of the file.
    private let readsHeader: Bool

    init(journal: Journal = Journal(), problems: [Problem] = [], lines: Int = 0, from offset: Int = 0, readsHeader: Bool = true) {
        self.journal = journal
        self.problems = problems
        lineCount = lines
        length = offset
        self.readsHeader = readsHeader
    }

    /// What makes the journal unreadable, if anything does.
    var notText: Problem? { notUTF8 ?? nul }

    /// Bytes seen but not parsed (the snapshot's part), for the length and the tail.
    mutating func keep(_ bytes: some Collection<UInt8>) {
        length += bytes.count
        tail.append(contentsOf: bytes.suffix(Store.tailLength))
        if tail.count > Store.tailLength { tail.removeFirst(tail.count - Store.tailLength) }
    }

    /// The next bytes of the file: its complete lines are parsed, the rest waits.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: bytes)
        guard let last = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return }
        let cut = pending.count - bytes.count + last + 1
        let rest = Array(pending[cut...])
        pending.removeSubrange(cut...)
        take(pending)
        pending = rest
    }

    /// The end of the file: a last line without its line break is parsed too.
    mutating func finish() {
        guard !pending.isEmpty else { return }
        let parsedBefore = parsedText
        take(pending)
        pending = []
        // Read at every start and never kept, it alone gives a snapshot nothing new.
        parsedText = parsedBefore
    }

    /// Complete lines (or the file's last, unfinished one).
    private mutating func take(_ lines: [UInt8]) {
        keep(lines)
        parsedText = true
        let first = lineCount + 1
        if notUTF8 == nil, let bad = UTF8Check.firstInvalid(lines) {
            notUTF8 = Store.notUTF8(.journal, line: first - 1 + UTF8Check.line(of: bad, in: lines))
        } else if nul == nil, let at = FileSystem.firstNUL(lines) {
            nul = Store.holdsNUL(.journal, line: first - 1 + UTF8Check.line(of: at, in: lines))
        }
        if notText == nil {
            if first == 1 && readsHeader { problems += Store.headerProblems(lines, file: .journal) }
            lineCount += Store.parseJournal(lines, from: 0, firstLine: first, into: &journal, problems: &problems)
        } else {
            lineCount += Store.countNewlines(lines)
        }
    }

    /// Appends `part`, the lines that follow this text's in the file (read from a line's
    /// start by the other thread, its own lines numbered from 1): its lines and problems
    /// are numbered on from this text's last line.
    mutating func join(_ part: JournalText) {
        precondition(pending.isEmpty, "a part follows whole lines")
        let before = lineCount
        func movedOn(_ p: Problem) -> Problem {
            var p = p
            p.line += before
            return p
        }
        journal.append(part: part.journal, movingLinesOn: before)
        problems += part.problems.map(movedOn)
        notUTF8 = notUTF8 ?? part.notUTF8.map(movedOn)
        nul = nul ?? part.nul.map(movedOn)
        lineCount += part.lineCount
        parsedText = parsedText || part.parsedText
        length += part.length
        tail = Array((tail + part.tail).suffix(Store.tailLength))
    }
}
