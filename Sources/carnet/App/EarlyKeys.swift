#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CarnetTerminal
import CarnetUI
import Dispatch
import Foundation

/// Keys pressed while the store is read, at a start that showed its kept first screen:
/// read on another thread, and each answered at once with the frame kept for the keys so
/// far (`FirstKeys`). The first key without a kept frame, a resize, Ctrl-Z or a signal
/// ends that: the keys after it wait for the store, as at any start. What was read here
/// is handed to the run loop once the store is read, in order, and changes the app as if
/// it came then; its frame is the one already shown.
///
/// Only this thread uses the screen until `finish` returns: the main thread reads the
/// store meanwhile and draws nothing, with SIGTSTP and SIGWINCH blocked, so that ncurses'
/// own handlers for them run here, not beside this thread's drawing.
final class EarlyKeys: @unchecked Sendable {
    private let screen: Screen
    private let answers: FirstKeys.Answers
    /// The keys answered so far, then the event that ended the answering.
    private var events: [TerminalEvent] = []
    private var typed: [Key] = []
    private let done = DispatchSemaphore(value: 0)
    /// Written to by `finish`, to wake the reader from `poll`.
    private var stop: [Int32] = [-1, -1]

    /// Starts reading; nil when there is nothing to answer with (or no pipe to stop by).
    init?(screen: Screen, answers: FirstKeys.Answers) {
        guard !answers.isEmpty, pipe(&stop) == 0 else { return nil }
        self.screen = screen
        self.answers = answers
        // A thread of its own: a key must not wait for a pool's thread busy with the load.
        Thread { [self] in
            read()
            done.signal()
        }.start()
        Screen.leaveNcursesSignalsToOtherThreads(true)
    }

    private func read() {
        // Woken for input that gives no key, again and again (a terminal in a state ncurses
        // cannot read): left to the run loop rather than spun on.
        var idleWakes = 0
        while idleWakes < 100 {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stop[0], events: Int16(POLLIN), revents: 0)]
            // Interrupted by a signal (handled on this thread): it may be a resize or a
            // resumption, which the next read tells.
            guard poll(&fds, 2, -1) >= 0 || errno == EINTR else { return }
            if fds[1].revents != 0 { return }
            // Every key the terminal has sent so far, before waiting again: ncurses may hold
            // the rest of a burst itself.
            idleWakes += 1
            while true {
                let event = screen.nextEvent(timeoutMs: 0)
                if case .timeout = event { break }
                idleWakes = 0
                events.append(event)
                guard case .key(let key) = event, let frame = answers.frame(after: typed + [key]) else { return }
                typed.append(key)
                screen.draw(frame)
            }
        }
    }

    /// Stops reading and gives what was read, in order: the run loop's to handle.
    func finish() -> [TerminalEvent] {
        var byte: UInt8 = 1
        _ = write(stop[1], &byte, 1)
        done.wait()
        Screen.leaveNcursesSignalsToOtherThreads(false)
        close(stop[0])
        close(stop[1])
        return events
    }
}
