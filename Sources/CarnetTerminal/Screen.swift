#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW
import CarnetUI

/// The terminal, as the run loop sees it: draw a canvas, wait for the next event.
///
/// The only place that talks to ncurses. Create one `Screen`, and make sure
/// `stop()` runs on every way out (`defer { screen.stop() }`): it restores the
/// terminal and is safe to call twice.
public final class Screen {
    /// Why the screen could not start.
    public enum StartError: Error, CustomStringConvertible {
        /// Standard input or output is not a terminal (piped, or run from cron).
        case notATerminal
        /// ncurses does not know the terminal type.
        case unknownTerminal(String)
        /// The terminal type cannot place the cursor (`dumb`): nothing full-screen can be drawn.
        case cannotPlaceCursor(String)

        public var description: String {
            switch self {
            case .notATerminal: return "not a terminal: the full-screen app needs one (try a subcommand)"
            case .unknownTerminal(let term): return "cannot use terminal type '\(term)' (check TERM)"
            case .cannotPlaceCursor(let term):
                return "terminal type '\(term)' cannot place the cursor, which the full-screen app needs "
                    + "(check TERM; the subcommands work anywhere)"
            }
        }
    }

    /// How many colours the terminal shows; `.none` means attributes only.
    public let colorDepth: ColorDepth
    /// False when the locale is not UTF-8: views should prefer ASCII (progress
    /// bars); box lines and blocks are mapped to ASCII anyway.
    public let supportsUnicode: Bool
    /// The theme in use (as asked; a colourless terminal shows it as `mono`).
    public let theme: Theme
    /// True between start and `stop()`.
    public private(set) var isActive = false

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let defaultColors: Bool
    private let palette: TerminalPalette
    /// The frame in ncurses' buffer and the terminal's size it was put at; nil when the
    /// buffer may hold anything else (after a resize, or a program that had the terminal).
    private var shown: (canvas: Canvas, columns: Int, rows: Int)?
    /// Consecutive reads that failed for no reason; a dead terminal fails forever.
    private var failedReads = 0

    /// Takes over the terminal: full screen, keys unbuffered and unechoed,
    /// cursor hidden, Esc without delay, colours if the terminal has them.
    public init(theme: Theme = .builtinDefault) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        // Before ncurses starts, so it leaves SIGINT and SIGTERM to us.
        _ = carnet_install_signal_handlers()
        setlocale(LC_ALL, "")
        Self.readUTF8WhereNoLocaleIsSet()
        guard let screen = carnet_newterm() else {
            throw StartError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        guard carnet_can_place_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw StartError.cannotPlaceCursor(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        window = carnet_stdscr()!
        isActive = true
        supportsUnicode = carnet_locale_is_utf8() != 0

        // cbreak, not raw: Ctrl-Z suspends (ncurses restores the screen on fg)
        // and Ctrl-C arrives as a signal the run loop turns into `.terminate`.
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)

        var depth = ColorDepth.none
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == carnet_ok()
            depth = ColorDepth(colors: Int(carnet_colors()))
        }
        colorDepth = depth
        defaultColors = defaults
        self.theme = theme
        palette = TerminalPalette(theme: theme, depth: depth, defaultColors: defaults,
                                  maxPairs: Int(carnet_color_pairs()))

