#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Promise 8 of docs/reliability.md: when a write fails — a full disk, a file size limit, a
/// read-only folder — the user is told in words, the store on disk is exactly as it was
/// (no torn journal line, no temp file), and the next write, once there is room, succeeds.
final class ReliabilityDiskFailureTests: XCTestCase {
    var folder: ScratchFolder!
    var store: String { folder.path + "/store" }

    override func setUp() {
        folder = ScratchFolder()
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        XCTAssertEqual(CarnetProcess.run(["add", "Alice Martin"], dir: store).status, 0)
        var journal = "# carnet journal 1\n"
        for i in 0..<60 { journal += "2026-01-01 call @alice-martin note:\"padding \(i)\"\n" }
        folder.write("store/journal", journal)
    }

    func files() -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for name in TortureFiles.list(store) where name != ".lock" { out[name] = TortureFiles.bytes(store + "/" + name) }
        return out
    }

    /// Runs carnet with a file size limit of `bytes` (SIGXFSZ ignored, so the write fails
    /// with EFBIG as a full disk fails with ENOSPC, part-way through).
    func runLimited(_ bytes: Int, _ args: [String]) -> CarnetProcess.Result {
        let words = ["prlimit", "--fsize=\(bytes)", CarnetProcess.binary] + args
        let line = "trap '' XFSZ; CARNET_DIR=\(TmuxSession.quote(store)) CARNET_TODAY=2026-11-22 exec "
            + words.map(TmuxSession.quote).joined(separator: " ")
        let r = TortureFiles.shell(line)
        return CarnetProcess.Result(status: r.status, stdout: "", stderr: r.output)
    }

    func testAJournalAppendThatRunsOutOfRoomLeavesNoTornLineAndTheNextOneWorks() throws {
        guard TortureFiles.which("prlimit") else { throw XCTSkip("prlimit is not installed") }
        let before = files()
        let size = before["journal"]!.count
        let r = runLimited(size + 10, ["log", "alice", "--note", "a line longer than the ten bytes left"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "carnet: cannot write \(store)/journal: File too large\n")
        XCTAssertEqual(files(), before, "the journal is cut back to where it was: no torn line")
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).status, 0)
        let again = CarnetProcess.run(["log", "alice", "--note", "now there is room"], dir: store)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(StoreSnapshot.read(store).interactions, 61)
    }

    func testARewriteThatRunsOutOfRoomLeavesTheFileAndNoTempFile() throws {
        guard TortureFiles.which("prlimit") else { throw XCTSkip("prlimit is not installed") }
        let before = files()
        let r = runLimited(before["contacts"]!.count + 5, ["add", "Bob Leroy", "--company", "A company name too long to fit"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix("carnet: cannot write \(store)/.contacts.tmp-"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix(": File too large\n"), r.stderr)
        XCTAssertEqual(files(), before, "contacts unchanged, the temp file removed")
        XCTAssertEqual(CarnetProcess.run(["add", "Bob Leroy"], dir: store).status, 0)
        XCTAssertEqual(StoreSnapshot.read(store).contacts, 2)
    }

    /// A real full disk: a 256 KiB tmpfs in a private mount namespace (root only; skipped
    /// where `unshare`/`mount` are not allowed).
    func testARealFullDiskIsReportedAndNothingIsLost() throws {
        guard getuid() == 0, TortureFiles.which("unshare") else { throw XCTSkip("needs root and unshare for a tmpfs") }
        let mount = folder.path + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let b = TmuxSession.quote(CarnetProcess.binary)
        let script = """
            set -u
            mount -t tmpfs -o size=256k tmpfs \(mount) || exit 77
            export CARNET_DIR=\(mount)/store CARNET_TODAY=2026-11-22
            \(b) init >/dev/null && \(b) add 'Alice Martin' >/dev/null || exit 3
            # The journal fills its page exactly, so the next line needs a page the disk has not.
            { printf '# carnet journal 1\\n#'; head -c 4075 /dev/zero | tr '\\0' x; printf '\\n'; } > \(mount)/store/journal
            dd if=/dev/zero of=\(mount)/filler bs=1k count=1000 2>/dev/null
            echo "journal size: $(stat -c %s \(mount)/store/journal)"
            cp -a \(mount)/store \(folder.path)/before
            o=$(\(b) add 'Bob Leroy' 2>&1); echo "add: $o status $?"
            o=$(\(b) log alice --note 'on a full disk' 2>&1); echo "log: $o status $?"
            o=$(\(b) edit alice --company 'Full Disk Inc' 2>&1); echo "edit: $o status $?"
            echo "same: $(diff -r \(folder.path)/before \(mount)/store >/dev/null && echo yes || echo no)"
            echo "temps: $(ls -a \(mount)/store | grep -c tmp-)"
            rm \(mount)/filler
            o=$(\(b) add 'Bob Leroy' 2>&1); echo "after: $o status $?"
            echo "check: $(\(b) check 2>&1)"
            """
        let r = TortureFiles.shell("unshare -m --propagation private sh -c \(TmuxSession.quote(script))")
        if r.status == 77 { throw XCTSkip("cannot mount a tmpfs here: \(r.output)") }
        let lines = r.output.split(separator: "\n").map(String.init)
        func value(_ key: String) -> String { lines.first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) } ?? "?" }
        XCTAssertTrue(value("add").hasPrefix("carnet: cannot write \(mount)/store/.contacts.tmp-"), r.output)
        XCTAssertTrue(value("add").contains(": No space left on device"), r.output)
        XCTAssertTrue(value("add").hasSuffix(" status 1"), r.output)
        XCTAssertEqual(value("journal size"), "4096", r.output)
        XCTAssertEqual(value("log"), "carnet: cannot write \(mount)/store/journal: No space left on device status 1", r.output)
        XCTAssertTrue(value("edit").contains("No space left on device"), r.output)
        XCTAssertEqual(value("temps"), "0", r.output)
        XCTAssertEqual(value("after"), "Added Bob Leroy (bob-leroy) status 0", r.output)
        XCTAssertTrue(value("check").hasPrefix("ok: 2 people"), r.output)
        XCTAssertEqual(value("same"), "yes", "failed writes change nothing: \(r.output)")
        Torture.report("disk full (tmpfs): add → '\(value("add"))'; log → '\(value("log"))'; edit → '\(value("edit"))'; then after freeing space → '\(value("after"))'")
    }

    /// A read-only folder (0500) for a user who cannot override it: nobody, when run as root.
    func testAReadOnlyFolderIsReportedAndTheNextWriteAfterRestoringWorks() throws {
        let before = files()
        var prefix = ""
        if getuid() == 0 {
            guard TortureFiles.which("setpriv") else { throw XCTSkip("root without setpriv cannot be refused a write") }
            // nobody must reach the store and the binary: the scratch folder is 0755 under /tmp.
            chmod(folder.path, 0o755)
            XCTAssertEqual(TortureFiles.shell("chown -R 65534:65534 \(TmuxSession.quote(store))").status, 0)
            prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups "
        }
        chmod(store, 0o500)
        defer { chmod(store, 0o700) }
        let line = "CARNET_DIR=\(TmuxSession.quote(store)) CARNET_TODAY=2026-11-22 \(prefix)"
        let add = TortureFiles.shell(line + "\(TmuxSession.quote(CarnetProcess.binary)) add 'Bob Leroy'")
        XCTAssertEqual(add.status, 1, add.output)
        XCTAssertTrue(add.output.hasPrefix("carnet: cannot "), add.output)
        XCTAssertTrue(add.output.hasSuffix(": Permission denied\n"), add.output)
        XCTAssertEqual(files(), before, "nothing changed")
        let list = TortureFiles.shell(line + "\(TmuxSession.quote(CarnetProcess.binary)) list")
        XCTAssertEqual(list.status, 0, "reading still works: \(list.output)")
        chmod(store, 0o700)
        let again = TortureFiles.shell(line + "\(TmuxSession.quote(CarnetProcess.binary)) add 'Bob Leroy'")
        XCTAssertEqual(again.status, 0, again.output)
        Torture.report("read-only folder: '\(add.output.trimmingCharacters(in: .newlines))'")
    }
}
