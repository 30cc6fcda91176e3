import XCTest
@testable import CarnetExchange

final class VCardImportTests: XCTestCase {
    // MARK: vCard 2.1 from an old Android phone

    func testQuotedPrintableWithCharsetAndSoftBreaks() throws {
        let parsed = try Fixture.read(.vcard, "android-2.1-quoted-printable.vcf")
        let elodie = try parsed.person("Élodie Lefèvre")
        XCTAssertEqual(elodie.line, 1)
        XCTAssertEqual(elodie.givenName, "Élodie")
        XCTAssertEqual(elodie.familyName, "Lefèvre")
        XCTAssertEqual(elodie.company, "Société Générale", "first ORG component only")
        XCTAssertEqual(elodie.role, "Responsable RH")
        XCTAssertEqual(elodie.note,
                       "Rencontrée au salon VivaTech, très intéressée par le mentorat.\nDeuxième ligne de la note.")
        XCTAssertEqual(elodie.birthday, .date(date(1985, 7, 14)), "BDAY after the PHOTO block is still read")
    }

    func testQuotedPrintableIsDeclaredBeforeTheValueInAnyCase() {
        func declares(_ line: String) -> Bool { VCardLines.declaresQuotedPrintable(Array(line.utf8)) }
        XCTAssertTrue(declares("NOTE;ENCODING=QUOTED-PRINTABLE:a=3Db"))
        XCTAssertTrue(declares("note;encoding=quoted-printable:a"))
        XCTAssertTrue(declares("TEL;CELL;Quoted-Printable:1"), "2.1's nameless parameter")
        XCTAssertFalse(declares("NOTE:QUOTED-PRINTABLE"), "in the value")
        XCTAssertFalse(declares("NOTE;X=QUOTED-PRINTABL:a"))
        XCTAssertFalse(declares("NOTE;X=QUOTED\rPRINTABLE:a"), "only letters are compared without their case")
        XCTAssertFalse(declares("QUOTED-PRINTABLE"), "no colon, no value")
    }

    /// A company's commas are part of its name, escaped or not; units after `;` are left.
    func testCommasInACompanyAreKept() throws {
        let text = """
            BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jérôme Dupont\r\nORG:Acme, Inc.\r\nEND:VCARD\r\n\
            BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Smith\\, Jones & Co;Sales\r\nEND:VCARD\r\n\
            BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bo Ng\r\nORG;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9=2C SA\r\nEND:VCARD\r\n
            """
        let parsed = try ImportReader.parse(.vcard, bytes: Array(text.utf8), file: "c.vcf")
        XCTAssertEqual(try parsed.person("Jérôme Dupont").company, "Acme, Inc.")
        XCTAssertEqual(try parsed.person("Ann Lee").company, "Smith, Jones & Co")
        XCTAssertEqual(try parsed.person("Bo Ng").company, "Café, SA")
    }

    func testNamelessParametersAndPhotoBlock() throws {
        let elodie = try Fixture.read(.vcard, "android-2.1-quoted-printable.vcf").person("Élodie Lefèvre")
        XCTAssertEqual(elodie.phones, ["+33612345678", "+33123456789"])
        XCTAssertEqual(elodie.emails, ["elodie.lefevre@example.fr"])
        XCTAssertEqual(elodie.warnings, [])
    }

    func testLatin1CharsetAndNOnlyCard() throws {
        let parsed = try Fixture.read(.vcard, "android-2.1-quoted-printable.vcf")
        let jurgen = try parsed.person("Jürgen Müller")
        XCTAssertEqual(jurgen.givenName, "Jürgen")
        XCTAssertEqual(jurgen.familyName, "Müller")
        XCTAssertEqual(jurgen.city, "Berlin")
        XCTAssertEqual(jurgen.country, "Deutschland", "soft break inside ADR joined")
        XCTAssertEqual(parsed.people.count, 2)
        XCTAssertEqual(parsed.skipped.count, 1)
        XCTAssertEqual(parsed.skipped[0].reason, "no name (no FN or N)")
    }

    // MARK: iOS / macOS Contacts vCard 3.0

    func testAppleCardFieldByField() throws {
        let parsed = try Fixture.read(.vcard, "ios-3.0-item-groups.vcf")
        let chloe = try parsed.person("Chloé Dupont")
        XCTAssertEqual(chloe.givenName, "Chloé")
        XCTAssertEqual(chloe.familyName, "Dupont")
        XCTAssertEqual(chloe.company, "Acme SAS")
        XCTAssertEqual(chloe.role, "Directrice technique")
        XCTAssertEqual(chloe.emails, ["chloe.dupont@acme.example", "chloe@perso.example"])
        XCTAssertEqual(chloe.phones, ["+33 6 98 76 54 32"])
        XCTAssertEqual(chloe.city, "Lyon")
        XCTAssertEqual(chloe.country, "France")
        XCTAssertEqual(chloe.urls, ["https://chloe.example/blog"], "Apple's \\: unescaped")
        XCTAssertEqual(chloe.linkedIn, "https://www.linkedin.com/in/chloe-dupont-4a5b6c")
        XCTAssertEqual(chloe.birthday, .date(date(nil, 5, 24)), "X-APPLE-OMIT-YEAR=1604 means no year")
        XCTAssertEqual(chloe.circles, ["Anciens collègues", "Club"])
        XCTAssertEqual(chloe.note, "Rencontrée à Devoxx 2024, passionnée de MLOps ; très à l'écoute.\n"
                       + "A présenté Bob à l'équipe data, à relancer en septembre.",
                       "folded across lines, escapes undone")
    }

