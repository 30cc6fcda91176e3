import CarnetCore
import CarnetTerminal
import CarnetUI

/// The app's heartbeat (DESIGN, Architecture): render the state, wait for the terminal,
/// turn what happened into an `Action`, let `App.update` decide, perform the effects it
/// asks for and feed their answers back in.
struct RunLoop {
    /// How the session ended. Each is a clean exit: every change is already on disk.
    enum Ending: Equatable {
        case quit
        /// SIGTERM or SIGINT.
        case terminated
        /// SIGHUP or the terminal gone (an SSH connection dropped): nothing more is drawn.
        case hungUp
    }

    /// How long to wait for a key before looking for changes made outside Carnet.
    static let tickMilliseconds = 1000

    let screen: Screen
    let store: Store
    let performer: EffectPerformer
    private(set) var state: AppState
    /// The outside changes already reported, so an open form is not nagged every tick.
    private var noticed: [StoreFile] = []
    private var beforeChange: () -> Void = {}

    init(screen: Screen, store: Store, today: Day) {
        self.screen = screen
        self.store = store
        performer = EffectPerformer(store: store, noteEditor: NoteEditor(screen: screen))
        let size = screen.size
        state = AppState(network: store.network, today: today, width: size.width, height: size.height,
                         readOnly: EffectPerformer.readOnlyReason(store))
    }

    /// Runs until the user quits or the terminal goes; `first` are dispatched before the first
    /// frame, then `early`, what the terminal sent while the store was read (`EarlyKeys`).
    /// `firstFrame` is given the store's own first screen and its state, before any key,
    /// unless this start has a message on it (`FirstScreen`). `beforeChange` runs before
    /// each effect (a write to the store, a reload).
    mutating func run(first: [Action] = [], early: [TerminalEvent] = [],
                      firstFrame: (Canvas, AppState) -> Void = { _, _ in },
                      beforeChange: @escaping () -> Void = {}) -> Ending {
        self.beforeChange = beforeChange
        var opening = first
        // Say at once why nothing can be saved, rather than at the first refused key.
        if let reason = state.readOnly { opening.append(.failed(state.strings.readOnlyMessage(reason))) }
        for action in opening where dispatch(action) { return .quit }
        // Keys came while the store was read: the first screen is the one before them.
        if opening.isEmpty && !early.isEmpty { firstFrame(RootView.render(state), state) }
        for event in early {
            if let ending = handle(event) { return ending }
        }
        var drawn = false
        while true {
            let frame = RootView.render(state)
            screen.draw(frame)
            if !drawn {
                drawn = true
                if opening.isEmpty && early.isEmpty { firstFrame(frame, state) }
            }
            saveSnapshot()
            // No wait when the state has work for the next key: a key already sent comes first.
            let wait = state.needsPreparingNow ? 0 : Self.tickMilliseconds
            if let ending = handle(screen.nextEvent(timeoutMs: wait)) { return ending }
        }
    }

    /// Lets the app answer `event`; how the session ends, when it does.
    private mutating func handle(_ event: TerminalEvent) -> Ending? {
        switch event {
        case .key(let key):
            if dispatch(.key(key)) { return .quit }
        case .resize:
            let size = screen.size
            if dispatch(.resized(width: size.width, height: size.height)) { return .quit }
        case .timeout:
            SnapshotRefresh.reap()
            if lookForOutsideChanges() || dispatch(.idle) { return .quit }
        case .hangup:
            return .hungUp
        case .terminate:
            return .terminated
        }
        return nil
    }

    /// Once the screen is drawn after a load (or a reload after an outside change) that read
    /// text: the snapshot for the next start, written apart (`SnapshotRefresh`).
    private func saveSnapshot() {
        guard store.takeSnapshot() != nil else { return }
        SnapshotRefresh.start(directory: store.directory)
    }

    /// An editor, `git pull` or another Carnet changed the files: tell the reducer once per
    /// new set of changes (it reloads, or asks first when a form is open).
    private mutating func lookForOutsideChanges() -> Bool {
        let changed = store.outsideChanges()
        guard !changed.isEmpty, changed != noticed else {
            noticed = changed
            return false
        }
        let quit = dispatch(.changedOutside)
        // What is still changed after the reducer ran: nothing when it reloaded, so that a
        // second change to the same file within one tick is noticed too (it was not).
        noticed = store.outsideChanges()
        return quit
    }

    /// Runs an action and every action its effects answer with, in order. True on `.quit`.
    private mutating func dispatch(_ action: Action) -> Bool {
        var pending = [action]
        let performer = self.performer  // not read through `self` while `state` changes
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in App.update(&state, next) {
                if effect == .quit { return true }
                beforeChange()
                pending += performer.perform(effect) { state.letGoOfNetwork() }
            }
        }
        return false
    }
}
