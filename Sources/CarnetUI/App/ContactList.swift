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

    public init() {}

    /// The contact under the cursor.
    public func selected(in network: Network) -> Contact? {
        rows.indices.contains(selection) ? network.contacts[rows[selection]] : nil
    }

    /// Builds the search keys ahead of the first filter keystroke.
    public mutating func prepareSearch(_ network: Network) { index.prepare(network) }

    /// Recomputes the rows from scratch: after the network, the sort or the circle changed.
    public mutating func rebuild(_ network: Network, today: Day) {
        let keepID = selected(in: network)?.id
        index = SearchIndex()
        rowsFilter = ""
        rows = []
        refilter(network, today: today, keeping: keepID)
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
            rows = base.filter { i in needles.allSatisfy { index.matches($0, at: i) } }
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

/// Folded search keys as bytes, built on the first filter keystroke rather than at start-up;
/// a keystroke is then a byte search per person (`memmem`), not a Unicode string search.
struct SearchIndex: Equatable, Sendable {
    private(set) var keys: [[UInt8]] = []

    mutating func prepare(_ network: Network) {
        guard keys.count != network.contacts.count else { return }
        keys = network.contacts.map { Array($0.searchKey.utf8) }
    }

    func matches(_ needle: [UInt8], at i: Int) -> Bool {
        needle.withUnsafeBytes { n in keys[i].withUnsafeBytes { h in SearchIndex.find(n, in: h) } }
    }

    /// Whether `needle` occurs in `haystack`: memchr to the next candidate first byte, then memcmp.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let n = needle.baseAddress, needle.count > 0 else { return true }
        guard let h = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let lastStart = haystack.count - needle.count
        var i = 0
        while i <= lastStart {
            guard let hit = memchr(h + i, Int32(needle[0]), lastStart - i + 1) else { return false }
            let at = h.distance(to: UnsafeRawPointer(hit))
            if memcmp(h + at, n, needle.count) == 0 { return true }
            i = at + 1
        }
        return false
    }
}
