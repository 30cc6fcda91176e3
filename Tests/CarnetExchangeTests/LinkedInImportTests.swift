import XCTest
@testable import CarnetExchange

final class LinkedInImportTests: XCTestCase {
    func testRecentExportSkipsTheNotesAndFindsTheHeader() throws {
        let parsed = try Fixture.read(.linkedin, "linkedin-connections-2024.csv")
        XCTAssertEqual(parsed.people.map(\.displayName),
                       ["Alice Martin", "Priya Nayak, MSc, MBA", "Jérôme Dupont", "Sam O'Neil"])
        XCTAssertEqual(parsed.notices, [])
    }

    func testFieldByField() throws {
        let parsed = try Fixture.read(.linkedin, "linkedin-connections-2024.csv")
        let alice = try parsed.person("Alice Martin")
        XCTAssertEqual(alice.line, 5)
        XCTAssertEqual(alice.givenName, "Alice")
        XCTAssertEqual(alice.familyName, "Martin")
        XCTAssertEqual(alice.company, "Acme")
        XCTAssertEqual(alice.role, "Head of Data")
        XCTAssertEqual(alice.linkedIn, "https://www.linkedin.com/in/alice-martin-8b1a2c3")
        XCTAssertEqual(alice.urls, [])
        XCTAssertEqual(alice.emails, [])
        XCTAssertEqual(alice.met, date(2024, 5, 30))
        XCTAssertEqual(alice.warnings, [])
    }

    func testTrimsNamesAndKeepsQuotedCommas() throws {
        let priya = try Fixture.read(.linkedin, "linkedin-connections-2024.csv").person("Priya Nayak, MSc, MBA")
        XCTAssertEqual(priya.line, 6)
        XCTAssertEqual(priya.givenName, "Priya")
        XCTAssertEqual(priya.familyName, "Nayak, MSc, MBA")
        XCTAssertEqual(priya.company, "Globex, Inc.")
        XCTAssertEqual(priya.emails, ["priya.nayak@example.com"])
        XCTAssertEqual(priya.met, date(2018, 1, 8))
    }

    func testDoubledQuotesAndPercentEncodedURL() throws {
        let jerome = try Fixture.read(.linkedin, "linkedin-connections-2024.csv").person("Jérôme Dupont")
        XCTAssertEqual(jerome.company, "The \"Best\" Consultancy")
        XCTAssertEqual(jerome.linkedIn, "https://www.linkedin.com/in/jérôme-dupont-1a2b3c")
    }

    func testRowsWithOnlyADateOrNoNameAreSkippedWithTheirLine() throws {
        let parsed = try Fixture.read(.linkedin, "linkedin-connections-2024.csv")
        XCTAssertEqual(parsed.skipped.map(\.line), [7, 9])
        XCTAssertTrue(parsed.skipped[0].reason.hasPrefix("only a date"))
        XCTAssertEqual(parsed.skipped[1].reason, "no name")
        XCTAssertTrue(parsed.skipped[0].description.hasSuffix("linkedin-connections-2024.csv:7: " + parsed.skipped[0].reason))
    }

    func testExportFrom2018WithoutURLColumnAndUSDates() throws {
        let parsed = try Fixture.read(.linkedin, "linkedin-connections-2018.csv")
        XCTAssertEqual(parsed.people.count, 2)
        let bob = try parsed.person("Bob Leroy")
        XCTAssertEqual(bob.line, 2)
        XCTAssertEqual(bob.emails, ["bob.leroy@example.org"])
        XCTAssertEqual(bob.company, "Initech")
        XCTAssertEqual(bob.role, "Engineering Manager")
        XCTAssertNil(bob.linkedIn)
        XCTAssertEqual(bob.met, date(2018, 1, 8))
        XCTAssertEqual(try parsed.person("Chloé Dupont").met, date(2017, 12, 24))
        XCTAssertEqual(parsed.skipped.map(\.line), [4])
    }

