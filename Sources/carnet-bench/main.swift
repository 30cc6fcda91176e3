#if canImport(Glibc)
import Glibc
#endif
import CarnetCore

/// carnet-bench: measures Carnet at 1,000, 10,000 and 100,000 people (release builds only).
///
///     carnet-bench [--sizes 1000,10000,100000] [--runs 5] [--seed 1] [--today YYYY-MM-DD] [--cache DIR]
///     carnet-bench generate --people N --dir DIR [--seed 1] [--today YYYY-MM-DD]
///     carnet-bench export --dir STORE [--abook FILE] [--vcard DIR]
///     carnet-bench load --dir STORE [--times N] [--snapshot FILE [--app yes]] (for profilers)
///     carnet-bench plan --dir STORE [--times N] [--today YYYY-MM-DD]
///     carnet-bench pages [--mib 32] [--times 5]
let usage = """
usage: carnet-bench [--sizes 1000,10000] [--runs N] [--seed S] [--today YYYY-MM-DD] [--cache DIR]
       carnet-bench generate --people N --dir DIR [--seed S] [--today YYYY-MM-DD]
       carnet-bench export --dir STORE [--abook FILE] [--vcard DIR]
       carnet-bench load --dir STORE [--times N] [--snapshot FILE [--app yes]]
       carnet-bench plan --dir STORE [--times N] [--today YYYY-MM-DD]
       carnet-bench pages [--mib 32] [--times 5]
"""

