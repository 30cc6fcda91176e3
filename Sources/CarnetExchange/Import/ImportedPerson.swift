/// One person as read from an export, before it meets the user's network.
///
/// Every importer (LinkedIn, Google, Outlook, vCard) produces this same shape, so
/// mapping and merging are written once. Values are already cleaned of control
/// characters and cut to size (see `FieldSanitizer`); empty means absent.
public struct ImportedPerson: Hashable, Sendable {
    /// What a birthday cell held: a day we understood, or text we keep for the user.
    public enum Birthday: Hashable, Sendable {
        case date(PartialDate)
        case text(String)
    }

    /// The file the person came from (a directory of vCards has many) and the line
    /// where the record starts, for reports such as `contacts.vcf:12: …`.
    public var file: String
    public var line: Int

    public var fullName: String?
    public var givenName: String?
    public var familyName: String?
    public var company: String?
    public var role: String?
    public var emails: [String] = []
    public var phones: [String] = []
    /// Web sites other than LinkedIn.
    public var urls: [String] = []
    /// The LinkedIn profile, kept apart because it identifies a person when merging.
    public var linkedIn: String?
    public var city: String?
    public var country: String?
    public var birthday: Birthday?
    /// Labels, groups, categories: the circles the person will be put in.
    public var circles: [String] = []
    public var note: String?
    /// When the user met them (LinkedIn's "Connected On").
    public var met: PartialDate?
    /// The id Carnet gave this person, when the file is a Carnet export
    /// (`X-CARNET-ID`): a round trip keeps ids the journal refers to.
    public var carnetID: String?
    /// Fields only Carnet's own vCards carry (`X-CARNET-TAGS`, `-SECTOR`, `-SENIORITY`,
    /// `-CADENCE`, `-INTRODUCED-BY`, `-MET-AT`, `-ROLE-SINCE`), so that exporting and
    /// importing back loses nothing of a person.
    public var tags: [String] = []
    public var sector: String?
    public var seniority: String?
    public var cadence: String?
    public var introducedBy: String?
    public var metAt: String?
    public var roleSince: String?
    /// Things the user should know about this record (a cut field, a date we could
    /// not read, characters removed…), without the file and line.
    public var warnings: [String] = []

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The name to show and to match on: the full name when the export has one,
    /// else given and family names joined.
    public var displayName: String {
        if let fullName, !fullName.isEmpty { return fullName }
        return [givenName, familyName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
