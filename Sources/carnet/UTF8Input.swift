#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Carnet is given — arguments, and the variables naming the store's folder or the
/// day — must be UTF-8. Swift reads other bytes as U+FFFD, so a path written in Latin-1
/// (`café` as `caf\xe9`) became another path (`caf\u{FFFD}`): a store created there and not
/// found where it is, or a name saved other than it was typed. Refused instead, saying which.
enum UTF8Input {
    /// Which argument is not UTF-8, said for the user; nil when all are.
    static func argumentsProblem() -> String? {
        for i in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[i], String(validatingCString: raw) == nil else { continue }
            return "argument \(i) (\(shown(raw))) is not valid UTF-8; Carnet reads paths and names as UTF-8"
        }
        return nil
    }

    /// A variable of the environment, read with `getenv` (the app's start does not wake
    /// Foundation's `ProcessInfo`, whose first use took 0.3–0.5 ms); nil when unset.
    static func variable(_ name: String) throws -> String? {
        guard let raw = getenv(name) else { return nil }
        guard let value = String(validatingCString: raw) else {
            throw CLIFailure.usage("$\(name) (\(shown(raw))) is not valid UTF-8; Carnet reads paths as UTF-8")
        }
        return value
    }

    /// The bytes as the user may recognise them: ASCII as is, others as \xNN.
    private static func shown(_ raw: UnsafePointer<CChar>) -> String {
        var out = ""
        var p = raw
        while p.pointee != 0 {
            let byte = UInt8(bitPattern: p.pointee)
            out += (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            p += 1
        }
        return "'" + out + "'"
    }
}
