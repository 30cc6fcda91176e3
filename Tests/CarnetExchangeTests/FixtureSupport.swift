import Foundation
import XCTest
@testable import CarnetExchange

/// Fixtures live in `Fixtures/`, one small file per quirk of a real export.
enum Fixture {
    static var directory: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    }

    static func path(_ name: String) -> String { directory + "/" + name }

    static func read(_ format: ImportFormat, _ name: String,
                     file: StaticString = #filePath, line: UInt = #line) throws -> ParsedFile {
        try ImportReader.read(format, path: path(name))
    }

    /// The error a file raises, or a test failure when it does not raise one.
    static func error(_ format: ImportFormat, _ name: String,
                      file: StaticString = #filePath, line: UInt = #line) -> ImportError? {
        do {
            _ = try ImportReader.read(format, path: path(name))
            XCTFail("\(name) should not import", file: file, line: line)
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }
}

extension ParsedFile {
    /// The person with this display name; fails the test when absent.
    func person(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ImportedPerson {
        try XCTUnwrap(people.first { $0.displayName == name }, "no \(name) in \(people.map(\.displayName))",
                      file: file, line: line)
    }
}

func date(_ year: Int?, _ month: Int, _ day: Int) -> PartialDate {
    PartialDate(year: year, month: month, day: day)!
}
