import XCTest
@testable import CarnetCore

final class CalendarTests: XCTestCase {
    func testDayRoundTripsAndRejectsImpossibleDates() {
        XCTAssertEqual(day("2026-11-22").description, "2026-11-22")
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)?.ordinal, 0)
        XCTAssertNil(Day("2026-13-01"))
        XCTAssertNil(Day("2026-02-29"))
        XCTAssertNotNil(Day("2028-02-29"))
        XCTAssertNil(Day("2026-1-01"))
        XCTAssertEqual(day("2026-11-22").weekday, 7)  // a Sunday
        XCTAssertEqual(day("2026-01-31").adding(months: 1), day("2026-02-28"))
        XCTAssertEqual(day("2026-11-22").days(to: day("2026-12-25")), 33)
    }

    func testCadenceParsesUnitsAndRejectsNonsense() {
        XCTAssertEqual(Cadence("30d")?.days, 30)
        XCTAssertEqual(Cadence("6w")?.days, 42)
        XCTAssertEqual(Cadence("3m")?.days, 90)
        XCTAssertEqual(Cadence("1y")?.days, 365)
        XCTAssertNil(Cadence("3x"))
        XCTAssertNil(Cadence("0d"))
        XCTAssertNil(Cadence("d"))
    }

    func testBirthdayWithAndWithoutYearAndLeapDay() {
        XCTAssertEqual(Birthday("--05-24")?.description, "--05-24")
        XCTAssertEqual(Birthday("1985-07-14")?.age(on: day("2026-07-14")), 41)
        XCTAssertEqual(Birthday("--02-29")?.next(onOrAfter: day("2026-02-01")), day("2026-02-28"))
        XCTAssertEqual(Birthday("--02-29")?.next(onOrAfter: day("2028-02-01")), day("2028-02-29"))
        XCTAssertEqual(Birthday("--01-03")?.next(onOrAfter: day("2026-12-30")), day("2027-01-03"))
        XCTAssertNil(Birthday("--02-30"))
    }

    func testFoldingIgnoresAccentsAndCase() {
        XCTAssertEqual(Folding.key("Hélène ŒUVRE Ångström"), "helene oeuvre angstrom")
        XCTAssertEqual(Folding.key("Zoë"), Folding.key("zoe"))
        XCTAssertEqual(Folding.key("e\u{301}"), "e")
        XCTAssertEqual(Slug.make("Hélène Dupont-Moreau"), "helene-dupont-moreau")
        XCTAssertEqual(Slug.make("王芳"), "王芳")
    }

    func testInertRemovesEscapeSequencesAndBidi() {
        XCTAssertEqual(Inert.text("A\u{1B}[2JB"), "AB")
        XCTAssertEqual(Inert.text("x\u{1B}]52;c;SGVsbG8=\u{07}y"), "xy")
        XCTAssertEqual(Inert.text("a\u{202E}b\u{9B}c\u{7F}"), "abc")
        XCTAssertEqual(Inert.text("line\nnext", keepNewlines: true), "line\nnext")
        XCTAssertEqual(Inert.text("line\nnext"), "line next")
        XCTAssertEqual(Inert.text("Zoé 王芳"[...]), "Zoé 王芳")  // a Substring, through the generic version
        XCTAssertEqual(Inert.text("Zoé\u{1B}[31m\u{85}"[...]), "Zoé")
    }

    func testJSONKeepsAccentsAndEscapesTheControlsAnEncoderLeaves() {
        XCTAssertEqual(Inert.escapingControlsInJSON(#"{"name":"Zoé 王芳"}"#), #"{"name":"Zoé 王芳"}"#)
        XCTAssertEqual(Inert.escapingControlsInJSON("{\"n\":\"é\u{202E}x\u{85}\u{7F}\"}"), #"{"n":"é\u202ex\u0085\u007f"}"#)
    }
}
