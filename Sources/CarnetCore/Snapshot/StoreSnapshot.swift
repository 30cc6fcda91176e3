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
/// lines after them are then read from text as usual. Anything else — no snapshot, another
/// build of Carnet, a damaged file, a changed store — and the store is read from text, as
/// it always is without one.
public struct StoreSnapshot: Sendable {
    struct ContactsPart: Sendable {
        /// The contacts file the part was read from.
        var digest: ContentDigest
        var contacts: [Contact]
        /// Each contact's segment in the file's document (see `Store.loadedContactSegments`).
        var segments: [Int]
        /// The file's problems (warnings only: a store with errors has no snapshot).
        var problems: [Problem]
    }

    struct JournalPart: Sendable {
        /// The journal bytes the part was read from: the whole file, ending with a line break.
        var digest: StreamDigest
        var journal: Journal
        /// Lines in those bytes.
        var lineCount: Int
        var problems: [Problem]
    }

    var contacts: ContactsPart?
    var journal: JournalPart?

    /// Bumped when what is written changes; `layout` covers the types' memory.
    private static let format = 1
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

    /// Writes the snapshot (temp file, then rename), in a folder only the user can read:
    /// it holds everything the store does. Failing is not an error: the next start reads
    /// the text instead.
    public func write(to path: String) {
        var contactsSection = SnapshotWriter()
        if let contacts { StoreSnapshot.write(contacts, to: &contactsSection) }
        var journalSection = SnapshotWriter()
        if let journal { StoreSnapshot.write(journal, to: &journalSection) }

        var file = SnapshotWriter()
        for b in StoreSnapshot.magic { file.byte(b) }
        file.uint64(StoreSnapshot.layout)
        var offset = StoreSnapshot.headerLength
        for section in [contactsSection.bytes, journalSection.bytes] {
            file.int(offset)
            file.int(section.count)
            file.int(section.withUnsafeBufferPointer { IDTable.hash($0) })
            offset += section.count
        }
        var bytes = file.bytes
        bytes += contactsSection.bytes
        bytes += journalSection.bytes
        do {
            try FileSystem.makePrivateDirectory(FileSystem.parentDirectory(path))
            try FileSystem.writeAtomically(bytes, to: path)
        } catch {}
    }

    private static func write(_ part: ContactsPart, to w: inout SnapshotWriter) {
        w.int(part.digest.length)
        w.int(part.digest.hash)
        write(part.problems, to: &w)
        w.plain(part.segments)
        ContactsCoding.write(part.contacts, to: &w)
    }

    private static func write(_ part: JournalPart, to w: inout SnapshotWriter) {
        w.int(part.digest.length)
        w.uint64(part.digest.state)
        w.uint64(part.digest.pending)
        w.int(part.lineCount)
        write(part.problems, to: &w)
        let p = part.journal.parts
        // As bytes: the reader checks them before they become entries.
        w.plain(p.entries.withUnsafeBytes { Array($0) })
        w.plain(p.extras)
        w.plain(p.texts)
        w.plain(p.groups)
        for names in [p.people, p.kinds, p.events] {
            w.int(names.count)
            for name in names { w.text(name) }
        }
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

        /// Nil when there is no snapshot, or one from another build or format.
        init?(path: String) {
            var header = [UInt8](repeating: 0, count: StoreSnapshot.headerLength)
            guard StoreSnapshot.read(path, at: 0, into: &header) else { return nil }
            var sections: [(Int, Int, Int)] = []
            let ok: Bool? = try? header.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                for b in StoreSnapshot.magic where try r.byte() != b { return false }
                guard try r.uint64() == StoreSnapshot.layout else { return false }
                for _ in 0..<2 { sections.append((try r.int(), try r.int(), try r.int())) }
                return true
            }
            guard ok == true else { return nil }
            self.path = path
            self.sections = sections
        }

        /// The contacts file the contacts part was read from (a few bytes read, nothing checked):
        /// the part is worth reading only if the file is still that.
        func contactsSource() -> ContentDigest? {
            start(of: 0, 16) { r in ContentDigest(length: try r.int(), hash: try r.int()) }
        }

        /// The journal bytes the journal part was read from, likewise.
        func journalSource() -> StreamDigest? {
            start(of: 1, 24) { r in StreamDigest(length: try r.int(), state: try r.uint64(), pending: try r.uint64()) }
        }

        func contacts() -> ContactsPart? {
            section(0) { r in
                let digest = ContentDigest(length: try r.int(), hash: try r.int())
                let problems = try StoreSnapshot.problems(&r)
                let segments = try r.plain(Int.self)
                let contacts = try ContactsCoding.read(from: &r)
                guard segments.count == contacts.count else { throw SnapshotReader.Damaged() }
                return ContactsPart(digest: digest, contacts: contacts, segments: segments, problems: problems)
            }
        }

