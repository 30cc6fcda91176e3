import Foundation
import XCTest

/// `carnet import` and `carnet export` end to end on the importers' own fixtures.
final class ImportExportCommandTests: XCTestCase {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../CarnetExchangeTests/Fixtures").standardized.path

    func testALinkedInExportAndAPhoneVCardMakeOneAccentedNetworkAndReimportChangesNothing() throws {
        let folder = ScratchFolder()
        let store = folder.path + "/store"
        XCTAssertEqual(CarnetProcess.run(["init"], dir: store).status, 0)
        let dry = CarnetProcess.run(["import", "linkedin", fixtures + "/linkedin-connections-2024.csv", "--dry-run"], dir: store)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.hasPrefix("Dry run: nothing was written."), dry.stdout)
        XCTAssertEqual(folder.read("store/contacts"), "# carnet contacts 1\n")

        let linkedin = CarnetProcess.run(["import", "linkedin", fixtures + "/linkedin-connections-2024.csv", "--circle", "LinkedIn"], dir: store)
        XCTAssertEqual(linkedin.status, 0, linkedin.stderr)
        XCTAssertTrue(linkedin.stdout.contains("4 added, 0 updated, 0 unchanged, 2 skipped"), linkedin.stdout)
        let phone = CarnetProcess.run(["import", "vcard", fixtures + "/ios-3.0-item-groups.vcf"], dir: store)
        XCTAssertEqual(phone.status, 0, phone.stderr)
        let again = CarnetProcess.run(["import", "linkedin", fixtures + "/linkedin-connections-2024.csv", "--circle", "LinkedIn"], dir: store)
        XCTAssertTrue(again.stdout.contains("0 added, 0 updated, 4 unchanged"), again.stdout)

        let list = CarnetProcess.run(["list", "--json"], dir: store)
        let people = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        let names = people.map { $0["name"] as! String }
        XCTAssertTrue(names.contains("Jérôme Dupont"), "\(names)")
        XCTAssertTrue(names.contains("Chloé Dupont"), "\(names)")
        XCTAssertEqual(Set(names).count, names.count, "no duplicates")
        XCTAssertEqual(CarnetProcess.run(["check"], dir: store).status, 0)
    }

    func testExportsAreWrittenPrivatelyAndVCardRoundTrips() throws {
        let folder = ScratchFolder()
        let store = folder.path + "/store"
        CarnetProcess.run(["init"], dir: store)
        CarnetProcess.run(["add", "Hélène Dupont", "--company", "Doctolib", "--circle", "Club", "--email", "h@example.fr",
                           "--birthday", "1985-11-25"], dir: store)
        CarnetProcess.run(["add", "王芳", "--company", "Tencent"], dir: store)
        XCTAssertEqual(CarnetProcess.run(["export", "vcard", "-o", folder.path + "/all.vcf"], dir: store).status, 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/all.vcf")
        XCTAssertEqual((attributes[.posixPermissions] as! NSNumber).intValue, 0o600)
        XCTAssertTrue(folder.read("all.vcf").contains("CATEGORIES:Club"))

        let other = folder.path + "/other"
        CarnetProcess.run(["init"], dir: other)
        let back = CarnetProcess.run(["import", "vcard", folder.path + "/all.vcf"], dir: other)
        XCTAssertEqual(back.status, 0, back.stderr)
        let shown = CarnetProcess.run(["show", "helene-dupont", "--json"], dir: other)
        let contact = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any])["contact"] as! [String: Any]
        XCTAssertEqual(contact["company"] as? String, "Doctolib")
        XCTAssertEqual(contact["emails"] as? [String], ["h@example.fr"])
        XCTAssertEqual(contact["birthday"] as? String, "1985-11-25")
        XCTAssertEqual(contact["circles"] as? [String], ["Club"])

        let ics = CarnetProcess.run(["export", "ics"], dir: store)
        XCTAssertTrue(ics.stdout.contains("RRULE:FREQ=YEARLY"))
        XCTAssertEqual(CarnetProcess.run(["export", "yaml"], dir: store).status, 2)
        XCTAssertEqual(CarnetProcess.run(["import", "vcard", folder.path + "/missing.vcf"], dir: store).status, 1)
    }
}