    /// A quote lost in an edit: CSV.swift would read every line after it into one field.
    func testAQuoteNeverClosedRefusesTheFileAtItsLine() throws {
        var text = "Notes:\n\"When exporting, some e-mails are hidden.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ann,Lee,,,Acme,Eng,30 May 2024\r\n"
            + "Bo,Ng,,,\"Acme,Eng,30 May 2024\n"
        for i in 0..<40 { text += "P\(i),Q\(i),,,Acme,Eng,30 May 2024\n" }
        do {
            _ = try ImportReader.parse(.linkedin, bytes: Array(text.utf8), file: "c.csv")
            XCTFail("imported")
        } catch let error as ImportError {
            XCTAssertEqual(error.line, 6)
            XCTAssertTrue(error.description.hasPrefix("c.csv:6: a quoted field opens on this line and is never closed"),
                          error.description)
        }
    }

    /// What is a quote in RFC 4180 and what is text: only a field never closed, or a
    /// closing quote followed by text, is a problem (CSV.swift reads both wrongly).
    func testQuotesThatCloseOrAreTextAreNotAProblem() {
        func problem(_ text: String) -> CSVTable.QuoteProblem? { CSVTable.quoteProblem(in: Substring(text), firstLine: 1) }
        XCTAssertNil(problem("a,\"b, c\",d\n\"multi\nline\",e\n"))
        XCTAssertNil(problem("a,\"say \"\"hi\"\"\",b\n"), "doubled quotes inside")
        XCTAssertNil(problem("a,5\" screen,b\n"), "a quote inside an unquoted field is text")
        XCTAssertNil(problem("a,\"\"\n"), "an empty quoted field")
        XCTAssertNil(problem("a,\"b\"\r\nc,\"d\"\re,\"f\""), "closed by CRLF, a CR alone, the end")
        XCTAssertEqual(problem("a,b\r\nc,\"d\r\ne"), .unclosed(line: 2))
        XCTAssertEqual(problem("a\rb\r\"c"), .unclosed(line: 3), "a CR alone ends a line")
        XCTAssertEqual(problem("\"a\"\"\n"), .unclosed(line: 1), "a doubled quote does not close")
        XCTAssertEqual(problem("x\nAnn,Lee,\"Acme\" Inc,CEO\nBo,Wu\n"), .textAfterClosingQuote(line: 2))
        XCTAssertEqual(problem("a,\"b\" ,c\n"), .textAfterClosingQuote(line: 1), "a blank after the quote is text too")
    }

    func testTextAfterAClosingQuoteRefusesTheFileAtItsLine() throws {
        let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ann,Lee,,,\"Acme\" Inc,CEO,30 May 2024\nBo,Wu,,,Acme,Eng,30 May 2024\nCy,Li,,,Acme,Eng,30 May 2024\n"
        do {
            _ = try ImportReader.parse(.linkedin, bytes: Array(text.utf8), file: "c.csv")
            XCTFail("imported")
        } catch let error as ImportError {
            XCTAssertEqual(error.line, 2)
            XCTAssertTrue(error.description.contains("text follows a closing quote"), error.description)
        }
    }

    /// A row with more or fewer fields than the header is read, and warned about.
    func testARowOfAnotherShapeIsWarnedAbout() throws {
        let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ben,Ng,https://www.linkedin.com/in/ben,,Acme, Inc,CEO,30 May 2024\n"
            + "Ann,Lee,,,Acme\n"
            + "Bo,Wu,,,Acme,Eng,30 May 2024\n"
        let parsed = try ImportReader.parse(.linkedin, bytes: Array(text.utf8), file: "c.csv")
        XCTAssertTrue(try parsed.person("Ben Ng").warnings.contains { $0.hasPrefix("this row has 8 fields where the header has 7") })
        XCTAssertTrue(try parsed.person("Ann Lee").warnings.contains { $0.contains("the last columns are missing") })
        XCTAssertFalse(try parsed.person("Bo Wu").warnings.contains { $0.contains("fields where the header") })
    }

    func testAGoogleFileIsNotALinkedInExport() throws {
        let error = try XCTUnwrap(Fixture.error(.linkedin, "google-contacts.csv"))
        XCTAssertTrue(error.description.contains("google-contacts.csv: not a LinkedIn Connections.csv export"),
                      error.description)
    }
}
