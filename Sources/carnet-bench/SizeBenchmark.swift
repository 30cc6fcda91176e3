#if canImport(Glibc)
import Glibc
#endif
import CarnetCore

/// Everything measured at one size, in a process of its own (so that the peak memory is
/// this size's and nothing else's). The store in `directory` is only read; writes go to
/// `scratch`, a copy.
struct SizeBenchmark {
    let directory: String
    let scratch: String
    let people: Int
    let runs: Int
    let today: Day

    func run() throws -> String {
        let bytes = Cache.size(of: directory)
        let baseline = Clock.peakResident()

        // Store load: read + parse + index. The first load's peak is what the app pays.
        var problems = 0
        let (load, store) = try Timing.measure(runs: runs) { () throws -> Store in
            let s = try Store.open(at: directory)
            problems = s.problems.count
            return s
        }
        let peakAfterLoad = Clock.peakResident()
        let residentAfterLoad = Clock.currentResident()
        let network = store.network

        var table = Table("== \(grouped(network.contacts.count)) people · \(grouped(network.interactions.count)) interactions · "
            + "\(grouped(network.events.count)) events · \(mb(bytes)) on disk · today \(today) ==")
        let (read, _) = Timing.measure(runs: runs) { readAll(directory) }
        table.time("read the files only (the disk bound)", read)
        table.time("store load (read + parse + index)", load,
                   note: "\(fixed(Double(bytes) / 1_048_576 / load.median, 0)) MiB/s, \(problems) problems")

        for row in plannerRows(network, today: today, runs: runs) { table.rows.append(row) }

        // The contact list's filter: keys folded once, then each keystroke narrows the last matches.
        let (keysTime, keys) = Timing.measure(runs: runs) { network.contacts.map(\.searchKey) }
        table.time("search keys, folded (once per load)", keysTime)
        var filter = IncrementalFilter(keys: keys)
        let (first, _) = Timing.measure(runs: runs) { () -> Int in
            filter.reset(); filter.type("m"); return filter.matches.count
        }
        table.time("filter keystroke '' → 'm' (full scan)", first, note: "\(grouped(filter.matches.count)) match")
        filter.reset(); filter.type("m"); filter.type("ma")
        let fromMa = filter
        var narrowed = 0
        let (keystroke, _) = Timing.measure(runs: runs) { () -> Int in
            filter = fromMa
            filter.type("mar")
            narrowed = filter.matches.count
            return narrowed
        }
        table.time("filter keystroke 'ma' → 'mar' (incremental)", keystroke,
                   note: "\(grouped(fromMa.matches.count)) → \(grouped(narrowed))")

        for row in renderRows(network, today: today, runs: runs) { table.rows.append(row) }

        // Saving, on a copy of the store: one logged interaction (append + fsync), one edited
        // contact (atomic rewrite of the contacts file: temp, fsync, rename, fsync folder).
        let writable = try Store.open(at: scratch, holdingLock: true)
        defer { writable.close() }
        let someone = writable.network.contacts[writable.network.contacts.count / 2]
        var n = 0
        let (log, _) = try Timing.measure(runs: runs) { () throws -> Int in
            n += 1
            return try writable.log(Interaction(date: today, people: [someone.id], kind: "coffee",
                                                 exchange: .gave("bench \(n)"), note: "carnet-bench")).line
        }
        table.time("log one interaction (append + fsync)", log)
        let (edit, _) = try Timing.measure(runs: runs) { () throws -> Int in
            n += 1
            var changed = someone
            changed.company = "Bench Company \(n)"
            try writable.update(changed)
            return n
        }
        table.time("edit one contact (atomic rewrite of contacts)", edit, note: "\(mb(Cache.size(of: scratch) - 0)) store")

        table.value("peak memory after the first load (ru_maxrss)", mb(peakAfterLoad),
                    note: "process baseline \(mb(baseline)), resident after \(runs) loads \(mb(residentAfterLoad))")
        table.value("peak memory at the end (ru_maxrss)", mb(Clock.peakResident()))
        return table.render()
    }

    /// Reads every file into memory and drops it: what the loader cannot beat.
    private func readAll(_ directory: String) -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        for name in ["contacts", "circles", "events", "goals", "journal"] {
            let fd = open(directory + "/" + name, O_RDONLY)
            guard fd >= 0 else { continue }
            var s = stat()
            fstat(fd, &s)
            var whole = [UInt8]()
            whole.reserveCapacity(Int(s.st_size))
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                whole.append(contentsOf: buffer[0..<n])
            }
            total += whole.count
            close(fd)
        }
        return total
    }
}

/// The planner, goals and stats rows (they appear once those land on main).
func plannerRows(_ network: Network, today: Day, runs: Int) -> [(String, String, String, String, String)] {
    var t = Table("")
    t.skipped("reconnect planner for today", "planner not on main yet")
    t.skipped("goals and stats", "not on main yet")
    return t.rows
}

/// Rendering each pane into the canvas (once CarnetUI's views land on main).
func renderRows(_ network: Network, today: Day, runs: Int) -> [(String, String, String, String, String)] {
    var t = Table("")
    t.skipped("render panes into the canvas", "UI not on main yet")
    return t.rows
}

/// The contact list's live filter, as the app should do it: every contact's folded search
/// key is computed once; a keystroke that extends the query only re-checks the contacts
/// that matched before it.
struct IncrementalFilter {
    let keys: [String]
    private(set) var query = ""
    private(set) var matches: [Int]

    init(keys: [String]) {
        self.keys = keys
        matches = Array(keys.indices)
    }

    mutating func reset() {
        query = ""
        matches = Array(keys.indices)
    }

    mutating func type(_ newQuery: String) {
        let folded = Folding.key(newQuery)
        let candidates = folded.hasPrefix(query) ? matches : Array(keys.indices)
        matches = candidates.filter { Folding.matches(query: folded, in: keys[$0]) }
        query = folded
    }
}