        // Until a screen has been through endwin() once, ncurses 6 writes its output out at
        // every cursor movement (it cannot tell its own moves from a terminfo program's): the
        // first frame left in a hundred writes of 20–50 bytes, which tmux, or an SSH link,
        // took one by one (40 ms more before a 120×40 screen was whole). Leaving and entering
        // at once, before anything is drawn, puts ncurses in its running state, where a frame
        // goes out in a few writes of up to a screenful.
        endwin()
        wrefresh(window)
        // endwin() took the keypad out of its application mode, and ncurses would put it back
        // only at the first read of a key: with a first screen shown before the store is read
        // (`FirstScreen`), those 7 bytes came after the load. Now, with the rest of the set-up.
        keypad(window, true)
        carnet_define_paste_keys()
        Self.bracketPastes(true)
    }

    /// Asks the terminal to mark pasted text (bracketed paste, `ESC [ ? 2004 h`), so that a
    /// pasted line break lands in a field instead of saving a form, and the rest of the
    /// paste is not taken for commands. Terminals that do not know the mode ignore it.
    private static func bracketPastes(_ on: Bool) { carnet_bracket_pastes(on ? 1 : 0) }

    deinit { stop() }

    /// With no locale at all (C or POSIX: over SSH to a box with none set, in a container),
    /// characters are read and written as UTF-8 (LC_CTYPE C.UTF-8), as the store is and as
    /// terminals nearly all are. In the C locale ncurses took the first byte of an accented
    /// letter for the start of a character that never ended, and every key after it was
    /// lost until Esc. A locale the user chose (Latin-1 or other) is kept.
    static func readUTF8WhereNoLocaleIsSet() {
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "ANSI_X3.4-1968" else { return }
        for name in ["C.UTF-8", "C.utf8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(carnet_cols()), Int(carnet_lines()))
    }

    /// A blank canvas the size of the terminal, to render a frame into.
    public func makeCanvas() -> Canvas {
        Canvas(width: size.width, height: size.height)
    }

    // MARK: - Drawing

    /// Shows `canvas`. Its rows that differ from the frame shown are put into ncurses'
    /// buffer (every row, after `erase`, never `clear`, when there is none of the same size),
    /// and ncurses sends only the cells that changed.
    public func draw(_ canvas: Canvas) {
        guard isActive else { return }
        let (columns, rows) = size
        // Rows already in the buffer are not put again: a key moving the selection changes a
        // few of 40, and putting all 4,800 cells of a 120×40 screen took 0.15 ms a key (then
        // ncurses' own comparison of every line touched, 0.07 ms).
        let unchanged = shown.flatMap { shown in
            shown.canvas.width == canvas.width && shown.canvas.height == canvas.height
                && shown.columns == columns && shown.rows == rows ? shown.canvas : nil
        }
        if unchanged == nil { werase(window) }
        shown = (canvas, columns, rows)
        let width = min(canvas.width, columns), height = min(canvas.height, rows)
        var cell = cchar_t()
        // Neighbouring cells mostly share a style: it is looked up again only when it changes.
        var lastStyle: (role: Role, emphasis: Emphasis)?
        var (pair, attributes) = (Int16(0), carnet_a_normal())
        for y in 0..<height {
            let row = (y * canvas.width)..<((y + 1) * canvas.width)
            if let unchanged, canvas.cells[row] == unchanged.cells[row] { continue }
            for x in 0..<width {
                let source = canvas[x: x, y: y]
                if source.isContinuation { continue }
                if lastStyle?.role != source.role || lastStyle?.emphasis != source.emphasis {
                    (pair, attributes) = palette.style(for: source.role, emphasis: source.emphasis)
                    lastStyle = (source.role, source.emphasis)
                }
                let utf8 = source.character.utf8
                if utf8.count == 1, let ascii = utf8.first, ascii >= 0x20, ascii < 0x7F {
                    // Most cells: one printable ASCII character, passed without an array (read
                    // from its byte: `isASCII` and `asciiValue` each compared it with "\r\n").
                    var chars: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
                    withUnsafeMutablePointer(to: &chars) {
                        $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&cell, $0, attributes, pair, nil) }
                    }
                    mvwadd_wch(window, Int32(y), Int32(x), &cell)
                    continue
                }
                var glyphWidth = DisplayWidth.of(source.character)
                var character = source.character
                if glyphWidth == 2 && x + 1 >= width {
                    // A wide grapheme cut by the screen's edge: ncurses would wrap it.
                    character = " "
                    glyphWidth = 1
                }
                let (chars, padRight) = TerminalGlyph.encode(character, width: glyphWidth, unicode: supportsUnicode)
                if chars.withUnsafeBufferPointer({ setcchar(&cell, $0.baseAddress, attributes, pair, nil) })
                    != carnet_ok() {
                    var fallback: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
                    setcchar(&cell, &fallback, attributes, pair, nil)
                }
                mvwadd_wch(window, Int32(y), Int32(x), &cell)
                if padRight {
                    var space: [wchar_t] = [32, 0]
                    setcchar(&cell, &space, attributes, pair, nil)
                    mvwadd_wch(window, Int32(y), Int32(x + 1), &cell)
                }
            }
        }
        wrefresh(window)
    }

    // MARK: - Input

    /// Waits for the next event: a key, a resize, a signal, or the timeout
    /// (`nil` waits for ever). Reports `.hangup` when the terminal has gone
    /// away, so the caller exits instead of spinning on failed reads.
    public func nextEvent(timeoutMs: Int? = nil) -> TerminalEvent {
        let event = readEvent(timeoutMs: timeoutMs)
        // ncurses has resized its buffer, maybe to a size and back between two frames.
        if event == .resize { shown = nil }
        return event
    }

    /// The text up to the terminal's end-of-paste mark; what came, should the mark not
    /// come within a second of the last character.
    private func readPaste() -> String {
        var text = ""
        wtimeout(window, 1000)
        while true {
            var character: wint_t = 0
            let code = wget_wch(window, &character)
            if code == carnet_ok() {
                text.unicodeScalars.append(Unicode.Scalar(UInt32(character)) ?? "?")
            } else if code == carnet_key_code_yes() {
                if Int32(character) == carnet_key_paste_end() { break }
                if Int32(character) == KEY_ENTER { text += "\n" }
            } else {
                break
            }
        }
        return text
    }

    private func readEvent(timeoutMs: Int?) -> TerminalEvent {
        guard isActive else { return .hangup }
        while true {
            if let event = signalEvent() { return event }
            wtimeout(window, Int32(clamping: timeoutMs ?? -1))
            var character: wint_t = 0
            let startedAt = Self.monotonicMilliseconds()
            let code = wget_wch(window, &character)
            if let event = signalEvent() { return event }

            if code == carnet_ok() {
                failedReads = 0
                if let key = KeyDecoder.decode(character: UInt32(character)) { return .key(key) }
                continue
            }
            if code == carnet_key_code_yes() {
                failedReads = 0
                if Int32(character) == KEY_RESIZE { return .resize }
                if Int32(character) == carnet_key_paste_begin() { return .key(.paste(readPaste())) }
                if let key = KeyDecoder.decode(keyCode: Int32(character)) { return .key(key) }
                continue
            }

            // ERR: a timeout, or a read that failed.
            if Self.terminalIsGone() { return .hangup }
            guard let timeoutMs else {
                // A blocking read only fails when interrupted or when the terminal is gone.
                failedReads += 1
                if failedReads >= 3 { return .hangup }
                continue
            }
            let elapsed = Self.monotonicMilliseconds() - startedAt
            if timeoutMs >= 20 && elapsed < timeoutMs / 2 {
                // Returned long before the timeout: input is at end of file.
                failedReads += 1
                if failedReads >= 20 { return .hangup }
            } else {
                failedReads = 0
            }
            return .timeout
        }
    }

    /// The next key, or `nil` for anything that is not a key (timeout, signal).
    /// A resize comes back as `Key.resize`. Prefer `nextEvent` in the run loop:
    /// it tells a hangup from a timeout.
    public func readKey(timeoutMs: Int? = nil) -> Key? {
        switch nextEvent(timeoutMs: timeoutMs) {
        case .key(let key): return key
        case .resize: return .resize
        default: return nil
        }
    }

    /// Blocks SIGTSTP and SIGWINCH on the calling thread (or unblocks them again): ncurses'
    /// own handlers for them, which draw, then run on another thread, the one using the
    /// screen meanwhile.
    public static func leaveNcursesSignalsToOtherThreads(_ leave: Bool) {
        carnet_block_ncurses_signals(leave ? 1 : 0)
    }

    private func signalEvent() -> TerminalEvent? {
        let pending = carnet_take_signals()
        if pending == 0 { return nil }
        if pending & Int32(CARNET_SIG_HUP) != 0 { return .hangup }
        if pending & Int32(CARNET_SIG_TERM | CARNET_SIG_INT) != 0 { return .terminate }
        // SIGCONT: back from Ctrl-Z; ncurses repainted, but the size may have changed.
        return .resize
    }

    /// True when standard input is no longer a terminal that can be read.
    private static func terminalIsGone() -> Bool {
        if isatty(STDIN_FILENO) != 1 { return true }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) < 0 { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    // MARK: - Suspending and stopping

    /// Runs `body` with the terminal given back to the shell (for `$EDITOR`),
    /// then takes it back and repaints the whole screen.
    public func suspend<T>(run body: () throws -> T) rethrows -> T {
        guard isActive else { return try body() }
        def_prog_mode()
        Self.bracketPastes(false)
        endwin()
        defer {
            reset_prog_mode()
            Self.bracketPastes(true)
            shown = nil
            clearok(window, true)  // the program drew over us: repaint everything
            wrefresh(window)
        }
        return try body()
    }

    /// Gives the terminal back: cursor shown, modes restored. Idempotent, so it
    /// can run from a `defer`, an error path and `deinit` alike.
    public func stop() {
        guard isActive else { return }
        isActive = false
        Self.bracketPastes(false)
        endwin()
        delscreen(screen)
    }
}
