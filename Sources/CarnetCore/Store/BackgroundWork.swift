import Dispatch

/// Work started on another core now and collected later: the loader reads the journal
/// there while it reads the contacts here (on two cores, the load takes as long as the
/// longer of the two instead of their sum).
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the worker before `done` is left; read only after waiting on it.
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global(qos: BackgroundUrgency.quality).async(group: done) { self.result = work() }
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
