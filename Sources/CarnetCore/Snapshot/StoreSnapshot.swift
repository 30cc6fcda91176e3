#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a load read from the contacts file and the journal, kept in binary form in the
/// user's cache folder so that the next start does not parse them again (docs/store-format.md,
/// "The snapshot"). The text files stay the only truth: a part of the snapshot is used
/// only when the file it came from is, byte for byte, what it was (its length and hash),
/// and for the journal, which only grows, when the file still begins with those bytes; the
/// lines after them are then read from text as usual. A file whose fingerprint is still the
/// one it had when its part was made, settled then (`isSettled`), is taken for the same
/// bytes without reading them again. Anything else — no snapshot, another
/// build of Carnet, a damaged file, a changed store — and the store is read from text, as
/// it always is without one.
public struct StoreSnapshot: Sendable {
    struct ContactsPart: Sendable {
        /// The contacts file the part was read from.
        var digest: ContentDigest
        /// That file's fingerprint then, when it was settled (`FileSystem.Fingerprint.isSettled`).
        var source: FileSystem.Fingerprint?
        var contacts: [Contact]
        /// Each contact's segment in the file's document (see `Store.loadedContactSegments`).
        var segments: [Int]
        /// The file's problems: in practice none, as parsing finds only errors and a store
        /// with errors leaves no snapshot.
        var problems: [Problem]
        /// Every position in `contacts`, by name (`Network.byName`): from the snapshot, or
        /// sorted by a load that orders by name; else nil, and the writer sorts them.
        var byName: [Int]? = nil
        /// The hash of each contact's record (`RecordHashes`): after an outside edit, the
        /// records still the same are taken from here. Empty when the load did not hash them
        /// (a load that writes no snapshot).
        var recordHashes: [Int] = []
        /// The contacts' ids, when the part was read with them indexed (not written).
        var index: ContactIndex? = nil
    }

    struct JournalPart: Sendable {
        /// The journal bytes the part was read from: the file up to its last line break.
        var digest: StreamDigest
        /// The whole file's fingerprint then, when it was settled: found again, the file is
        /// still those bytes (and an unfinished last line, if it had one).
        var source: FileSystem.Fingerprint?
        var journal: Journal
        /// Lines in those bytes.
        var lineCount: Int
        var problems: [Problem]
        /// Its lines grouped by person, as the load grouped them; grouped by the writer when
        /// not given. A start that takes the part and no line after it need not group them
        /// again (15 ms of the journal's core at 100,000 people).
        var linesByPerson: Journal.LinesByPerson? = nil
    }

    var contacts: ContactsPart?
    var journal: JournalPart?

    /// Bumped when what is written changes; `layout` covers the types' memory.
    private static let format = 6
    private static let magic = Array("carnet snapshot\n".utf8)

