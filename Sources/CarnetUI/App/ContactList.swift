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

    /// Whether the filter's search keys are built for `network` (`prepareSearch`).
    func isSearchPrepared(for network: Network) -> Bool { index.isPrepared(for: network) }

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
        if query.isEmpty {
            rows = orderedAll(network, today: today)
        } else {
            index.prepare(network)
            let narrowing = !rowsFilter.isEmpty && query.hasPrefix(rowsFilter) && rows.count <= network.contacts.count
            let base = narrowing ? rows : orderedAll(network, today: today)
            rows = index.filter(base, needles: SearchIndex.needles(folded: query))
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
            // Most overdue first; those with nothing to count from (imported, never in
            // touch: not due, as the planner sees them) last, as in `carnet list --sort due`
            // (which breaks ties by id, the list by place in the file).
            let overdue = all.map { i -> (Int, Int) in
                let due = ReconnectPlanner.dueness(of: network.contacts[i], in: network, today: today)
                return (due.daysLeft ?? Int.max, i)
            }
            return overdue.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        }
    }
}
