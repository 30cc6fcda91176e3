import CarnetCore
import CarnetExchange

// The stable shapes of `--json` output, documented in docs/cli.md. Dates are YYYY-MM-DD
// strings; absent values are omitted; lists are always present.

typealias InteractionJSON = JSONExport.InteractionShape

/// A contact as the export writes it, plus when you were last in touch.
func contactJSON(_ c: Contact, in network: Network, today: Day) -> JSONExport.ContactShape {
    var shape = JSONExport.ContactShape(c)
    let last = network.lastInteraction(of: c.id)
    shape.lastContact = last?.date.description
    shape.daysSinceLastContact = last.map { $0.date.days(to: today) }
    return shape
}

struct ProblemJSON: Encodable {
    var file: String
    var line: Int
    var message, severity: String

    init(_ p: Problem) {
        file = p.file; line = p.line; message = p.message; severity = p.severity.rawValue
    }
}
