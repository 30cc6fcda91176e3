/// Give and take with someone, a circle or the whole network (the seeds: balance helping
/// and being helped).
public struct Balance: Hashable, Sendable, Codable {
    /// You gave (an intro, advice, a recommendation…).
    public var gave = 0
    /// You asked for something.
    public var asked = 0
    /// They gave you something.
    public var received = 0
    /// Interactions with no exchange marked.
    public var neutral = 0

    public init(gave: Int = 0, asked: Int = 0, received: Int = 0, neutral: Int = 0) {
        self.gave = gave
        self.asked = asked
        self.received = received
        self.neutral = neutral
    }

    /// What you gave less what you asked for or received: below zero, give before asking again.
    public var net: Int { gave - asked - received }

    mutating func add(_ other: Balance) {
        gave += other.gave
        asked += other.asked
        received += other.received
        neutral += other.neutral
    }

    mutating func record(_ exchange: Exchange.Kind) {
        switch exchange {
        case .gave: gave += 1
        case .asked: asked += 1
        case .received: received += 1
        case .neutral: neutral += 1
        }
    }
}

/// A circle's balance.
public struct CircleBalance: Hashable, Sendable, Codable {
    public var circle: String
    public var balance: Balance
}

/// A person's balance.
public struct ContactBalance: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var balance: Balance
}
