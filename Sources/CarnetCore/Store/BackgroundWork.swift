import Dispatch

/// Work started on another core now and collected later: the loader reads the journal
/// there while it reads the contacts here (on two cores, the load takes as long as the
/// longer of the two instead of their sum).
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Both written only by the worker before `done` is left; read only after waiting on it.
    private var work: (@Sendable () -> Result)?
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        self.work = work
        DispatchQueue.global(qos: BackgroundUrgency.quality).async(group: done) {
            self.result = self.work!()
            // Let go of before the waiting thread goes on: an array the work read (the
            // loader's contacts) is then no longer shared, and the loader's next change to it
            // does not copy it whole.
            self.work = nil
        }
    }

    /// `part` of the first and of the second half of `0..<count`, the second on another core.
    static func inHalves(_ count: Int, _ part: @escaping @Sendable (Range<Int>) -> Result) -> (Result, Result) {
        let half = count / 2
        let second = BackgroundWork { part(half..<count) }
        let first = part(0..<half)
        return (first, second.wait())
    }

    /// Lets go of `value` on another core, where freeing what only it holds does not hold
    /// up this thread.
    static func discard(_ value: consuming Result) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    // The value is freed inside the work, on its thread, whichever thread lets go of the
    // box last.
    private final class Box: @unchecked Sendable {
        var value: Result?
        init(_ value: consuming Result) { self.value = value }
    }

    /// The result, taken out: once waited for, this object no longer shares it (a caller
    /// may then change it in place without a copy). Call once.
    func wait() -> Result {
        done.wait()
        defer { result = nil }
        return result!
    }
}

/// How urgent that work is: the app waits for it, so as urgent as the app, unless the whole
/// process works in the background (`Store.loadInTheBackground`).
enum BackgroundUrgency {
    nonisolated(unsafe) static var quality = DispatchQoS.QoSClass.userInitiated
}