func fail(_ message: String, code: Int32 = 2) -> Never {
    let text = Array("carnet-bench: \(message)\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(code)
}

func required<T>(_ value: T?, _ message: String) -> T {
    guard let value else { fail(message) }
    return value
}

// As in the app: repeated loads then start from fresh pages, as the app's start does,
// rather than from the heap the load before left behind.
MallocPolicy.mapLargeBlocks()

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "run"
if command != "run" { arguments.removeFirst() }

var options: [String: String] = [:]
var index = 0
while index < arguments.count {
    let a = arguments[index]
    guard a.hasPrefix("--") else { fail("unexpected '\(a)'\n\(usage)") }
    if a == "--help" { print(usage); exit(0) }
    guard index + 1 < arguments.count else { fail("\(a) needs a value") }
    options[String(a.dropFirst(2))] = arguments[index + 1]
    index += 2
}

let seed = required(UInt64(options["seed"] ?? "1"), "--seed takes a whole number")
let todayText = options["today"] ?? systemToday()
let today = required(Day(todayText), "--today takes YYYY-MM-DD")

func ensureStore(people: Int, root: String) -> String {
    let dir = Cache.directory(root: root, people: people, seed: seed, today: todayText)
    if Cache.exists(dir) { return dir }
    Cache.makeDirectory(root)
    let temp = dir + ".partial-\(getpid())"
    Cache.remove(temp)
    fflush(nil)
    // In a child process, so that this one's peak memory (inherited by the measuring
    // children across exec) stays small.
    let status = Child.run(Child.ownPath, ["generate", "--people", String(people), "--seed", String(seed),
                                           "--today", todayText, "--dir", temp])
    guard status == 0 else { fail("generating \(people) people failed", code: 1) }
    rename(temp, dir)
    return dir
}

switch command {
case "generate":
    guard let people = options["people"].flatMap(Int.init), let dir = options["dir"] else { fail(usage) }
    do {
        let t0 = Clock.now()
        let s = try SyntheticNetwork.write(to: dir, people: people, seed: seed, today: today)
        print("generated \(grouped(s.people)) people, \(grouped(s.interactions)) interactions, \(grouped(s.events)) events, \(mb(s.bytes)) in \(ms(Clock.now() - t0)) → \(dir)")
    } catch {
        fail("\(error)", code: 1)
    }

case "export":
    guard let dir = options["dir"] else { fail(usage) }
    do {
        let contacts = try Store.open(at: dir).network.contacts
        if let file = options["abook"] { try Export.write(Export.abook(contacts), to: file) }
        if let vdir = options["vcard"] { try Export.writeVdir(contacts, to: vdir) }
    } catch {
        fail("\(error)", code: 1)
    }

case "load":
    // For profilers: loads the store `--times` times and nothing else, the contacts ordered by
    // name as the app has them. With `--snapshot`, from the snapshot in FILE, which is written
    // (and timed) when the load leaves one, as `carnet snapshot` does. With `--app yes`, the
    // snapshot is only read, as the app reads it: the journal is not hashed past its part, and
    // nothing is written (a first run without it writes the snapshot).
    guard let dir = options["dir"] else { fail(usage) }
    for _ in 0..<required(Int(options["times"] ?? "1"), "--times takes a number") {
        let t0 = Clock.now()
        do {
            let store = try Store.open(at: dir, snapshot: options["snapshot"], ordersByName: true,
                                   writesSnapshot: options["app"] != "yes")
            let taken = store.takenFromSnapshot.map(\.rawValue).sorted()
            print("loaded \(grouped(store.network.contacts.count)) people, \(grouped(store.network.interactions.count)) interactions, \(store.problems.count) problems in \(ms(Clock.now() - t0)); peak \(mb(Clock.peakResident())), \(grouped(Clock.pageFaults())) page faults so far"
                  + (taken.isEmpty ? "" : "; taken from the snapshot: \(taken.joined(separator: ", "))")
                  + (store.knownByFingerprint.isEmpty ? "" : " (known by their fingerprint: \(store.knownByFingerprint.map(\.rawValue).sorted().joined(separator: ", ")))")
                  + (store.reusedContacts == 0 ? "" : "; \(grouped(store.reusedContacts)) contacts taken from the snapshot, their records unchanged")
                  + (store.contactsEndTakenOver ? "; the journal's thread parsed the end of the contacts" : "")
                  + (store.journalEndTakenOver ? "; the main thread parsed the end of the journal" : ""))
            if options["app"] != "yes", let (snapshot, place) = store.takeSnapshot() {
                let t1 = Clock.now()
                snapshot.write(to: place)
                print("wrote the snapshot in \(ms(Clock.now() - t1))")
            }
        } catch {
            fail("\(error)", code: 1)
        }
    }

case "plan":
    // For profilers: loads the store once, then plans today's reconnections `--times` times.
    guard let dir = options["dir"] else { fail(usage) }
    do {
        let network = try Store.open(at: dir).network
        for _ in 0..<required(Int(options["times"] ?? "1"), "--times takes a number") {
            let t0 = Clock.now()
            let plan = ReconnectPlanner.plan(network, today: today)
            print("planned \(plan.count) suggestions among \(grouped(network.contacts.count)) people in \(ms(Clock.now() - t0))")
        }
    } catch {
        fail("\(error)", code: 1)
    }

case "pages":
    // What a fresh page of memory costs on this machine: the kernel zeroes and maps it at
    // the first write. A start touches tens of MiB (its peak), so this bounds it too.
    let mib = required(Int(options["mib"] ?? "32"), "--mib takes a number")
    var times: [Double] = []
    for _ in 0..<required(Int(options["times"] ?? "5"), "--times takes a number") {
        let length = mib << 20
        guard let map = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), map != MAP_FAILED
        else { fail("mmap failed", code: 1) }
        let bytes = map.assumingMemoryBound(to: UInt8.self)
        let t0 = Clock.now()
        for offset in stride(from: 0, to: length, by: Int(sysconf(Int32(_SC_PAGESIZE)))) { bytes[offset] = 1 }
        times.append(Clock.now() - t0)
        munmap(map, length)
    }
    let median = times.sorted()[times.count / 2]
    print("first write to \(mib) MiB of fresh pages: median \(ms(median)) (\(fixed(median * 1000 / Double(mib), 2)) ms per MiB) over \(times.count) runs")

case "measure":
    // Internal: one size, in its own process (see below).
    guard let dir = options["store"], let scratch = options["scratch"], let people = options["people"].flatMap(Int.init),
          let runs = options["runs"].flatMap(Int.init) else { fail("measure: missing options") }
    do {
        print(try SizeBenchmark(directory: dir, scratch: scratch, people: people, runs: runs, today: today).run())
    } catch {
        fail("measuring \(people) people: \(error)", code: 1)
    }

case "run":
    let sizes = (options["sizes"] ?? "1000,10000").split(separator: ",").map { required(Int($0.filter { $0 != "_" }), "--sizes takes numbers") }
    let runs = required(Int(options["runs"] ?? "5"), "--runs takes a number")
    let root = options["cache"] ?? "/tmp/carnet-bench-cache"
    #if DEBUG
    print("warning: a debug build; measure with `swift build -c release --product carnet-bench`")
    #endif
    fflush(nil)
    print("carnet-bench: sizes \(sizes.map(grouped).joined(separator: ", ")), \(runs) runs each, median shown; seed \(seed), today \(today)")
    for people in sizes {
        let store = ensureStore(people: people, root: root)
        let scratch = "/tmp/carnet-bench-scratch-\(getpid())-\(people)"
        Cache.remove(scratch)
        Cache.copy(store, to: scratch)
        fflush(nil)
        let status = Child.run(Child.ownPath, ["measure", "--store", store, "--scratch", scratch, "--people", String(people),
                                               "--runs", String(runs), "--seed", String(seed), "--today", todayText])
        Cache.remove(scratch)
        if status != 0 { fail("the measurement at \(people) people failed (exit \(status))", code: 1) }
    }

default:
    fail("unknown command '\(command)'\n\(usage)")
}
