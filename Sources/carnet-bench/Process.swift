#if canImport(Glibc)
import Glibc
#endif

/// Running this binary (or another) as a child, so that each size's peak memory is its own.
enum Child {
    static var ownPath: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, 4095)
        return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    /// Runs the program and waits; returns its exit status.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        guard posix_spawn(&pid, path, nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}

/// Generated stores, cached under /tmp by size, seed, day and generator version so that
/// a second run starts measuring at once.
enum Cache {
    static let generatorVersion = 1

    static func directory(root: String, people: Int, seed: UInt64, today: String) -> String {
        "\(root)/people-\(people)-seed-\(seed)-\(today)-v\(generatorVersion)"
    }

    static func exists(_ path: String) -> Bool { access(path + "/journal", F_OK) == 0 }

    static func makeDirectory(_ path: String) {
        var partial = ""
        for part in path.split(separator: "/") {
            partial += "/" + part
            mkdir(partial, 0o700)
        }
    }

    static func remove(_ path: String) { Child.run("/bin/rm", ["-rf", path]) }

    static func copy(_ from: String, to: String) { Child.run("/bin/cp", ["-a", from, to]) }

    static func size(of directory: String) -> Int {
        var total = 0
        for name in ["contacts", "circles", "events", "goals", "journal"] {
            var s = stat()
            if stat(directory + "/" + name, &s) == 0 { total += Int(s.st_size) }
        }
        return total
    }
}

/// Today's date from the system clock, in local time (the benchmark's default "today").
func systemToday() -> String {
    var t = time(nil)
    var parts = tm()
    localtime_r(&t, &parts)
    func pad(_ n: Int32, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
    return pad(parts.tm_year + 1900, 4) + "-" + pad(parts.tm_mon + 1, 2) + "-" + pad(parts.tm_mday, 2)
}
