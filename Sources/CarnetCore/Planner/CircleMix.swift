/// Picks the daily list so that it mixes circles: the seeds warn against always seeing
/// the same group.
///
/// Every pick divides the score of the next person from the same primary circle by
/// (1 + penalty × people already picked from it). Because the penalty is the same for
/// everyone in a circle, only a circle's best `limit` people can ever be picked, so the
/// planner keeps just those (a partial top-k per circle) instead of sorting everyone.
struct CircleMix {
    struct Candidate {
        let score: Int
        let id: String
        let contactIndex: Int
        /// The primary circle's slot (`CircleTable.Entry.slot`, 0 for none).
        let circle: Int

        /// Higher score first, then id: the order of equals never depends on hashing.
        func precedes(_ other: Candidate) -> Bool {
            if score != other.score { return score > other.score }
            if id != other.id { return id < other.id }
            return contactIndex < other.contactIndex
        }
    }

    let limit: Int
    let penaltyPercent: Int
    /// By circle slot: that circle's best `limit`, best first.
    private var bestByCircle: [[Candidate]] = []

    init(limit: Int, penaltyPercent: Int) {
        self.limit = max(0, limit)
        self.penaltyPercent = max(0, penaltyPercent)
    }

    /// False when a score cannot make its circle's best: the caller then skips building
    /// the candidate (most people, at scale). Equal scores may still get in, by id.
    func admits(score: Int, circle: Int) -> Bool {
        guard limit > 0 else { return false }
        guard circle < bestByCircle.count, bestByCircle[circle].count == limit else { return true }
        return score >= bestByCircle[circle][limit - 1].score
    }

    /// Offers a candidate; kept only if among the best `limit` of its circle.
    mutating func offer(_ candidate: Candidate) {
        guard limit > 0 else { return }
        while bestByCircle.count <= candidate.circle { bestByCircle.append([]) }
        bestByCircle[candidate.circle].insertKeepingBest(candidate, limit: limit)
    }

    /// The list, in pick order.
    func pick() -> [Candidate] {
        var pool = bestByCircle.flatMap { $0 }
        var repeats = Array(repeating: 0, count: bestByCircle.count)
        var picked: [Candidate] = []
        while picked.count < limit, !pool.isEmpty {
            var best = 0
            for i in 1..<pool.count where beats(pool[i], pool[best], repeats) { best = i }
            let chosen = pool.remove(at: best)
            repeats[chosen.circle] += 1
            picked.append(chosen)
        }
        return picked
    }

    /// Compares penalised scores exactly, by cross-multiplying instead of dividing.
    private func beats(_ a: Candidate, _ b: Candidate, _ repeats: [Int]) -> Bool {
        let da = 100 + penaltyPercent * repeats[a.circle]
        let db = 100 + penaltyPercent * repeats[b.circle]
        let lhs = a.score * db, rhs = b.score * da
        if lhs != rhs { return lhs > rhs }
        return a.precedes(b)
    }
}

extension Array where Element == CircleMix.Candidate {
    /// Inserts in order, keeping at most `limit`: a partial top-k by insertion, cheap for a
    /// handful of places.
    fileprivate mutating func insertKeepingBest(_ candidate: Element, limit: Int) {
        if count == limit, let worst = last, !candidate.precedes(worst) { return }
        var at = count
        while at > 0 && candidate.precedes(self[at - 1]) { at -= 1 }
        insert(candidate, at: at)
        if count > limit { removeLast() }
    }
}
