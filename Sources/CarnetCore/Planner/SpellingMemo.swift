/// A remembered function of a string, found again by the string's bytes.
///
/// In a pass over the contacts the same spellings come back (a company, a sector, a circle
/// on thousands of people). Remembering them in a `[String: Value]` hashed every spelling
/// with SipHash over its normalised form, which was most of the planner's time at 10,000
/// people; bytes are hashed a word at a time (`IDTable`). Two spellings that differ only
/// in Unicode composition are remembered apart, which changes nothing: the value is
/// computed from the string, the same for both.
///
/// Before the bytes, the string itself: a value that thousands of people share is one
/// string in memory (the loader shares them, `ValuePool`), and a string's two words tell
/// it apart from any other string alive: a short one's hold its text, a longer one's point
/// to its storage. The last strings seen are kept by those words, and kept alive, so that
/// their storage cannot be reused by another string while they are there. Hashing the
/// bytes of every spelling of every person was a third of the planner's instructions.
struct SpellingMemo<Value> {
    private var table = IDTable(capacity: 64)
    private var values: [Value] = []
    /// Made at the first look-up: `explain` builds a memo for one person.
    private var recent: [Recent] = []

    private struct Recent {
        var words: (UInt64, UInt64) = (0, 0)
        var entry = -1
        /// Held so that the storage `words` points to stays this string's.
        var string = ""
    }

    private static var recentSlots: Int { 1024 }

    mutating func value(of text: String, _ make: (String) -> Value) -> Value {
        let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
        var mixed = (words.0 ^ words.1 &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 29
        let slot = Int(truncatingIfNeeded: mixed) & (SpellingMemo.recentSlots - 1)
        if recent.isEmpty { recent = [Recent](repeating: Recent(), count: SpellingMemo.recentSlots) }
        if recent[slot].entry >= 0, recent[slot].words == words { return values[recent[slot].entry] }
        let entry = table.resolve(string: text)
        if entry == values.count { values.append(make(text)) }
        recent[slot] = Recent(words: words, entry: entry, string: text)
        return values[entry]
    }
}
