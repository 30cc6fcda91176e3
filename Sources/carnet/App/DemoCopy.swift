import CarnetCore
import Foundation

/// A throwaway store filled with the demo, in a private temp folder that `remove()` deletes:
/// the demo never touches the user's own store.
struct DemoCopy {
    let folder: String
    var storeDirectory: String { folder + "/store" }

    /// mkdtemp creates the folder 0700, with a name no one else can have taken.
    static func make(today: Day) throws -> DemoCopy {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/carnet-demo-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw CLIFailure.data("cannot create a temp folder for the demo in \(base): \(SystemError.message(errno))")
        }
        let copy = DemoCopy(folder: TempName.path(template))
        do {
            try DemoStore.fill(Store.create(at: copy.storeDirectory), today: today)
        } catch {
            copy.remove()
            throw CLIFailure.from(error)
        }
        return copy
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
