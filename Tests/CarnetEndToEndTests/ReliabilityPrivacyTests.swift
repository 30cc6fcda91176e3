#if canImport(Glibc)
import Glibc
#endif
import CarnetCore
import Foundation
import XCTest

/// Promise 7 of docs/reliability.md: the store folder is 0700 and every file 0600 whatever
/// the umask, exports too; links are opened only as http, https or mailto, as one argument,
/// never through a shell; Carnet opens no network connection of its own.
final class ReliabilityPrivacyTests: XCTestCase {
    var folder: ScratchFolder!
    var oldMask: mode_t = 0

    override func setUp() {
        folder = ScratchFolder()
        oldMask = umask(0o022)
    }

    override func tearDown() {
        umask(oldMask)
    }

    func assertPrivate(_ dir: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(String(TortureFiles.mode(dir), radix: 8), "700", "the folder \(dir)", file: file, line: line)
        for name in TortureFiles.list(dir) {
            XCTAssertEqual(String(TortureFiles.mode(dir + "/" + name), radix: 8), "600", name, file: file, line: line)
        }
    }

    func testUnderUmask022EveryCommandLeavesTheFolder0700AndEveryFile0600() {
        let store = folder.path + "/new/nested/store"
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        assertPrivate(store)
        XCTAssertEqual(String(TortureFiles.mode(folder.path + "/new/nested"), radix: 8), "700", "folders Carnet creates are private")
        for args in [["add", "Alice Martin", "--circle", "Club"], ["log", "alice", "--gave", "advice"],
                     ["edit", "alice", "--company", "Acme"], ["event", "Meetup", "--date", "2026-11-01", "--met", "Bob"],
                     ["snooze", "bob", "--for", "2w"], ["goals", "set", "events", "2"], ["objective", "set", "business"]] {
            let r = CarnetProcess.run(args, dir: store)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            assertPrivate(store)
        }
        let export = folder.path + "/export.vcf"
        XCTAssertEqual(CarnetProcess.run(["export", "vcard", "-o", export], dir: store).status, 0)
        XCTAssertEqual(String(TortureFiles.mode(export), radix: 8), "600", "exports hold private data")
    }

    /// A store cloned from git or copied under umask 022 has 0755/0644: the first write
    /// closes it all, not only the file it rewrites.
    func testAStoreClonedWithWideModesIsMadePrivateByTheNextWrite() {
        let store = folder.path + "/store"
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        chmod(store, 0o755)
        for name in TortureFiles.list(store) { chmod(store + "/" + name, 0o644) }
        XCTAssertEqual(CarnetProcess.run(["log", "--help"], dir: store).status, 0)
        XCTAssertEqual(CarnetProcess.run(["add", "Alice Martin"], dir: store).status, 0)
        assertPrivate(store)
    }

    /// Temp files are created 0600 (never wider, whatever the umask) and only then written:
    /// seen in the system calls of a write, with strace when installed.
    func testTempFilesAreCreated0600BeforeAByteIsWritten() throws {
        guard TortureFiles.which("strace") else { throw XCTSkip("strace is not installed") }
        let store = folder.path + "/store"
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        let trace = folder.path + "/trace"
        let line = (["strace", "-f", "-qq", "-e", "trace=openat,fchmod", "-o", trace, CarnetProcess.binary, "add", "Alice Martin"])
            .map(TmuxSession.quote).joined(separator: " ")
        XCTAssertEqual(TortureFiles.shell("CARNET_DIR=\(TmuxSession.quote(store)) \(line) >/dev/null").status, 0)
        let calls = ((try? String(contentsOfFile: trace, encoding: .utf8)) ?? "").split(separator: "\n")
        let creates = calls.filter { $0.contains(".contacts.tmp-") }
        XCTAssertEqual(creates.count, 1, calls.joined(separator: "\n"))
        XCTAssertTrue(creates.allSatisfy { $0.contains("O_CREAT") && $0.hasSuffix(", 0600) = 3") || $0.contains(", 0600) = ") }, "\(creates)")
        XCTAssertTrue(calls.contains { $0.contains("fchmod(") && $0.contains("0600") }, "and made 0600 whatever existed")
    }

    func testLinksAreOpenedOnlyAsHttpHttpsOrMailtoAndNeverAsAnOption() {
        let opened: [String: String] = [
            "https://www.linkedin.com/in/alice-martin": "https://www.linkedin.com/in/alice-martin",
            "http://example.com/a?b=c&d=$(reboot);`id`|x": "http://example.com/a?b=c&d=$(reboot);`id`|x",
            "HTTPS://EXAMPLE.COM": "HTTPS://EXAMPLE.COM",
            "mailto:alice@example.com": "mailto:alice@example.com",
            "alice@example.com": "mailto:alice@example.com",
            "  bob@example.org  ": "mailto:bob@example.org",
        ]
        for (value, link) in opened {
            XCTAssertEqual(try SafeOpener.link(for: value).get(), link, value)
            XCTAssertEqual(try SafeOpener.arguments(toOpen: value).get(), ["xdg-open", link], "one argument, no shell")
        }
        let refused: [String: SafeOpener.Refusal] = [
            "": .empty,
            "-e": .startsWithDash,
            "--help": .startsWithDash,
            "-https://example.com": .startsWithDash,
            "mailto:-oProxyCommand=evil": .startsWithDash,
            "file:///etc/passwd": .scheme("file"),
            "javascript:alert(1)": .scheme("javascript"),
            "ssh://host": .scheme("ssh"),
            "x-man-page://ls": .scheme("x-man-page"),
            "https:evil": .scheme("https"),
            "https://a.example/\u{1B}]52;c;eA==\u{07}": .control,
            "https://a.example/ x": .control,
            "https://a.example/\nfile:///": .control,
            "not a link": .control,
            "example.com": .scheme(""),
            "/etc/passwd": .scheme(""),
        ]
        for (value, why) in refused {
            XCTAssertEqual(SafeOpener.link(for: value), .failure(why), value.debugDescription)
        }
        XCTAssertEqual("\(SafeOpener.Refusal.scheme("file"))", "only http, https and mailto links are opened, not 'file'")
        Torture.report("privacy: opener accepts \(opened.count) links, refuses \(refused.count) values")
    }

    /// No socket is opened by any command (strace, when installed).
    func testNoCommandOpensANetworkConnection() throws {
        guard TortureFiles.which("strace") else { throw XCTSkip("strace is not installed") }
        let store = folder.path + "/store"
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        let trace = folder.path + "/trace"
        let commands = [["add", "Alice Martin", "--url", "https://example.com"], ["log", "alice"], ["list"], ["reconnect"],
                        ["show", "alice", "--json"], ["export", "ics"], ["check"]]
        for args in commands {
            let line = (["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", trace, CarnetProcess.binary] + args)
                .map(TmuxSession.quote).joined(separator: " ")
            let r = TortureFiles.shell("CARNET_DIR=\(TmuxSession.quote(store)) CARNET_TODAY=2026-11-22 \(line) >/dev/null")
            XCTAssertEqual(r.status, 0, "\(args): \(r.output)")
            let calls = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
            XCTAssertFalse(calls.contains("socket(") || calls.contains("connect("), "\(args): \(calls)")
        }
        Torture.report("privacy: \(commands.count) commands traced, no socket opened")
    }
}
