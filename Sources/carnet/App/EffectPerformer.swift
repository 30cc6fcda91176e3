import CarnetCore
import CarnetUI

/// Does the work the reducer asks for (`Effect`) against the store, and answers with what
/// happened (`Action`). Every change is written at once: there is no unsaved state to lose.
struct EffectPerformer {
    let store: Store
    let noteEditor: NoteEditor

    /// The actions that answer `effect`. `.quit` is the run loop's business, not ours.
    /// Whenever the store is to be read again (asked for, or after a write refused because
    /// a file changed outside), `letGo` is called first: the app lets go of its copy of the
    /// network, so that the old and the new one are never held at once.
    func perform(_ effect: Effect, lettingGo letGo: () -> Void) -> [Action] {
        func readAgain() -> Action { reload(lettingGo: letGo) }
        switch effect {
        case let .saveContacts(contacts, message):
            return write(message, readAgain) { try store.save(contacts: contacts) }
        case let .log(interaction, message):
            return write(message, readAgain) { try store.log(interaction) }
        case let .recordEvent(event, newPeople, metAgain, message):
            // Same order as `carnet event`: the people exist before the event names them.
            return write(message, readAgain) {
                if !newPeople.isEmpty { try store.save(contacts: newPeople) }
                try store.save(event)
                if !metAgain.isEmpty {
                    try store.log(Interaction(date: event.date, people: metAgain, kind: "event", event: event.id))
                }
            }
        case .editNote(let contactID):
            return noteEditor.edit(contactID: contactID, in: store, reload: readAgain)
        case .openLink(let link):
            return noteEditor.open(link, network: store.network)
        case .reload:
            return [readAgain()]
        case .quit:
            return []
        }
    }

    /// Runs a change. A file changed outside Carnet is never written over: the store is
    /// read again and the user told; the reducer keeps an open form on `.failed`, so what
    /// they typed is still there to save again.
    private func write(_ message: String, _ readAgain: () -> Action, _ change: () throws -> Void) -> [Action] {
        do {
            try change()
            return [.saved(store.network, message: message)]
        } catch StoreError.changedOutside(let file) {
            let reloaded = readAgain()
            guard case .reloaded = reloaded else { return [reloaded] }
            return [reloaded, .failed(LauncherText.changedWhileSaving(file))]
        } catch StoreError.readOnly where !store.outsideChanges().isEmpty {
            // Read while a file was broken, and changed since (fixed, perhaps, while a form
            // was open): read again, and the user saves again with what they typed.
            let reloaded = readAgain()
            guard case .reloaded(_, let readOnly) = reloaded else { return [reloaded] }
            return [reloaded, .failed(readOnly == nil ? LauncherText.fixedWhileSaving : StoreError.readOnly(store.problems).description)]
        } catch {
            return [.failed(String(describing: error))]
        }
    }

    /// Reads the store again: `.reloaded`, read-only with the reason when a file no longer parses.
    private func reload(lettingGo letGo: () -> Void) -> Action {
        letGo()
        do {
            try store.reload()
            return .reloaded(store.network, readOnly: Self.readOnlyReason(store))
        } catch {
            return .failed(LauncherText.cannotReload(String(describing: error)))
        }
    }

    /// Why the store cannot be written: its first error, or nil when it can.
    static func readOnlyReason(_ store: Store) -> String? {
        store.problems.first { $0.severity == .error }.map(String.init(describing:))
    }
}
