import CarnetCore

/// Everything the screen shows, as plain data: `update` changes it, views draw it.
public struct AppState: Equatable, Sendable {
    public internal(set) var network: Network
    public internal(set) var today: Day
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var pane: Pane = .contacts
    public internal(set) var contacts = ContactList()
    /// Index into `network.circleNames` (the last entry, past the end, is "outside any circle").
    public internal(set) var mapSelection = 0
    public internal(set) var monthSelection = 0
    /// The person whose detail view is open, and how far it is scrolled.
    public internal(set) var detail: String?
    public internal(set) var detailScroll = 0
    public internal(set) var review: Review?
    public internal(set) var overlay: Overlay?
    public internal(set) var message: StatusMessage?
    /// Why the store cannot be written, when it cannot.
    public internal(set) var readOnly: String?
    /// Today's reconnect list and the circle map, computed when a view needs them and
    /// dropped when the network changes: the first screen (the contact list) needs neither,
    /// and at 100,000 people each costs more than drawing it.
    public internal(set) var suggestions: [Suggestion] = []
    /// This month's goal progress and the streak, refreshed with `suggestions`: drawing the
    /// month pane or the review summary must not count the journal on every key.
    public internal(set) var goals: [GoalStatus] = []
    public internal(set) var streak = 0
    var suggestionsAreFresh = false
    public internal(set) var circleMap: CircleMapModel?
    public internal(set) var isQuitting = false
    /// The store changed on disk while a form was open: reload once it closes.
    public internal(set) var reloadPending = false
    public let strings: Strings

    public init(network: Network, today: Day, width: Int, height: Int, readOnly: String? = nil,
                strings: Strings = .english) {
        self.network = network
        self.today = today
        self.width = width
        self.height = height
        self.readOnly = readOnly
        self.strings = strings
        networkDidChange()
    }

    /// Lets go of the network before the store is read again (an outside change): the store
    /// then reads the new one with the old one freed, where holding both took the app's peak
    /// at 100,000 people from about 210 to 440–500 MiB after a few reloads. The list's
    /// selected person is kept by id, and found again in the network that comes back; a
    /// reload that fails leaves the list empty, as the store then is.
    public mutating func letGoOfNetwork() {
        contacts.letGo(of: network)
        network = Network()
        suggestions = []
        goals = []
        suggestionsAreFresh = false
        circleMap = nil
    }

    /// Derived data follows the network: the contact rows now, the rest when next shown.
    mutating func networkDidChange() {
        suggestionsAreFresh = false
        circleMap = nil
        contacts.rebuild(network, today: today)
        if let id = detail, !network.contains(id: id) { detail = nil }
        prepareForDisplay()
    }

    /// Computes what the view in front needs and is not up to date.
    mutating func prepareForDisplay() {
        if (pane == .month || review != nil) && !suggestionsAreFresh { refreshSuggestions() }
        if pane == .map && circleMap == nil && review == nil && detail == nil { makeCircleMap() }
    }

    private mutating func makeCircleMap() {
        let map = CircleMapModel(network: network, today: today)
        circleMap = map
        mapSelection = min(mapSelection, map.circles.count)
    }

    /// While the user reads (a second without a key, `.idle`): the next of what a key may
    /// soon need, one piece a second, so that a key pressed meanwhile waits for one at most.
    /// At 100,000 people (`carnet-bench`) the search keys take ~90 ms, the circle map ~60 ms
    /// and the month's plan and goals ~70 ms; the first filter keystroke and the first switch
    /// to each pane are then instant.
    mutating func prepareAhead() {
        if !contacts.isSearchPrepared(for: network) {
            contacts.prepareSearch(network)
        } else if circleMap == nil {
            makeCircleMap()
        } else if !suggestionsAreFresh {
            refreshSuggestions()
        }
    }

    /// Whether what the next key will need is still to be made: the filter line is open and
    /// the search keys are not folded yet. The run loop then makes them (`prepareAhead`) as
    /// soon as no key waits, rather than after an idle second: at 100,000 people the fold
    /// takes 75 ms (`carnet-bench`), which the first letter typed after `/` waited for.
    public var needsPreparingNow: Bool {
        contacts.isEditingFilter && !contacts.isSearchPrepared(for: network)
    }

    /// The circle map and the month's plan, as idle seconds would make them: what any pane
    /// or the review shows, so that the frames after several keys share them (`FirstKeys`).
    mutating func prepareEveryPane() {
        if circleMap == nil { makeCircleMap() }
        if !suggestionsAreFresh { refreshSuggestions() }
    }

    mutating func refreshSuggestions() {
        suggestions = ReconnectPlanner.plan(network, today: today)
        goals = GoalProgress.month(network, month: today.month, today: today)
        streak = GoalProgress.streak(network, today: today)
        suggestionsAreFresh = true
        monthSelection = min(monthSelection, max(0, suggestions.count - 1))
    }

    /// Names of the circles in map order (`mapSelection` indexes them).
    var mapCircleNames: [String] { (circleMap ?? CircleMapModel(network: network, today: today)).circles.map(\.name) }

    /// Where the keyboard is, for the key map.
    public var context: Context {
        if case .help? = overlay { return .help }
        if detail != nil { return .detail }
        if review != nil { return .review }
        switch pane {
        case .contacts: return .contacts
        case .map: return .map
        case .month: return .month
        }
    }

    /// The smallest screen Carnet draws on; below it, a notice.
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The person the next action (log, snooze, edit) is about, from wherever the user is.
    public var focusedContact: Contact? {
        if let review, let current = review.current { return network.contact(id: current.contactID) }
        if let detail { return network.contact(id: detail) }
        switch pane {
        case .contacts: return contacts.selected(in: network)
        case .month:
            return suggestions.indices.contains(monthSelection) ? network.contact(id: suggestions[monthSelection].contactID) : nil
        case .map: return nil
        }
    }

    /// Rows the contact list shows at this size (title, header, message and status excluded).
    var listRows: Int { max(1, height - 5 - (contacts.isEditingFilter || !contacts.filter.isEmpty ? 1 : 0)) }
}
