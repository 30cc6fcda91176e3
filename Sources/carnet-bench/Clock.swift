#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time and the process's peak memory, straight from the C library.
enum Clock {
    /// Seconds on CLOCK_MONOTONIC.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Peak resident memory of this process so far, in bytes (ru_maxrss is in KiB on Linux).
    static func peakResident() -> Int { Int(usage().ru_maxrss) * 1024 }

    /// Page faults of this process so far that needed no disk (ru_minflt): mostly the
    /// first write to each new page of memory.
    static func pageFaults() -> Int { Int(usage().ru_minflt) }

    private static func usage() -> rusage {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage
    }

    /// Current resident memory, from /proc/self/statm (second field, in pages).
    static func currentResident() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return 0 }
        let fields = buffer[0..<n].split(separator: UInt8(ascii: " "))
        guard fields.count >= 2, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Runs `body` `runs` times and keeps every duration; the table shows the median.
struct Timing {
    var seconds: [Double] = []

    var median: Double {
        let s = seconds.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var min: Double { seconds.min() ?? .nan }
    var max: Double { seconds.max() ?? .nan }

    @discardableResult
    static func measure<T>(runs: Int, _ body: () throws -> T) rethrows -> (Timing, T) {
        var timing = Timing()
        var last: T? = nil
        for _ in 0..<Swift.max(1, runs) {
            let t0 = Clock.now()
            let value = try body()
            timing.seconds.append(Clock.now() - t0)
            last = value
        }
        return (timing, last!)
    }
}
