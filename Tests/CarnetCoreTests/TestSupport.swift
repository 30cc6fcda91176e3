import Foundation
@testable import CarnetCore

/// A fresh folder under the system temp dir, removed at the end of the test.
final class TemporaryFolder {
    let path: String

    init() {
        let base = NSTemporaryDirectory() + "carnet-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) {
        try! text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: path + "/" + name, encoding: .utf8)) ?? ""
    }

    func files() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? []
    }

    func mode(_ name: String) -> Int {
        let attributes = try! FileManager.default.attributesOfItem(atPath: name.isEmpty ? path : path + "/" + name)
        return (attributes[.posixPermissions] as! NSNumber).intValue
    }
}


extension String {
    /// The text with the first `target` replaced (unchanged when there is none).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
