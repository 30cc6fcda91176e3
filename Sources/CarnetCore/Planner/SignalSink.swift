/// Receives what the planner notices about a person. Two kinds: one that only adds up the
/// score (the pass over every contact), one that keeps the details (the few on the list).
protocol SignalSink {
    /// `detail` is an autoclosure so that the scoring pass never builds it.
    mutating func add(_ weight: Int, _ detail: @autoclosure () -> Reason.Detail)
    /// Imported, never contacted, and only an objective match: such people compete for a
    /// single place on the list.
    mutating func markImportedObjectiveOnly()
    var isEmpty: Bool { get }
}

/// The scoring pass: a number and a flag, no allocation.
struct ScoreSink: SignalSink {
    var score = 0
    var count = 0
    var importedObjectiveOnly = false

    mutating func add(_ weight: Int, _ detail: @autoclosure () -> Reason.Detail) {
        score += weight
        count += 1
    }
    mutating func markImportedObjectiveOnly() { importedObjectiveOnly = true }
    var isEmpty: Bool { count == 0 }
}

/// The reasons of one person on the list, strongest first once ranked.
struct ContactSignals: SignalSink {
    var details: [(detail: Reason.Detail, weight: Int)] = []

    mutating func add(_ weight: Int, _ detail: @autoclosure () -> Reason.Detail) {
        details.append((detail(), weight))
    }
    mutating func markImportedObjectiveOnly() {}
    var isEmpty: Bool { details.isEmpty }
    var score: Int { details.reduce(0) { $0 + $1.weight } }

    /// Strongest first; equal weights in `Reason.Kind` order.
    mutating func rank() {
        let order = Reason.Kind.allCases
        details.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            return order.firstIndex(of: a.detail.kind)! < order.firstIndex(of: b.detail.kind)!
        }
    }
}
