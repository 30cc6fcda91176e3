import CarnetCore
import Foundation
import XCTest
@testable import CarnetExchange

/// `carnet export json` is written straight into bytes (`JSONText`); it must be, byte for
/// byte (compared as bytes: `==` on strings takes a composed and a decomposed "é" for the
/// same), what `JSONEncoder` wrote before (sorted keys, pretty-printed, slashes unescaped),
/// with the controls a terminal must not get as `\u` escapes.
final class JSONTextTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 22)!

    // The export as it was encoded before, for reference.
    struct Document: Encodable {
        var format = "carnet"
        var version = 1
        var contacts: [JSONExport.ContactShape]
        var circles: [CircleShape]
        var interactions: [JSONExport.InteractionShape]
        var events: [EventShape]
        var goals: [GoalShape]
        var objective: ObjectiveShape?
    }

    struct CircleShape: Encodable {
        var name: String
        var kind, cadence, description: String?
        var members: [String]
    }

    struct EventShape: Encodable {
        var id, name, date: String
        var kind, place, note: String?
        var target: Int?
        var met: [String]

        init(_ e: Event) {
            id = e.id; name = e.name; date = e.date.description; kind = e.kind; place = e.place
            note = e.note; target = e.target; met = e.met
        }
    }

    struct GoalShape: Encodable {
        var measure: String
        var target: Int
    }

    struct ObjectiveShape: Encodable {
        var aim: String
        var sectors, companies: [String]
        var note: String?
    }

    private func encoded(_ network: Network) throws -> String {
        let document = Document(
            contacts: network.contacts.map(JSONExport.ContactShape.init),
            circles: network.membersByCircle.map { name, members in
                let circle = network.circle(named: name)
                return CircleShape(name: circle.name, kind: circle.kind, cadence: circle.cadence?.description,
                                   description: circle.description, members: members.map { network.contacts[$0].id })
            },
            interactions: network.interactions.map(JSONExport.InteractionShape.init),
            events: network.events.map(EventShape.init),
            goals: network.goals.map { GoalShape(measure: $0.measure.description, target: $0.target) },
            objective: network.objective.map {
                ObjectiveShape(aim: $0.aim.rawValue, sectors: $0.sectors, companies: $0.companies, note: $0.note)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Inert.escapingControlsInJSON(String(decoding: try encoder.encode(document), as: UTF8.self)) + "\n"
    }

    func testTheDemoNetworkIsWrittenAsTheEncoderWroteIt() throws {
        let network = DemoNetwork.make(today: today)
        XCTAssertEqual(Array(try JSONExport.json(network).utf8), Array(try encoded(network).utf8))
    }

    func testASyntheticNetworkIsWrittenAsTheEncoderWroteIt() throws {
        let folder = NSTemporaryDirectory() + "carnet-json-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try SyntheticNetwork.write(to: folder, people: 300, seed: 3, today: today)
        let network = try Store.open(at: folder).network
        XCTAssertEqual(Array(try JSONExport.json(network).utf8), Array(try encoded(network).utf8))
    }

    /// Every kind of character a value may hold: quotes, backslashes, slashes, each C0
    /// control, DEL, C1 and bidi controls, accents, wide and astral characters; empty lists,
    /// missing values, an empty network.
    func testEveryKindOfCharacterAndEmptyValues() throws {
        var odd = Contact(id: "odd", name: "Zoé \"Z\" \\ a/b 王芳 😀 \u{1F1EB}\u{1F1F7}")
        odd.note = (0..<0x20).map { String(UnicodeScalar($0)!) }.joined() + "\u{7F}\u{85}\u{9F}\u{A0}\u{61C}\u{200E}\u{202E}\u{2066}\u{2028}é"
        odd.company = ""
        odd.tags = ["", "a\tb"]
        var network = Network(contacts: [odd, Contact(id: "plain", name: "Plain")],
                              circles: [Circle(name: "Empty circle")],
                              interactions: [Interaction(date: today, people: ["odd"], kind: "call", exchange: .asked("a \"favour\""),
                                                         note: "line\r\nnext", line: 2)],
                              events: [Event(id: "e", name: "É/vent", date: today)],
                              goals: [Goal(.gives, target: -1)])
        network.objective = Objective(aim: .jobSearch, sectors: [], companies: ["Acme"])
        XCTAssertEqual(Array(try JSONExport.json(network).utf8), Array(try encoded(network).utf8))
        XCTAssertEqual(Array(try JSONExport.json(Network(contacts: [])).utf8), Array(try encoded(Network(contacts: [])).utf8))
    }
}
