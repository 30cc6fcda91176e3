/// A conference, meetup, afterwork… where you meant to meet people.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var date: Day
    /// conference, meetup, afterwork, seminar, association, trade-show, webinar…
    public var kind: String?
    public var place: String?
    /// How many new people you set out to meet there (the seeds: set a goal per event).
    public var target: Int?
    /// Ids of the people met there.
    public var met: [String] = []
    public var note: String?

    public init(id: String, name: String, date: Day) {
        self.id = id
        self.name = name
        self.date = date
    }
}

public enum EventKind {
    public static let suggested = ["conference", "meetup", "afterwork", "seminar", "association", "trade-show", "webinar", "dinner"]
}
