#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetCore

/// Runs another program (the user's editor, a URL opener) without a shell, so a
/// file name or URL taken from the store can never be read as shell syntax.
public enum ExternalProgram {
    /// Runs `arguments[0]` found on `PATH` with `arguments` as its argv, waits for
    /// it, and returns its exit status: 0–255, or 128 + signal number if it was
    /// killed; `nil` if it could not be started.
    ///
    /// Call it inside `Screen.suspend(run:)` when the program uses the terminal.
    public static func run(_ arguments: [String]) -> Int32? {
        guard let program = arguments.first, !program.isEmpty else { return nil }
        var pid = pid_t()
        let started = withArgv(arguments) { posix_spawnp(&pid, program, nil, nil, $0, environ) }
        guard started == 0 else { return nil }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return nil }
        }
        // The W* macros are not imported into Swift; decode the wait status by hand.
        let signal = status & 0x7F
        if signal == 0 { return (status >> 8) & 0xFF }
        return 128 + signal
    }

    /// Starts `program` (a path) with `arguments` as its argv in a session of its own, its
    /// input and output on /dev/null and (on Linux, where `/proc` lists them) no other file
    /// of this process open, and does not wait: it goes on after this process exits, and a hang-up of the terminal does not
    /// reach it. Returns its pid (to be reaped: see `reap`), nil if it did not start.
    @discardableResult
    public static func detach(_ program: String, _ arguments: [String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 {
            guard posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) == 0 else { return nil }
        }
        #if os(Linux)
        // A pipe or socket this process inherited (without close-on-exec) must not be held
        // open by the child: every descriptor above 2 is closed in it.
        for fd in openDescriptors() where fd > 2 {
            guard posix_spawn_file_actions_addclose(&actions, fd) == 0 else { return nil }
        }
        let newSession: Int16 = 0x80  // POSIX_SPAWN_SETSID, which Swift does not import
        #else
        let newSession: Int16 = 0x400
        #endif
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        guard posix_spawnattr_setflags(&attributes, newSession) == 0 else { return nil }
        var pid = pid_t()
        let started = withArgv(arguments) { posix_spawn(&pid, program, &actions, &attributes, $0, environ) }
        return started == 0 ? pid : nil
    }

    /// Whether a child started by `detach` has ended; if so it is reaped (a child nobody
    /// waits for stays a zombie for as long as this process runs).
    public static func reap(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) != 0
    }

    #if os(Linux)
    /// This process's open file descriptors (including the one that lists them, closed by
    /// the time they are used).
    private static func openDescriptors() -> [Int32] {
        FileSystem.names(in: "/proc/self/fd").compactMap { Int32($0) }
    }
    #endif

    private static func withArgv<R>(_ arguments: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        return argv.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }

    /// Splits a command such as `$EDITOR` ("code --wait") into words on spaces,
    /// honouring single and double quotes; no other shell syntax is interpreted.
    public static func words(_ command: String) -> [String] {
        var words: [String] = []
        var current = String()
        var quote: Character?
        var inWord = false
        for character in command {
            if let q = quote {
                if character == q { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
