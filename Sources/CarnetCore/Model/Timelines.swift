/// Each contact's journal lines, oldest first, as positions in the journal, by the
/// contact's position in `Network.contacts`.
///
/// Kept as the journal grouped them (`Journal.LinesByPerson`): everyone's lines in one
/// array, and where each contact's run of it starts, rather than an array per contact. At
/// 100,000 people, making a hundred thousand arrays took 40–50 ms of a load's journal
/// thread (timestamps in the app), and placing them in the network 10 ms more. A contact's
/// lines changed afterwards (an interaction logged) are kept apart, in an array of their own.
struct Timelines: Sendable {
    private var lines: [Int32] = []
    /// Per position: where its run starts in `lines` (high 32 bits) and how long it is (low
    /// 32), or `apart` when its lines are in `changed`.
    private var runs: [UInt64] = []
    private var changed: [Int: [Int32]] = [:]
    private static let apart = UInt64.max

    init() {}

    /// No lines for `count` contacts, whose runs are then set with `setRun`.
    init(lines: [Int32], count: Int) {
        self.lines = lines
        runs = [UInt64](repeating: 0, count: count)
    }

    /// The contact at `position` has the lines `range` of `lines`.
    mutating func setRun(_ range: Range<Int>, at position: Int) {
        runs[position] = UInt64(range.lowerBound) << 32 | UInt64(range.count)
    }

    subscript(position: Int) -> Timeline {
        let run = runs[position]
        if run == Timelines.apart { return Timeline(changed[position]!) }
        return Timeline(lines, from: Int(run >> 32), count: Int(run & 0xFFFF_FFFF))
    }

    /// One more contact, with these lines.
    mutating func append(_ list: [Int32]) {
        runs.append(0)
        if !list.isEmpty { set(list, at: runs.count - 1) }
    }

    /// The contact at `position`'s lines, changed: `change` is given them as an array.
    mutating func change(at position: Int, _ change: (inout [Int32]) -> Void) {
        var list = runs[position] == Timelines.apart ? changed.removeValue(forKey: position)! : Array(self[position])
        change(&list)
        set(list, at: position)
    }

    private mutating func set(_ list: [Int32], at position: Int) {
        runs[position] = Timelines.apart
        changed[position] = list
    }
}

/// One contact's journal lines, oldest first (positions in the journal): a run of the
/// lines all contacts share, without a copy.
struct Timeline: RandomAccessCollection, Sendable {
    private let lines: [Int32]
    private let start: Int
    let endIndex: Int

    init(_ lines: [Int32], from start: Int = 0, count: Int? = nil) {
        self.lines = lines
        self.start = start
        endIndex = count ?? lines.count
    }

    var startIndex: Int { 0 }

    subscript(i: Int) -> Int32 {
        precondition(i >= 0 && i < endIndex, "index out of range")
        return lines[start + i]
    }
}
