import ArgumentParser
import CarnetCore

/// How a command fails: the message is for the user, the kind picks the exit code
/// (1 bad data, 2 bad usage — see README).
enum CLIFailure: Error, CustomStringConvertible {
    case data(String)
    case usage(String)

    var description: String {
        switch self {
        case .data(let m), .usage(let m): return m
        }
    }

    var exitCode: Int32 {
        switch self {
        case .data: return 1
        case .usage: return 2
        }
    }

    /// Wraps the store's errors, which are all about data.
    static func from(_ error: Error) -> Error {
        if let e = error as? StoreError { return CLIFailure.data(e.description) }
        return error
    }
}

/// Parsing of flag values, with messages that say which flag and what is expected.
enum Parse {
    static func day(_ text: String, flag: String) throws -> Day {
        guard let d = Day(text.trimmingSpaces) else {
            throw CLIFailure.usage("\(flag): '\(Inert.text(text))' is not a date (write YYYY-MM-DD)")
        }
        return d
    }

    static func cadence(_ text: String, flag: String) throws -> Cadence {
        guard let c = Cadence(text) else {
            throw CLIFailure.usage("\(flag): '\(Inert.text(text))' is not a cadence (write 30d, 6w, 3m or 1y)")
        }
        return c
    }

    static func birthday(_ text: String, flag: String) throws -> Birthday {
        guard let b = Birthday(text) else {
            throw CLIFailure.usage("\(flag): '\(Inert.text(text))' is not a birthday (write YYYY-MM-DD or MM-DD)")
        }
        return b
    }

    static func month(_ text: String, flag: String) throws -> Month {
        guard let m = Month(text) else { throw CLIFailure.usage("\(flag): '\(Inert.text(text))' is not a month (write YYYY-MM)") }
        return m
    }

    /// `14d`, `2w`, `1m`: a duration for `snooze --for`.
    static func duration(_ text: String, flag: String) throws -> Int {
        guard let c = Cadence(text) else {
            throw CLIFailure.usage("\(flag): '\(Inert.text(text))' is not a duration (write 14d, 2w or 1m)")
        }
        return c.days
    }

    /// A person named by id or by a unique accent- and case-insensitive name.
    static func person(_ query: String, in network: Network) throws -> Contact {
        switch PersonLookup.find(query, in: network) {
        case .success(let c): return c
        case .failure(let f): throw CLIFailure.data(f.description)
        }
    }
}
