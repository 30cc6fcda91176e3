import CarnetCore

/// Every sentence the app shows, in one place, so that a translation is one more instance
/// of this struct and no view changes. Views read `state.strings`.
public struct Strings: Sendable, Equatable {
    /// Identifies the catalog; two catalogs are equal when their languages are.
    public var language = "en"
    public var appName = "Carnet"
    public var paneNames = ["Contacts", "Circle map", "This month"]
    public var tooSmall: @Sendable (Int, Int) -> String = { w, h in "Terminal too small: \(w)×\(h). Carnet needs at least 40×12." }
    public var people: @Sendable (Int) -> String = { n in n == 1 ? "1 person" : "\(n) people" }
    public var readOnly = "read-only"

    // Contacts
    public var columnName = "NAME", columnCompany = "COMPANY", columnCircles = "CIRCLES", columnLast = "LAST"
    public var never = "never"
    public var daysShort: @Sendable (Int) -> String = { d in "\(d)d" }
    public var filterPrompt = "/"
    public var filterCount: @Sendable (Int, Int) -> String = { shown, all in "\(shown) of \(all)" }
    public var sortNames = ["name", "last contact", "due"]
    public var sortedBy: @Sendable (String) -> String = { "sorted by \($0)" }
    public var inCircle: @Sendable (String) -> String = { "circle: \($0)" }
    public var noContacts = "No one here yet. Press a to add someone, or v to record an event."
    public var noMatch = "No one matches. Esc clears the filter."

    // Detail
    public var whyNow = "Why now", timeline = "Interactions", noInteractions = "Nothing logged yet. Press l to log one."
    public var notDue = "Nothing pressing: within cadence."
    public var balance: @Sendable (Int, Int, Int) -> String = { g, a, r in "gave \(g) · asked \(a) · received \(r)" }
    /// Days since what the cadence counts from: the last contact, else the day you met or
    /// added them (never in touch since).
    public var lastContact: @Sendable (Int?, Reason.Since?, String) -> String = { days, basis, cadence in
        let since: String
        switch (days, basis) {
        case let (days?, .interaction?): since = "last contact \(days) days ago"
        case let (days?, .met?): since = "never in touch · met \(days) days ago"
        case let (days?, _): since = "never in touch · added \(days) days ago"
        case (nil, _): since = "never in touch"
        }
        return since + " · cadence \(cadence)"
    }
    public var snoozedUntil: @Sendable (String) -> String = { "snoozed until \($0)" }
    public var fieldLabels: [String: String] = [
        "company": "Company", "role": "Role", "circles": "Circles", "tags": "Tags", "email": "E-mail",
        "phone": "Phone", "url": "Web", "place": "Place", "sector": "Sector", "seniority": "Seniority",
        "met": "Met", "introduced-by": "Introduced by", "birthday": "Birthday", "cadence": "Cadence",
        "added": "Added", "source": "Imported from", "note": "Note", "balance": "Give/ask",
    ]

    // This month
    public var monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    public var goalsTitle: @Sendable (String) -> String = { "Goals for \($0)" }
    public var daysLeft: @Sendable (Int) -> String = { n in n == 1 ? "1 day left" : "\(n) days left" }
    public var streak: @Sendable (Int) -> String = { n in n == 0 ? "No streak yet: meet every goal this month to start one." : "Streak: \(n) month\(n == 1 ? "" : "s") with every goal met" }
    public var noGoals = "No goals yet: carnet goals set events 2 (or new-people, reconnects, gives)."
    public var goalNames: [String: String] = ["events": "Events attended", "new-people": "New people met",
                                              "reconnects": "Reconnects", "gives": "Gives"]
    public var kindGoal: @Sendable (String) -> String = { "Interactions: \($0)" }
    public var todayTitle = "Today: reconnect with"
    public var nothingToday = "No one is due today. Well kept!"
    public var objectiveLine: @Sendable (String, String) -> String = { aim, targets in targets.isEmpty ? "Objective: \(aim)" : "Objective: \(aim) — \(targets)" }

    // Circle map
    public var outsideCircles = "Outside any circle"
    public var warmth: @Sendable (Int) -> String = { "\($0)% warm" }
    public var goingCold = "going cold"
    public var bridges = "Bridges"
    public var noCircles = "No circles yet. Give people circles (e to edit, or carnet add --circle NAME)."

    // Review
    public var reviewTitle: @Sendable (Int, Int) -> String = { i, n in "Daily review — \(i) of \(n)" }
    public var reviewEmpty = "No one to review today: your network is in good shape."
    public var reviewDone = "Review done"
    public var reviewSummary: @Sendable (Int, Int, Int) -> String = { l, s, k in "Logged \(l) · snoozed \(s) · skipped \(k)" }
    public var lastInteractions = "Last interactions"
    public var reviewClose = "Press any key to close the review."
    public var suggestedStep = "Next step"

