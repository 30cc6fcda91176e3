/// A monthly target, measured from the journal, the events and the contacts.
public struct Goal: Hashable, Sendable {
    public var measure: Measure
    public var target: Int

    public init(_ measure: Measure, target: Int) {
        self.measure = measure
        self.target = target
    }

    public enum Measure: Hashable, Sendable, CustomStringConvertible {
        /// Events attended (dated this month, not in the future).
        case events
        /// People whose `met` date falls this month.
        case newPeople
        /// Distinct people you were in touch with this month who were not new this month.
        case reconnects
        /// Interactions where you gave.
        case gives
        /// Interactions of one kind (`coffee`, `call`…).
        case kind(String)

        /// Parses the word used in the store and on the command line.
        public init?(_ word: String) {
            switch word {
            case "events": self = .events
            case "new-people": self = .newPeople
            case "reconnects": self = .reconnects
            case "gives": self = .gives
            default:
                guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
                self = .kind(word)
            }
        }

        public var description: String {
            switch self {
            case .events: return "events"
            case .newPeople: return "new-people"
            case .reconnects: return "reconnects"
            case .gives: return "gives"
            case .kind(let k): return k
            }
        }
    }
}
