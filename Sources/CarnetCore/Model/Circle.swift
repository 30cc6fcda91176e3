/// A group of contacts sharing a context — the seeds' *champs*: ex-colleagues, alumni,
/// an association, a club… Each has a default cadence its members inherit.
public struct Circle: Hashable, Sendable, Identifiable {
    public var name: String
    /// Free text; `CircleKind.suggested` lists the usual ones.
    public var kind: String?
    public var cadence: Cadence?
    public var description: String?

    public var id: String { Folding.key(name) }

    public init(name: String, kind: String? = nil, cadence: Cadence? = nil, description: String? = nil) {
        self.name = name
        self.kind = kind
        self.cadence = cadence
        self.description = description
    }
}

public enum CircleKind {
    /// The kinds offered in forms; any other word is accepted too.
    public static let suggested = [
        "colleagues", "former-colleagues", "alumni", "training", "association", "club",
        "family-friends", "online-community", "clients", "partners", "mentors",
    ]
}
