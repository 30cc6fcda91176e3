import CarnetCore
import CarnetTerminal
import CarnetUI
import Foundation

/// Edits a person's long note in the user's own editor: the note goes to a private temp
/// file, the screen is handed to `$VISUAL`/`$EDITOR` (started without a shell, so nothing
/// in a path or a note is ever read as shell syntax), and what comes back is saved.
struct NoteEditor {
    let screen: Screen

    /// `$VISUAL`, else `$EDITOR`, else `vi`, split into words (`code --wait` works).
    static var editorWords: [String] {
        let env = ProcessInfo.processInfo.environment
        for name in ["VISUAL", "EDITOR"] {
            let words = ExternalProgram.words(env[name] ?? "")
            if !words.isEmpty { return words }
        }
        return ["vi"]
    }

    func edit(contactID: String, in store: Store, reload: () -> Action) -> [Action] {
        guard let contact = store.network.contact(id: contactID) else { return [] }
        let original = contact.note
        let file: String
        do {
            file = try Self.writeTempFile((original ?? "") + "\n")
        } catch {
            return [.failed(LauncherText.cannotWriteNote(String(describing: error)))]
        }
        var keepFile = false
        defer { if !keepFile { unlink(file) } }

        let words = Self.editorWords
        let status = screen.suspend { ExternalProgram.run(words + [file]) }
        guard let status else { return [.failed(LauncherText.editorDidNotStart(words.joined(separator: " ")))] }
        guard status == 0 else { return [.failed(LauncherText.editorFailed(status))] }

        let edited = Self.cleaned(FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? "")
        guard edited != original else { return [.saved(store.network, message: LauncherText.noteUnchanged)] }

        // Past this point the user's text exists only in the temp file: any failure keeps it.
        do {
            try save(edited, for: contactID, in: store)
            return [.saved(store.network, message: LauncherText.noteSaved(contact.name))]
        } catch StoreError.changedOutside {
            let reloaded = reload()
            // Someone changed the contacts file, not necessarily this note: when the note is
            // as it was before editing, writing it over the fresh copy loses nothing of theirs.
            if case .reloaded = reloaded, store.network.contact(id: contactID)?.note == original,
               (try? save(edited, for: contactID, in: store)) != nil {
                return [reloaded, .saved(store.network, message: LauncherText.noteSaved(contact.name))]
            }
            keepFile = true
            return [reloaded, .failed(LauncherText.noteKept(file))]
        } catch {
            keepFile = true
            return [.failed("\(error) — " + LauncherText.noteKept(file))]
        }
    }

    private func save(_ note: String?, for contactID: String, in store: Store) throws {
        guard var contact = store.network.contact(id: contactID) else {
            throw StoreError.invalid("no contact has the id '\(contactID)' any more")
        }
        contact.note = note
        try store.update(contact)
    }

    /// What the editor left, as a note: line ends made plain, blank edges trimmed, empty as none.
    static func cleaned(_ text: String) -> String? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.map { String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A new file in `$TMPDIR` only the user can read (mkstemps creates it 0600), holding `text`.
    static func writeTempFile(_ text: String) throws -> String {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/carnet-note-XXXXXX.txt").utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { throw StoreError.io(path: folder, operation: "create a temp file in", errno: errno) }
        defer { close(fd) }
        let path = TempName.path(template)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let code = errno
            unlink(path)
            throw StoreError.io(path: path, operation: "write", errno: code)
        }
        return path
    }
}

extension NoteEditor {
    /// `$CARNET_OPENER`, else `xdg-open`, split into words.
    static var openerWords: [String] {
        let words = ExternalProgram.words(ProcessInfo.processInfo.environment["CARNET_OPENER"] ?? "")
        return words.isEmpty ? ["xdg-open"] : words
    }

    /// Opens a link already checked by `SafeOpener` (http, https or mailto; never an option):
    /// one argument to the opener, no shell; the screen is handed over meanwhile, since an
    /// opener may be a terminal browser.
    func open(_ link: String, network: Network) -> [Action] {
        let words = Self.openerWords
        let status = screen.suspend { ExternalProgram.run(words + [link]) }
        guard let status else { return [.failed(LauncherText.openerDidNotStart(words.joined(separator: " ")))] }
        guard status == 0 else { return [.failed(LauncherText.openerFailed(words[0], status))] }
        return [.saved(network, message: LauncherText.opened(link))]
    }
}