    /// Where the snapshot of the store in `directory` is kept:
    /// `$XDG_CACHE_HOME/carnet/` (else `~/.cache/carnet/`), one file per store, named after
    /// a hash of the store's full path. Nil when there is no such folder to use or when
    /// `CARNET_NO_SNAPSHOT` is set.
    public static func place(forStore directory: String) -> String? {
        if getenv("CARNET_NO_SNAPSHOT") != nil { return nil }
        let cache: String
        if let xdg = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), xdg.hasPrefix("/") {
            cache = xdg
        } else if let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") {
            cache = home + "/.cache"
        } else {
            return nil
        }
        guard let full = realpath(directory, nil) else { return nil }
        defer { free(full) }
        let path = Array(String(cString: full).utf8)
        let hash = UInt64(bitPattern: Int64(path.withUnsafeBufferPointer { IDTable.hash($0) }))
        let name = String(hash, radix: 16)
        return cache + "/carnet/" + String(repeating: "0", count: 16 - name.count) + name + ".snapshot"
    }

    // MARK: - Writing

    /// Writes the snapshot (temp file, then rename) as a file only the user can read (0600,
    /// in a folder made 0700 if it is made here): it holds everything the store does.
    /// Failing is not an error: the next start reads the text instead. (Not synced: a
    /// snapshot cut short by a crash fails its hashes.)
    public func write(to path: String) {
        StoreSnapshot.makeFolder(for: path)
        let temp = FileSystem.tempPath(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        var done = false
        defer {
            close(fd)
            if !done { unlink(temp) }
        }
        // The header is written last, where it was left blank: it gives each section's
        // place, length and hash.
        var w = SnapshotWriter(file: fd)
        for _ in 0..<StoreSnapshot.headerLength { w.byte(0) }
        var sections: [(offset: Int, length: Int, hash: Int)] = []
        for n in 0..<2 {
            let offset = w.offset
            w.startSection()
            if n == 0, let contacts { StoreSnapshot.write(contacts, to: &w) }
            if n == 1, let journal { StoreSnapshot.write(journal, to: &w) }
            sections.append((offset, w.offset - offset, w.sectionHash))
        }
        w.flush()
        var header = SnapshotWriter()
        for b in StoreSnapshot.magic { header.byte(b) }
        header.uint64(StoreSnapshot.layout)
        for section in sections {
            header.int(section.offset)
            header.int(section.length)
            header.int(section.hash)
        }
        guard !w.failed, header.bytes.withUnsafeBytes({ pwrite(fd, $0.baseAddress, $0.count, 0) }) == header.bytes.count,
              rename(temp, path) == 0 else { return }
        done = true
        FileSystem.removeStaleTempFiles(of: path)
    }

    /// Makes the snapshot's folder if it is missing, private; one that exists is left as it
    /// is (the path may be anywhere: `carnet-bench load --snapshot /tmp/x` must not make /tmp
    /// private).
    public static func makeFolder(for path: String) {
        let folder = FileSystem.parentDirectory(path)
        if !FileSystem.isDirectory(folder) { try? FileSystem.makePrivateDirectory(folder) }
    }

    /// Snapshots not written nor taken for this long are of stores no longer opened (moved,
    /// deleted, a test's): removed when another is written (`removeForgotten`), so that the
    /// cache folder does not grow. (A start that takes parts of a snapshot marks it used; a
    /// writer sets its lock file's time when it takes the lock.)
    static let forgottenAfterDays = 90

    /// Removes, beside `path`, the snapshots and lock files not used for
    /// `forgottenAfterDays`, each by its own time, and with a snapshot its first screen
    /// (`FirstScreenFile`; one without its snapshot by its own time); only names
    /// `place(forStore:)` gives (and `.lock` or `.screen` after them), in the app's cache
    /// folder.
    public static func removeForgotten(besides path: String, now: time_t = time(nil)) {
        let folder = FileSystem.parentDirectory(path)
        for name in FileSystem.names(in: folder) {
            let other = folder + "/" + name
            let base = name.hasSuffix(".snapshot.lock") ? String(name.dropLast(5))
                : name.hasSuffix(".snapshot.screen") ? String(name.dropLast(7)) : name
            // A first screen whose snapshot is gone is gone with it, once old too.
            if base != name, name.hasSuffix(".screen"), FileSystem.exists(folder + "/" + base) { continue }
            var st = stat()
            guard base.hasSuffix(".snapshot"), base.utf8.count == 25, base.utf8.prefix(16).allSatisfy({ $0.isHexDigit }),
                  other != path, other != path + ".lock", other != FirstScreenFile.place(besideSnapshot: path),
                  stat(other, &st) == 0, st.st_mode & S_IFMT == S_IFREG,
                  now - st.st_mtim.tv_sec > time_t(forgottenAfterDays * 86_400) else { continue }
            unlink(other)
            // A first screen goes with its snapshot (shown or not, its time says nothing).
            if base == name { unlink(FirstScreenFile.place(besideSnapshot: other)) }
        }
    }

    /// Marks the snapshot at `path` used (its time set to now), so that it is not taken for
    /// a forgotten one: a start that takes everything from it does not write it again.
    static func markUsed(_ path: String) {
        _ = utimensat(AT_FDCWD, path, nil, AT_SYMLINK_NOFOLLOW)
    }

    private static func write(_ part: ContactsPart, to w: inout SnapshotWriter) {
        w.digest(part.digest)
        w.fingerprint(part.source)
        write(part.problems, to: &w)
        w.plain(part.segments)
        ContactsCoding.write(part.contacts, to: &w)
        w.plain(part.byName ?? NameOrder.sorted(Array(part.contacts.indices), in: part.contacts))
        w.plain(part.recordHashes)
    }

    private static func write(_ part: JournalPart, to w: inout SnapshotWriter) {
        w.digest(part.digest)
        w.fingerprint(part.source)
        w.int(part.lineCount)
        write(part.problems, to: &w)
        let p = part.journal.parts
        w.plain(p.entries, fields: JournalEntry.fields)
        w.plain(p.extras, fields: Journal.Extra.fields)
        w.plain(p.texts)
        w.plain(p.groups)
        for names in [p.people, p.kinds, p.events] { w.texts(names) }
        let byPerson = part.linesByPerson ?? part.journal.linesByPerson()
        w.plain(byPerson.lines)
        w.plain(byPerson.starts)
    }

    private static func write(_ problems: [Problem], to w: inout SnapshotWriter) {
        w.int(problems.count)
        for p in problems {
            w.text(p.file)
            w.int(p.line)
            w.text(p.message)
            w.byte(p.severity == .error ? 1 : 0)
        }
    }

    // MARK: - Reading

    /// A snapshot file whose header was read; each part is read when asked for, so that the
    /// loader's two threads read theirs at the same time.
    struct Reader: Sendable {
        let path: String
        private let sections: [(offset: Int, length: Int, hash: Int)]

        /// Nil when there is no snapshot, or one from another build or format, or one whose
        /// sections are not all within the file.
        init?(path: String) {
            var header = [UInt8](repeating: 0, count: StoreSnapshot.headerLength)
            guard let size = StoreSnapshot.read(path, at: 0, into: &header) else { return nil }
            var sections: [(Int, Int, Int)] = []
            let ok: Bool? = try? header.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                for b in StoreSnapshot.magic where try r.byte() != b { return false }
                guard try r.uint64() == StoreSnapshot.layout else { return false }
                for _ in 0..<2 {
                    let (offset, length, hash) = (try r.int(), try r.int(), try r.int())
                    guard offset >= StoreSnapshot.headerLength, offset <= size, length >= 0, length <= size - offset else { return false }
                    sections.append((offset, length, hash))
                }
                return true
            }
            guard ok == true else { return nil }
            self.path = path
            self.sections = sections
        }

        /// The contacts file the contacts part was read from, and its settled fingerprint then
        /// (a few bytes read, nothing checked): the part is worth reading only if the file is
        /// still that.
        func contactsSource() -> (digest: ContentDigest, file: FileSystem.Fingerprint?)? {
            sectionStart(0, 16 + SnapshotWriter.fingerprintLength) { r in (try r.contentDigest(), try r.fingerprint()) }
        }

        /// The journal bytes the journal part was read from, likewise.
        func journalSource() -> (digest: StreamDigest, file: FileSystem.Fingerprint?)? {
            sectionStart(1, 72 + SnapshotWriter.fingerprintLength) { r in (try r.streamDigest(), try r.fingerprint()) }
        }

        /// The contacts part; `indexing`, with the index of their ids (`ContactsCoding`).
        func contacts(indexing: Bool = false) -> ContactsPart? {
            section(0) { r in
                let digest = try r.contentDigest()
                let source = try r.fingerprint()
                let problems = try StoreSnapshot.problems(&r)
                let segments = try r.plain(Int.self)
                let (contacts, index) = try ContactsCoding.read(from: &r, indexing: indexing)
                let byName = try r.plain(Int.self)
                let recordHashes = try r.plain(Int.self)
                // Segments are places in the file's document, in file order.
                guard segments.count == contacts.count, zip(segments, segments.dropFirst()).allSatisfy({ $0 < $1 }),
                      segments.first.map({ $0 >= 0 }) ?? true,
                      StoreSnapshot.isPermutation(byName, of: contacts.count),
                      recordHashes.isEmpty || recordHashes.count == contacts.count else { throw SnapshotReader.Damaged() }
                return ContactsPart(digest: digest, source: source, contacts: contacts, segments: segments, problems: problems,
                                    byName: byName, recordHashes: recordHashes, index: index)
            }
        }

        func journal() -> JournalPart? {
            section(1) { r in
                let digest = try r.streamDigest()
                let source = try r.fingerprint()
                let lineCount = try r.int()
                let problems = try StoreSnapshot.problems(&r)
                let entries = try StoreSnapshot.entries(&r)
                let extras = try r.plain(Journal.Extra.self)
                let texts = try r.plain(UInt8.self)
                let groups = try r.plain(Int32.self)
                let names = [try r.texts(), try r.texts(), try r.texts()]
                let byPerson = Journal.LinesByPerson(lines: try r.plain(Int32.self), starts: try r.plain(Int.self))
                guard lineCount >= 0, let journal = Journal(parts: Journal.Parts(entries: entries, extras: extras, texts: texts, groups: groups,
                                                                 people: names[0], kinds: names[1], events: names[2])),
                      byPerson.fits(journal)
                else { throw SnapshotReader.Damaged() }
                return JournalPart(digest: digest, source: source, journal: journal, lineCount: lineCount, problems: problems,
                                   linesByPerson: byPerson)
            }
        }

        /// The first `count` bytes of section `n`, decoded (not checked against the hash).
        private func sectionStart<T>(_ n: Int, _ count: Int, _ decode: (inout SnapshotReader) throws -> T) -> T? {
            let s = sections[n]
            guard s.length >= count else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            guard StoreSnapshot.read(path, at: s.offset, into: &bytes) != nil else { return nil }
            return bytes.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                return try? decode(&r)
            }
        }

        /// Section `n`, checked against its hash and decoded whole; nil when empty or damaged.
        /// The file is mapped rather than read: its pages come from the page cache as they
        /// are, where reading them meant zeroing and filling as many new pages of memory.
        /// (Snapshots are replaced by renaming, never rewritten in place: the mapping stays
        /// what was checked.)
        private func section<T>(_ n: Int, _ decode: (inout SnapshotReader) throws -> T) -> T? {
            let s = sections[n]
            guard s.length > 0, let fd = StoreSnapshot.openRegularFile(path) else { return nil }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, s.offset <= Int(st.st_size), s.length <= Int(st.st_size) - s.offset else { return nil }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let start = s.offset / page * page
            let length = s.offset + s.length - start
            // Its pages are mapped as the hash reads them (the kernel maps 16 at each fault),
            // not all in the `mmap` call (`MAP_POPULATE`): mapping the journal's 55 MB at once
            // at 100,000 people held the process's memory map for 3 ms, and the main thread's
            // own allocations waited for it (timestamps in the app).
            guard let map = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, off_t(start)),
                  map != MAP_FAILED else { return nil }
            defer { munmap(map, length) }
            let bytes = UnsafeRawBufferPointer(start: map + (s.offset - start), count: s.length)
            var digest = StreamDigest()
            digest.add(bytes.assumingMemoryBound(to: UInt8.self))
            guard digest.hash == s.hash else { return nil }
            var r = SnapshotReader(bytes, mapping: map)
            guard let value = try? decode(&r), r.isAtEnd else { return nil }
            return value
        }
    }

    /// Whether `order` holds each of `0..<count` once.
    static func isPermutation(_ order: [Int], of count: Int) -> Bool {
        guard order.count == count else { return false }
        var seen = [Bool](repeating: false, count: count)
        for p in order {
            guard p >= 0, p < count, !seen[p] else { return false }
            seen[p] = true
        }
        return true
    }

    private static func problems(_ r: inout SnapshotReader) throws -> [Problem] {
        try (0..<r.count(atLeast: 25)).map { _ in
            let file = try r.text()
            let line = try r.int()
            let message = try r.text()
            return Problem(file: file, line: line, message, severity: try r.byte() == 1 ? .error : .warning)
        }
    }

    /// The journal's entries, whose channel and exchange are checked to be cases that exist
    /// before the bytes become entries.
    private static func entries(_ r: inout SnapshotReader) throws -> [JournalEntry] {
        let raw = try r.plainMemory(of: JournalEntry.self)
        let stride = MemoryLayout<JournalEntry>.stride
        guard let channel = MemoryLayout<JournalEntry>.offset(of: \.channel),
              let exchange = MemoryLayout<JournalEntry>.offset(of: \.exchange) else { throw SnapshotReader.Damaged() }
        for i in 0..<(raw.count / stride) where Int(raw[i * stride + channel]) >= Channel.allCases.count
            || Int(raw[i * stride + exchange]) >= Exchange.Kind.allCases.count {
            throw SnapshotReader.Damaged()
        }
        return SnapshotReader.copy(raw, as: JournalEntry.self)
    }

    /// Magic, layout, and three numbers for each of the two sections.
    private static let headerLength = 16 + 8 + 2 * 3 * 8

    /// A hash of what the snapshot's bytes depend on besides `format`: the program itself
    /// (its file's size, time and inode), for a snapshot holds the results of this build's
    /// parsing — the channel it gives each kind, its messages — so a snapshot written by
    /// another build is never read. Where the program's file cannot be found (no `/proc`, or
    /// the program started through the dynamic loader, which `/proc` then names), the
    /// entries' memory layout and the contact's fields instead: described through the
    /// runtime's reflection, which took 1 ms of every start (type names, a `Mirror`).
    static let layout: UInt64 = {
        var text = "format \(format);"
        var exe = stat()
        if !isDynamicLoader(programPath() ?? ""), stat("/proc/self/exe", &exe) == 0 {
            text += "exe \(exe.st_size) \(exe.st_mtim.tv_sec).\(exe.st_mtim.tv_nsec) \(exe.st_ino);"
        } else {
            func describe<T>(_ type: T.Type) { text += "\(T.self) \(MemoryLayout<T>.size) \(MemoryLayout<T>.stride);" }
            describe(JournalEntry.self)
            describe(Journal.Extra.self)
            describe(TextSpan.self)
            describe(Day.self)
            text += "\(MemoryLayout<JournalEntry>.offset(of: \.channel) ?? -1) \(MemoryLayout<JournalEntry>.offset(of: \.exchange) ?? -1);"
            text += "channels \(Channel.allCases.map(\.rawValue)); exchanges \(Exchange.Kind.allCases.count);"
            text += "contact " + Mirror(reflecting: Contact(id: "", name: "")).children.compactMap(\.label).joined(separator: ",")
        }
        let bytes = Array(text.utf8)
        return UInt64(bitPattern: Int64(bytes.withUnsafeBufferPointer { IDTable.hash($0) }))
    }()

    /// The path `/proc` gives for this program, nil without `/proc`.
    private static func programPath() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { readlink("/proc/self/exe", $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4095) }
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : nil
    }

    /// Whether `path` is the dynamic loader (`/lib64/ld-linux-x86-64.so.2 carnet` runs Carnet
    /// with the loader as the process's program).
    static func isDynamicLoader(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return name.hasPrefix("ld-") || name.hasPrefix("ld.so")
    }

    /// Reads `bytes.count` bytes at `offset`; returns the file's size, nil when it is missing,
    /// not a regular file, or shorter.
    private static func read(_ path: String, at offset: Int, into bytes: inout [UInt8]) -> Int? {
        guard let fd = openRegularFile(path) else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return Int(st.st_size)
    }

    /// Opened for reading if it is a regular file (a FIFO put in its place must not block the
    /// start: it is opened without waiting, then refused).
    private static func openRegularFile(_ path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            return nil
        }
        return fd
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) }
}

extension JournalEntry {
    /// Each stored field's place and size, for `SnapshotWriter.plain(_:fields:)`.
    static let fields = [
        field(\JournalEntry.day), field(\JournalEntry.followUpDay), field(\JournalEntry.line),
        field(\JournalEntry.person), field(\JournalEntry.kind), field(\JournalEntry.extra),
        field(\JournalEntry.channel), field(\JournalEntry.exchange),
    ]
}

extension Journal.Extra {
    static let fields = [
        field(\Journal.Extra.what.start), field(\Journal.Extra.what.count), field(\Journal.Extra.note.start),
        field(\Journal.Extra.note.count), field(\Journal.Extra.event), field(\Journal.Extra.groupStart),
        field(\Journal.Extra.groupCount),
    ]
}

/// A stored field's offset in `T` and its size.
private func field<T, V>(_ key: KeyPath<T, V>) -> (offset: Int, size: Int) {
    (MemoryLayout<T>.offset(of: key)!, MemoryLayout<V>.size)
}
