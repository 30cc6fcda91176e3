#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore

/// The contact list's state: filter, sort, circle, selection, and the rows they leave.
///
/// `rows` (indices into `network.contacts`) is derived, but kept here so that a filter
/// keystroke narrows the previous rows instead of scanning everyone again.
public struct ContactList: Equatable, Sendable {
    public var filter = TextField()
    public var isEditingFilter = false
    public var sort: ContactSort = .name
    /// Folded name of the circle the list is limited to; "" for the people outside any circle.
    public var circle: String?
    /// That circle's name as written, for the screen.
    public var circleName: String?
    public var selection = 0
    public var offset = 0
    public private(set) var rows: [Int] = []
    /// The filter text `rows` was computed for, to know when narrowing is enough.
    private var rowsFilter = ""
    private var index = SearchIndex()
    /// Who was selected when the network was let go of for a reload.
    private var selectedBeforeReload: String?

    public init() {}

    /// The contact under the cursor.
    public func selected(in network: Network) -> Contact? {
        rows.indices.contains(selection) ? network.contacts[rows[selection]] : nil
    }

    /// Builds the search keys ahead of the first filter keystroke.
    public mutating func prepareSearch(_ network: Network) { index.prepare(network) }

    /// Forgets the rows and search keys of `network`, which is about to be let go of,
    /// remembering who was selected (`AppState.letGoOfNetwork`).
    mutating func letGo(of network: Network) {
        selectedBeforeReload = selected(in: network)?.id
        forgetRows()
    }

    /// Recomputes the rows from scratch: after the network, the sort or the circle changed.
    public mutating func rebuild(_ network: Network, today: Day) {
        let keepID = selectedBeforeReload ?? selected(in: network)?.id
        selectedBeforeReload = nil
        forgetRows()
        refilter(network, today: today, keeping: keepID)
    }

    private mutating func forgetRows() {
        index = SearchIndex()
        rowsFilter = ""
        rows = []
    }

    /// Applies the filter text; narrows the current rows when the text only grew.
    public mutating func refilter(_ network: Network, today: Day, keeping id: String? = nil) {
        let query = Folding.key(filter.text.trimmingSpaces)
        let words = query.split(separator: " ").map(String.init)
        if query.isEmpty {
            rows = orderedAll(network, today: today)
        } else {
            index.prepare(network)
            let narrowing = !rowsFilter.isEmpty && query.hasPrefix(rowsFilter) && rows.count <= network.contacts.count
            let base = narrowing ? rows : orderedAll(network, today: today)
            let needles = words.map { Array($0.utf8) }
            rows = index.filter(base, needles: needles)
        }
        rowsFilter = query
        if let id, let at = rows.firstIndex(where: { network.contacts[$0].id == id }) {
            selection = at
        } else {
            selection = min(selection, max(0, rows.count - 1))
        }
    }

    private func orderedAll(_ network: Network, today: Day) -> [Int] {
        var all = Array(network.contacts.indices)
        if let circle {
            all = circle.isEmpty
                ? all.filter { network.contacts[$0].circles.isEmpty }
                : all.filter { network.contacts[$0].circles.contains { Folding.key($0) == circle } }
        }
        switch sort {
        case .name:
            return NameOrder.sorted(all, in: network)
        case .lastContact:
            let days = all.map { i -> (Int, Int) in
                let last = network.lastInteractionDate(atPosition: i)?.ordinal ?? Int.min
                return (last, i)
            }
            return days.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        case .due:
            let overdue = all.map { i -> (Int, Int) in
                let due = ReconnectPlanner.dueness(of: network.contacts[i], in: network, today: today)
                return (due.daysLeft ?? Int.min, i)
            }
            return overdue.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        }
    }
}

/// Folded search keys as bytes, built ahead of the first filter keystroke; a keystroke is
/// then a byte search per person (`memmem`), not a Unicode string search. The keys lie one
/// after the other in one buffer: at 100,000 people, a search walks 15 MB in order instead
/// of hopping between as many arrays.
struct SearchIndex: Equatable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each person's key starts in `bytes`; one more entry marks the end.
    private var starts: [Int] = []

    var count: Int { max(0, starts.count - 1) }

    mutating func prepare(_ network: Network) {
        guard count != network.contacts.count else { return }
        bytes = []
        bytes.reserveCapacity(network.contacts.count * 160)
        starts = [0]
        starts.reserveCapacity(network.contacts.count + 1)
        for i in network.contacts.indices {
            network.contacts[i].appendSearchKey(to: &bytes)
            starts.append(bytes.count)
        }
    }

    /// The rows of `rows` whose key holds every needle.
    func filter(_ rows: [Int], needles: [[UInt8]]) -> [Int] {
        bytes.withUnsafeBytes { all in
            rows.filter { i in
                let key = UnsafeRawBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])
                // The keys that follow may be read past this one's end (see `find`).
                let readable = all.count - starts[i]
                return needles.allSatisfy { n in n.withUnsafeBytes { SearchIndex.find($0, in: key, readable: readable) } }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`. Eight positions are tested at a time for the
    /// needle's first two bytes (the "has a zero byte" bit trick on the haystack xor-ed with
    /// each, at offsets 0 and 1), and only those candidates are compared whole: a narrowing
    /// keystroke searches every remaining key, 50,000 of them at 100,000 people, and with
    /// `memchr` on the first byte alone most keys gave several false starts.
    ///
    /// `readable` bytes from the haystack's start may be loaded (at least its count): with
    /// the keys one after the other, the last block of a key reads into the next, where a
    /// candidate is simply out of range, instead of testing its last positions one by one.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, readable: Int? = nil) -> Bool {
        guard let n = needle.baseAddress, needle.count > 0 else { return true }
        guard let h = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let lastStart = haystack.count - needle.count
        if needle.count == 1 { return memchr(h, Int32(needle[0]), haystack.count) != nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let first = ones &* UInt64(needle[0]), second = ones &* UInt64(needle[1])
        let loadable = max(readable ?? haystack.count, haystack.count)
        var i = 0
        // Blocks of eight starting positions, while the nine bytes they need can be loaded.
        while i + 9 <= loadable && i <= lastStart {
            let a = h.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian ^ first
            let b = h.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self).littleEndian ^ second
            var candidates = ((a &- ones) & ~a) & ((b &- ones) & ~b) & highs
            while candidates != 0 {
                let at = i + candidates.trailingZeroBitCount >> 3
                if at <= lastStart && memcmp(h + at, n, needle.count) == 0 { return true }
                candidates &= candidates - 1
            }
            i += 8
        }
        while i <= lastStart {
            if memcmp(h + i, n, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }
}