    func testSocialProfileWithOnlyAUserName() throws {
        let francois = try Fixture.read(.vcard, "ios-3.0-item-groups.vcf").person("François Mercier")
        XCTAssertEqual(francois.linkedIn, "https://www.linkedin.com/in/francois-mercier")
        XCTAssertEqual(francois.birthday, .date(date(1979, 11, 2)))
    }

    // MARK: khard / vdirsyncer vCard 4.0 directory

    func testDirectoryOfCards() throws {
        let parsed = try Fixture.read(.vcard, "khard-vdir")
        XCTAssertEqual(parsed.people.map(\.displayName), ["Zoë Martin", "Hugo Bernard"], "by file name, README ignored")
        let zoe = try parsed.person("Zoë Martin")
        XCTAssertTrue(zoe.file.hasSuffix("khard-vdir/6f1c0a9e-2b1d-4c55-9a0b-1d2e3f4a5b6c.vcf"))
        XCTAssertEqual(zoe.company, "Initech")
        XCTAssertEqual(zoe.role, "CTO")
        XCTAssertEqual(zoe.emails, ["zoe.martin@initech.example"])
        XCTAssertEqual(zoe.phones, ["+33-6-11-22-33-44"], "tel: URI scheme dropped")
        XCTAssertEqual(zoe.birthday, .date(date(nil, 2, 3)))
        XCTAssertEqual(zoe.circles, ["Club", "Formation"])
        XCTAssertEqual(zoe.urls, ["https://zoe.example"])
        XCTAssertEqual(zoe.city, "Paris")
        XCTAssertEqual(zoe.country, "France")
        XCTAssertEqual(zoe.note, "Rencontrée à la formation Kubernetes.")
        let hugo = try parsed.person("Hugo Bernard")
        XCTAssertEqual(hugo.birthday, .date(date(1980, 3, 22)))
        XCTAssertEqual(hugo.circles, ["Famille"])
    }

    // MARK: Birthdays

    func testBirthdaySpellings() throws {
        let parsed = try Fixture.read(.vcard, "vcard-birthdays.vcf")
        func birthday(_ name: String) throws -> ImportedPerson.Birthday? { try parsed.person(name).birthday }
        XCTAssertEqual(try birthday("Extended"), .date(date(1985, 7, 14)))
        XCTAssertEqual(try birthday("Basic"), .date(date(1980, 3, 22)))
        XCTAssertEqual(try birthday("No year basic"), .date(date(nil, 2, 3)))
        XCTAssertEqual(try birthday("No year extended"), .date(date(nil, 2, 3)))
        XCTAssertEqual(try birthday("Apple no year"), .date(date(nil, 2, 29)))
        XCTAssertEqual(try birthday("Apple with year"), .date(date(1990, 2, 3)))
        XCTAssertEqual(try birthday("Timestamp"), .date(date(1985, 7, 14)))
        XCTAssertEqual(try birthday("Free text"), .text("circa 1970"))
        XCTAssertEqual(try parsed.person("Free text").warnings,
                       ["kept the birthday 'circa 1970' as text: not a date we can read"])
        XCTAssertEqual(try birthday("Impossible"), .text("1985-02-30"))
    }

    // MARK: Files that are not vCards

    func testTruncatedCardNamesItsLine() throws {
        let error = try XCTUnwrap(Fixture.error(.vcard, "truncated.vcf"))
        XCTAssertEqual(error.line, 5)
        XCTAssertTrue(error.description.hasSuffix("truncated.vcf:5: this card has no END:VCARD (is the file cut short?)"))
    }

    func testCSVIsNotAVCard() throws {
        let error = try XCTUnwrap(Fixture.error(.vcard, "not-a-vcard.vcf"))
        XCTAssertEqual(error.message, "not a vCard file: no BEGIN:VCARD line")
    }

    func testBlankFileIsEmpty() throws {
        XCTAssertEqual(Fixture.error(.vcard, "blank.vcf")?.message, "the file is empty")
    }

    // MARK: The line splitter on its own

    func testUnfoldingHappensOnBytesBeforeDecoding() {
        // "é" is C3 A9; a fold between the two bytes must still give "é".
        let bytes: [UInt8] = Array("BEGIN:VCARD\r\nFN:Ren".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9]
            + Array("\r\nEND:VCARD\r\n".utf8)
        let parsed = try? VCardReader.parse(bytes, file: "folded.vcf")
        XCTAssertEqual(parsed?.people.first?.fullName, "René")
    }

    func testParametersInEveryShape() {
        let lines = VCardLines.split(Array("item1.TEL;CELL;PREF;type=WORK,voice;X-Q=\"a:b;c\":+33 1\n".utf8))
        let tel = lines.properties[0]
        XCTAssertEqual(tel.group, "item1")
        XCTAssertEqual(tel.name, "TEL")
        XCTAssertEqual(tel.types, ["cell", "pref", "work", "voice"])
        XCTAssertEqual(tel.parameter("X-Q"), "a:b;c")
        XCTAssertEqual(tel.value, "+33 1")
    }

    func testEscapes() {
        XCTAssertEqual(VCardText.unescape("a\\,b\\;c\\nd\\Ne\\\\f\\:g\\q"), "a,b;c\nd\ne\\f:g\\q")
        XCTAssertEqual(VCardText.components("Doe\\;Jr;John,Paul;;"), ["Doe;Jr", "John Paul", "", ""])
        XCTAssertEqual(VCardText.escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
    }
}
