/// What the scoring pass reads of a person's last interaction. Gathered for a batch of
/// people before scoring them, so that the reads into a large journal overlap instead of
/// waiting on memory one person at a time.
struct LastLook {
    let index: Int
    let date: Day
    let followUp: Day?
    let hasExchange: Bool

    init(_ index: Int32, in journal: UnsafeBufferPointer<JournalEntry>) {
        let index = Int(index)
        self.index = index
        date = journal[index].date
        followUp = journal[index].followUp
        if case .neutral = journal[index].exchange { hasExchange = false } else { hasExchange = true }
    }
}