    // Forms
    public var addTitle = "Add a person", editTitle = "Edit", logTitle = "Log an interaction", eventTitle = "Record an event"
    public var snoozeTitle = "Snooze", snoozeWeek = "For a week", snoozeMonth = "For a month", snoozeDate = "Until a date…"
    public var formHint = "Tab next field · ←/→ choose · Enter save · Esc cancel"
    public var discardAsk = "Esc again to discard what you typed; Enter saves it."
    public var pasteOutsideField = "Pasted text goes into a field: / to filter, or a form (a, e, l)."
    public var labels: [String: String] = [
        "name": "Name", "company": "Company", "role": "Role", "circles": "Circles", "email": "E-mail", "phone": "Phone",
        "url": "LinkedIn/URL", "city": "City", "country": "Country", "sector": "Sector", "cadence": "Cadence",
        "birthday": "Birthday", "tags": "Tags", "with": "With", "date": "Date", "kind": "Kind", "channel": "Channel",
        "exchange": "Exchange", "what": "What", "note": "Note", "follow-up": "Follow up on", "event-name": "Event",
        "event-kind": "Kind", "place": "Place", "target": "Target (new people)", "met": "People met", "until": "Until",
    ]
    public var exchangeOptions = ["neutral", "gave", "asked", "received"]
    public var required: @Sendable (String) -> String = { "\($0) is required" }
    public var notACadence = "write 30d, 6w, 3m or 1y"
    public var notANumber = "a whole number"
    public var metHint = "comma-separated; new names are added"

    // Messages
    public var saved: @Sendable (String) -> String = { "Saved \($0)." }
    public var added: @Sendable (String) -> String = { "Added \($0)." }
    public var logged: @Sendable (String, String) -> String = { kind, who in "Logged \(kind) with \(who)." }
    public var snoozed: @Sendable (String, String) -> String = { who, until in "Snoozed \(who) until \(until)." }
    public var recorded: @Sendable (String, Int) -> String = { name, n in "Recorded \(name) (\(n) new)." }
    public var reloaded = "The store changed on disk; reloaded."
    public var changedOutsideAsk = "The store changed on disk; it will be reloaded when you close this form."
    public var readOnlyMessage: @Sendable (String) -> String = { "Read-only: \($0)" }
    public var noSelection = "Select someone first."
    public var noLink = "No web page or e-mail address to open for them."
    public var helpTitle = "Keys"
    public var helpClose = "any key closes this help"

    public init() {}

    public static func == (a: Strings, b: Strings) -> Bool { a.language == b.language }

    public static let english = Strings()

    // MARK: - Circle map (added with the map view; the map's other strings are above)

    public var mapSummary: @Sendable (Int, Int, Int?, Int) -> String = { people, circles, warm, cold in
        var parts = ["\(people == 1 ? "1 person" : "\(people) people") in \(circles == 1 ? "1 circle" : "\(circles) circles")"]
        if let warm { parts.append("\(warm)% warm") }
        if cold > 0 { parts.append("\(cold) going cold") }
        return parts.joined(separator: " · ")
    }
    /// Longest first: the map uses the first that fits inside the bubble.
    public var circleStats: @Sendable (Int, Int?) -> [String] = { n, warm in
        guard let warm else { return [n == 1 ? "1 person" : "\(n) people", "\(n)"] }
        return ["\(n == 1 ? "1 person" : "\(n) people") · \(warm)% warm", "\(n) · \(warm)% warm", "\(n) · \(warm)%"]
    }
    public var outsideCount: @Sendable (Int) -> String = { "Outside any circle: \($0)" }
    public var outsideShort: @Sendable (Int) -> String = { "No circle: \($0)" }
    /// Legend words; the glyphs are the map's (● warm, ○ cold, ▼ going cold, ↔ shared).
    public var legendWarm = "warm", legendCold = "cold", legendShared = "shared people"
    /// "9 people: 4 warm, 3 overdue, 2 never in touch".
    public var circleBreakdown: @Sendable (Int, Int, Int, Int) -> String = { n, warm, overdue, never in
        var parts = ["\(warm) warm"]
        if overdue > 0 { parts.append("\(overdue) overdue") }
        if never > 0 { parts.append("\(never) never in touch") }
        return "\(n == 1 ? "1 person" : "\(n) people"): " + parts.joined(separator: ", ")
    }
    public var averageSince: @Sendable (Int) -> String = { "last contact \($0) days ago on average" }
    public var sharedWith = "shares people with"
    public var reconnectFirst = "reconnect first"
    public var noBridges = "No one here is in another circle."
    public var moreCount: @Sendable (Int) -> String = { "+\($0) more" }
    public var mapPage: @Sendable (Int, Int) -> String = { "page \($0) of \($1) · j/k to move" }
}
