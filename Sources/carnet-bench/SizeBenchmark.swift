#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import CarnetUI

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

        // Store load as the app does it: read + parse + index, and the contacts ordered by name
        // (on the main thread while the journal's is still reading). The first load's peak is
        // what the app pays; the previous store is released before each further load, so only
        // one is alive.
        var problems = 0
        var load = Timing()
        var loaded: Store? = nil
        var peakAfterLoad = 0
        for run in 0..<max(1, runs) {
            loaded = nil
            let t0 = Clock.now()
            let s = try Store.open(at: directory, ordersByName: true)
            load.seconds.append(Clock.now() - t0)
            if run == 0 { peakAfterLoad = Clock.peakResident() }
            problems = s.problems.count
            loaded = s
        }
        let store = loaded!
        let residentAfterLoad = Clock.currentResident()
        let network = store.network

        var table = Table("== \(grouped(network.contacts.count)) people · \(grouped(network.interactions.count)) interactions · "
            + "\(grouped(network.events.count)) events · \(mb(bytes)) on disk · today \(today) ==")
        let (read, _) = Timing.measure(runs: runs) { readAll(directory) }
        table.time("read the files only (the disk bound)", read)
        table.time("store load (read + parse + index + name order)", load,
                   note: "\(fixed(Double(bytes) / 1_048_576 / load.median, 0)) MiB/s, \(problems) problems")

        // The same store from its snapshot, as the app starts when the files have not changed
        // since the last start: the snapshot written once (as the app does, after its first
        // screen, on the other core), then loaded.
        let place = scratch + "/.snapshot/store.snapshot"  // removed with the scratch copy
        let t0 = Clock.now()
        if let (snapshot, at) = try Store.open(at: directory, snapshot: place).takeSnapshot() { snapshot.write(to: at) }
        let written = Clock.now() - t0
        var fromSnapshot = Timing()
        var taken = ""
        for _ in 0..<max(1, runs) {
            let t = Clock.now()
            let s = try Store.open(at: directory, snapshot: place, ordersByName: true, writesSnapshot: false)
            fromSnapshot.seconds.append(Clock.now() - t)
            taken = s.takenFromSnapshot.map(\.rawValue).sorted().joined(separator: " and ")
        }
        var file = stat()
        stat(place, &file)
        table.time("store load from its snapshot", fromSnapshot, note: "\(taken) taken, \(mb(Int(file.st_size)))")
        table.value("load from text and write the snapshot (once)", ms(written))

        for row in plannerRows(network, today: today, runs: runs) { table.rows.append(row) }

        // The app's own state and views, as the first screen and each keystroke use them.
        let (stateTime, state) = Timing.measure(runs: runs) {
            AppState(network: network, today: today, width: 120, height: 40)
        }
        table.time("app state for the first screen (the contact list)", stateTime)
        var renders = Timing()
        var renderPanes: [AppState] = [state]
        for _ in 0..<2 {
            var next = renderPanes.last!
            _ = App.update(&next, .key(.tab))
            renderPanes.append(next)
        }
        // A pane shown first computes what it shows (unless idle seconds prepared it).
        for (name, from) in zip(["map", "month"], renderPanes) {
            let (t, _) = Timing.measure(runs: runs) { () -> AppState in
                var next = from
                _ = App.update(&next, .key(.tab))
                return next
            }
            table.time("switch to the \(name) pane (Tab), computed on the spot", t)
        }
        for (name, pane) in zip(["contacts", "map", "month"], renderPanes) {
            let (t, canvas) = Timing.measure(runs: runs) { RootView.render(pane) }
            table.time("render the \(name) pane into the canvas", t, note: "\(canvas.width)×\(canvas.height)")
            renders.seconds.append(t.median)
        }
        table.value("first screen in process (load + state + render)", ms(load.median + stateTime.median + renders.seconds[0]))
        // What keeping a first screen costs besides it: the frames for the first keys
        // (`FirstKeys`), made on another core when a session starts, here when it quits.
        let first = RootView.render(state)
        for acrossPanes in [false, true] {
            let (t, answers) = Timing.measure(runs: runs) { FirstKeys.answers(from: state, first: first, acrossPanes: acrossPanes) }
            table.time(acrossPanes ? "frames kept for the first keys (all panes prepared)" : "frames kept for the first keys on the list (quit, first frame)",
                       t, note: "\(answers.count) frames, \(mb(answers.reduce(0) { $0 + $1.count }))")
        }

        // The contact list's filter, through the app's update: '/' then 'm' (which folds every
        // contact's search key once), then 'a', then the measured keystroke 'r'.
        var filtering = state
        _ = App.update(&filtering, .key(.char("/")))
        let beforeM = filtering
        var rowsAfterM = 0
        let (firstKey, _) = Timing.measure(runs: runs) { () -> Int in
            var s = beforeM
            _ = App.update(&s, .key(.char("m")))
            rowsAfterM = s.contacts.rows.count
            return rowsAfterM
        }
        table.time("filter keystroke 'm' (first: folds all search keys)", firstKey, note: "\(grouped(rowsAfterM)) rows")
        _ = App.update(&filtering, .key(.char("m")))
        _ = App.update(&filtering, .key(.char("a")))
        let beforeR = filtering
        var rowsAfterR = 0
        let (keystroke, _) = Timing.measure(runs: runs) { () -> Int in
            var s = beforeR
            _ = App.update(&s, .key(.char("r")))
            rowsAfterR = s.contacts.rows.count
            return rowsAfterR
        }
        table.time("filter keystroke 'ma' → 'mar' (incremental)", keystroke,
                   note: "\(grouped(beforeR.contacts.rows.count)) → \(grouped(rowsAfterR)) rows")
        var afterR = beforeR
        _ = App.update(&afterR, .key(.char("r")))
        let (filteredRender, _) = Timing.measure(runs: runs) { RootView.render(afterR) }
        table.time("render the filtered list", filteredRender)

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

/// The planner, goals and stats rows.
func plannerRows(_ network: Network, today: Day, runs: Int) -> [(String, String, String, String, String)] {
    var t = Table("")
    let (plan, list) = Timing.measure(runs: runs) { ReconnectPlanner.plan(network, today: today) }
    t.time("reconnect planner for today", plan, note: "\(list.count) suggestions")
    let (goals, statuses) = Timing.measure(runs: runs) { () -> Int in
        GoalProgress.month(network, month: today.month, today: today).count + GoalProgress.streak(network, today: today)
    }
    t.time("goals: this month's progress + streak", goals, note: "\(network.goals.count) goals, \(statuses - network.goals.count) months streak")
    let (stats, computed) = Timing.measure(runs: runs) { NetworkStats.compute(network, today: today) }
    t.time("network stats (carnet stats: growth, balance, circles, diversity)", stats,
           note: "\(computed.circles.count) circles, \(computed.bridges.count) bridges")
    return t.rows
}
