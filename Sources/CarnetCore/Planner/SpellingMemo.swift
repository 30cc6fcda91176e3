/// A remembered function of a string, found again by the string's bytes.
///
/// In a pass over the contacts the same spellings come back (a company, a sector, a circle
/// on thousands of people). Remembering them in a `[String: Value]` hashed every spelling
/// with SipHash over its normalised form, which was most of the planner's time at 10,000
/// people; bytes are hashed a word at a time (`IDTable`). Two spellings that differ only
/// in Unicode composition are remembered apart, which changes nothing: the value is
/// computed from the string, the same for both.
struct SpellingMemo<Value> {
    private var table = IDTable(capacity: 64)
    private var values: [Value] = []

    mutating func value(of text: String, _ make: (String) -> Value) -> Value {
        var bytes = text
        let entry = bytes.withUTF8 { table.resolve($0, string: text) }
        if entry == values.count { values.append(make(text)) }
        return values[entry]
    }
}
