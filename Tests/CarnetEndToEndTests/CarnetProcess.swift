import Foundation
import XCTest

/// Runs the real `carnet` binary, built next to the test bundle (or `$CARNET_BIN`).
enum CarnetProcess {
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["CARNET_BIN"], !env.isEmpty { return env }
        let here = URL(fileURLWithPath: CommandLine.arguments.first { $0.contains(".xctest") } ?? CommandLine.arguments[0])
        var dir = here.deletingLastPathComponent()
        if dir.lastPathComponent == "MacOS" { dir = dir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        return dir.appendingPathComponent("carnet").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], dir: String? = nil, today: String? = "2026-11-22",
                    environment: [String: String] = [:], program: String = binary,
                    file: StaticString = #filePath, line: UInt = #line) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["CARNET_DIR"] = dir
        env["CARNET_TODAY"] = today
        env["LANG"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            XCTFail("cannot start \(program): \(error)", file: file, line: line)
            return Result(status: -1, stdout: "", stderr: "")
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh folder removed at the end of the test.
final class ScratchFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "carnet-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func read(_ name: String) -> String {
        (try? String(contentsOfFile: path + "/" + name, encoding: .utf8)) ?? ""
    }

    func write(_ name: String, _ text: String) {
        try! text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }
}
