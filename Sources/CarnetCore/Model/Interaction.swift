/// Something that happened between you and one or more people: one line of the journal.
public struct Interaction: Hashable, Sendable {
    public var date: Day
    /// Contact ids.
    public var people: [String]
    /// coffee, call, message, email, meeting, event, online… (free word, see `InteractionKind`).
    public var kind: String
    public var channel: Channel
    public var exchange: Exchange
    public var note: String?
    /// When you promised yourself to follow up.
    public var followUp: Day?
    /// Id of the event this happened at.
    public var event: String?
    /// Line in the journal (0 when not saved yet): a stable order for equal dates.
    public var line: Int

    public init(date: Day, people: [String], kind: String, channel: Channel? = nil,
                exchange: Exchange = .neutral, note: String? = nil, followUp: Day? = nil,
                event: String? = nil, line: Int = 0) {
        self.date = date
        self.people = people
        self.kind = kind
        self.channel = channel ?? InteractionKind.defaultChannel(for: kind)
        self.exchange = exchange
        self.note = note
        self.followUp = followUp
        self.event = event
        self.line = line
    }
}

/// How you were in touch.
public enum Channel: String, CaseIterable, Sendable, BitwiseCopyable {
    case inPerson = "in-person", phone, written, online
}

/// Who helped whom: the seeds' "give before you ask".
public enum Exchange: Hashable, Sendable {
    case neutral
    /// You gave something (an intro, advice, a recommendation).
    case gave(String)
    /// You asked for something.
    case asked(String)
    /// They gave you something.
    case received(String)

    public var what: String? {
        switch self {
        case .neutral: return nil
        case .gave(let w), .asked(let w), .received(let w): return w
        }
    }

    /// Which way it went, without what: all a pass over the journal needs.
    public enum Kind: UInt8, CaseIterable, Sendable, BitwiseCopyable {
        case neutral, gave, asked, received
    }
}

public enum InteractionKind {
    /// The kinds offered in forms and accepted by `carnet log --kind`.
    public static let all = ["coffee", "call", "message", "email", "meeting", "meal", "event", "online", "intro"]

    public static func defaultChannel(for kind: String) -> Channel {
        switch kind {
        case "call": return .phone
        case "message", "email": return .written
        case "online": return .online
        default: return .inPerson
        }
    }
}