        func journal() -> JournalPart? {
            section(1) { r in
                let digest = StreamDigest(length: try r.int(), state: try r.uint64(), pending: try r.uint64())
                let lineCount = try r.int()
                let problems = try StoreSnapshot.problems(&r)
                let entries = try StoreSnapshot.entries(&r)
                let extras = try r.plain(Journal.Extra.self)
                let texts = try r.plain(UInt8.self)
                let groups = try r.plain(Int32.self)
                var names: [[String]] = []
                for _ in 0..<3 {
                    let n = try r.count(atLeast: 8)
                    var list: [String] = []
                    list.reserveCapacity(n)
                    for _ in 0..<n { list.append(try r.text()) }
                    names.append(list)
                }
                guard let journal = Journal(parts: Journal.Parts(entries: entries, extras: extras, texts: texts, groups: groups,
                                                                 people: names[0], kinds: names[1], events: names[2]))
                else { throw SnapshotReader.Damaged() }
                return JournalPart(digest: digest, journal: journal, lineCount: lineCount, problems: problems)
            }
        }

        private func start<T>(of n: Int, _ count: Int, _ decode: (inout SnapshotReader) throws -> T) -> T? {
            let s = sections[n]
            guard s.length >= count, s.offset >= StoreSnapshot.headerLength else { return nil }
            var bytes = [UInt8](repeating: 0, count: count)
            guard StoreSnapshot.read(path, at: s.offset, into: &bytes) else { return nil }
            return bytes.withUnsafeBytes { raw in
                var r = SnapshotReader(raw)
                return try? decode(&r)
            }
        }

        /// Section `n`, checked against its hash and decoded whole; nil when empty or damaged.
        /// The file is mapped rather than read: its pages come from the page cache as they
        /// are, where reading them meant zeroing and filling as many new pages of memory.
        /// (Snapshots are replaced by renaming, never rewritten in place while mapped.)
        private func section<T>(_ n: Int, _ decode: (inout SnapshotReader) throws -> T) -> T? {
            let s = sections[n]
            guard s.length > 0, s.offset >= StoreSnapshot.headerLength else { return nil }
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, Int(st.st_size) >= s.offset + s.length else { return nil }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let start = s.offset / page * page
            let length = s.offset + s.length - start
            guard let map = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, off_t(start)),
                  map != MAP_FAILED else { return nil }
            defer { munmap(map, length) }
            let bytes = UnsafeRawBufferPointer(start: map + (s.offset - start), count: s.length)
            guard IDTable.hash(bytes.assumingMemoryBound(to: UInt8.self)) == s.hash else { return nil }
            var r = SnapshotReader(bytes)
            guard let value = try? decode(&r), r.isAtEnd else { return nil }
            return value
        }
    }

    private static func problems(_ r: inout SnapshotReader) throws -> [Problem] {
        try (0..<r.count(atLeast: 33)).map { _ in
            let file = try r.text()
            let line = try r.int()
            let message = try r.text()
            return Problem(file: file, line: line, message, severity: try r.byte() == 1 ? .error : .warning)
        }
    }

    /// The journal's entries, whose channel and exchange are checked to be cases that exist
    /// before the bytes become entries.
    private static func entries(_ r: inout SnapshotReader) throws -> [JournalEntry] {
        let raw = try r.plain(UInt8.self)
        let stride = MemoryLayout<JournalEntry>.stride
        guard raw.count % stride == 0,
              let channel = MemoryLayout<JournalEntry>.offset(of: \.channel),
              let exchange = MemoryLayout<JournalEntry>.offset(of: \.exchange) else { throw SnapshotReader.Damaged() }
        let n = raw.count / stride
        try raw.withUnsafeBufferPointer { b in
            for i in 0..<n where Int(b[i * stride + channel]) >= Channel.allCases.count
                || Int(b[i * stride + exchange]) >= Exchange.Kind.allCases.count {
                throw SnapshotReader.Damaged()
            }
        }
        return [JournalEntry](unsafeUninitializedCapacity: n) { buffer, initialized in
            raw.withUnsafeBytes { if n > 0 { memcpy(buffer.baseAddress!, $0.baseAddress!, n * stride) } }
            initialized = n
        }
    }

    /// Magic, layout, and three numbers for each of the two sections.
    private static let headerLength = 16 + 8 + 2 * 3 * 8

    /// A hash of what the snapshot's bytes depend on besides `format`: the entries' memory
    /// layout and the contact's fields, so that a build of Carnet whose types differ never
    /// reads a snapshot written by another.
    static let layout: UInt64 = {
        var text = "format \(format);"
        func describe<T>(_ type: T.Type) { text += "\(T.self) \(MemoryLayout<T>.size) \(MemoryLayout<T>.stride);" }
        describe(JournalEntry.self)
        describe(Journal.Extra.self)
        describe(TextSpan.self)
        describe(Day.self)
        text += "\(MemoryLayout<JournalEntry>.offset(of: \.channel) ?? -1) \(MemoryLayout<JournalEntry>.offset(of: \.exchange) ?? -1);"
        text += "channels \(Channel.allCases.map(\.rawValue)); exchanges \(Exchange.Kind.allCases.count);"
        text += "contact " + Mirror(reflecting: Contact(id: "", name: "")).children.compactMap(\.label).joined(separator: ",")
        let bytes = Array(text.utf8)
        return UInt64(bitPattern: Int64(bytes.withUnsafeBufferPointer { IDTable.hash($0) }))
    }()

    /// Reads `bytes.count` bytes at `offset`; false when the file is missing or shorter.
    private static func read(_ path: String, at offset: Int, into bytes: inout [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}
