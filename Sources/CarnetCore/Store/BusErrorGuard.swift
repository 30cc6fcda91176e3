#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While a load reads mapped files (`FileBytes`): a file cut short by another program
/// meanwhile (an editor saving in place) would stop Carnet with a bare "Bus error" when it
/// reads past the new end. This says what happened instead and ends with status 1. A load
/// writes nothing, so nothing is lost; starting again reads the file as it now is.
///
/// Only around the first load, before the terminal is taken: the message would otherwise
/// land on the full screen. One load at a time (the handler is the process's).
enum BusErrorGuard {
    static func during<R>(storeAt directory: String, _ body: () throws -> R) rethrows -> R {
        let text = "carnet: a file in \(Inert.text(directory)) was cut short by another program while Carnet "
            + "was reading it; nothing was written. Start Carnet again.\n"
        busErrorMessage = strdup(text)
        let previous = signal(SIGBUS) { _ in
            // Only what a signal handler may call: write(2) and _exit(2).
            if let message = busErrorMessage { _ = write(2, message, strlen(message)) }
            _exit(1)
        }
        defer {
            signal(SIGBUS, previous)
            free(busErrorMessage)
            busErrorMessage = nil
        }
        return try body()
    }
}

/// Made before the handler is installed: a handler may not allocate.
nonisolated(unsafe) private var busErrorMessage: UnsafeMutablePointer<CChar>?
