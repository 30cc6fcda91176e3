import CarnetCore

/// An iCalendar file (RFC 5545) that calendar apps import: birthdays as yearly
/// all-day events, open follow-ups and today's reconnect suggestions as to-dos.
///
/// Everything derives from the network and the given day, including `DTSTAMP`,
/// so the same store exported on the same day gives the same bytes, and UIDs
/// are stable so re-importing the file updates events instead of duplicating them.
enum ICalendarWriter {
    static func calendar(_ network: Network, today: Day, reconnect: [Suggestion]) -> String {
        let stamp = "DTSTAMP:" + basic(today) + "T000000Z"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Carnet//Carnet//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:Carnet"]

        for contact in network.contacts {
            guard let birthday = contact.birthday else { continue }
            lines += ["BEGIN:VEVENT", "UID:birthday-\(contact.id)@carnet", stamp]
            lines += birthdayRule(birthday, today: today)
            lines += ["SUMMARY:" + text("Birthday: \(contact.name)"), "TRANSP:TRANSPARENT", "END:VEVENT"]
        }

        for x in openFollowUps(network) {
            let names = x.people.map { network.contact(id: $0)?.name ?? $0 }.joined(separator: ", ")
            var description = "\(x.kind) on \(x.date)"
            if let what = x.exchange.what { description += ": \(what)" }
            if let note = x.note { description += "\n\(note)" }
            lines += ["BEGIN:VTODO",
                      "UID:follow-up-\(x.date)-\(x.people.joined(separator: "+"))-\(x.line)@carnet", stamp,
                      "DUE;VALUE=DATE:" + basic(x.followUp!),
                      "SUMMARY:" + text("Follow up with \(names)"),
                      "DESCRIPTION:" + text(description),
                      "STATUS:NEEDS-ACTION", "END:VTODO"]
        }

        for suggestion in reconnect {
            // Why, then what to do: the same words as the daily list.
            let why = suggestion.reasons.map(\.text).joined(separator: "; ")
            let description = [why, suggestion.nextStep].filter { !$0.isEmpty }.joined(separator: "\n")
            lines += ["BEGIN:VTODO", "UID:reconnect-\(today)-\(suggestion.contactID)@carnet", stamp,
                      "DUE;VALUE=DATE:" + basic(today),
                      "SUMMARY:" + text("Reconnect with \(suggestion.name)")]
            if !description.isEmpty { lines.append("DESCRIPTION:" + text(description)) }
            lines += ["STATUS:NEEDS-ACTION", "END:VTODO"]
        }

        lines.append("END:VCALENDAR")
        return ContentLines.join(lines)
    }

    /// A birthday with a year starts on the day of birth. One without starts this
    /// year (a calendar needs some year; nothing is shown before it). 29 February
    /// recurs on the last day of February, as Carnet celebrates it in other years;
    /// a plain yearly rule would skip three years out of four.
    static func birthdayRule(_ b: Birthday, today: Day) -> [String] {
        let leapDay = b.month == 2 && b.day == 29
        var year = b.year ?? today.year
        if leapDay, b.year == nil { while !Day.isLeap(year) { year -= 1 } }
        let start = PartialDate.pad(year, 4) + PartialDate.pad(b.month, 2) + PartialDate.pad(b.day, 2)
        return ["DTSTART;VALUE=DATE:" + start,
                leapDay ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY"]
    }

    /// A follow-up is open until something newer is logged with one of its people.
    static func openFollowUps(_ network: Network) -> [Interaction] {
        network.interactions.filter { x in
            guard x.followUp != nil else { return false }
            return !x.people.contains { id in
                network.interactions(of: id).contains { $0.date > x.date }
            }
        }
    }

    private static func basic(_ day: Day) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// TEXT values escape `\ ; ,` and line breaks exactly as vCard does.
    private static func text(_ value: String) -> String { VCardText.escape(value) }
}
