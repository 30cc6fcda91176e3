/// The people of the demo network, as a table: one line per person, dates as offsets
/// from today so the demo never ages.
struct DemoPerson {
    var name: String
    var company: String?
    var role: String?
    var sector: String?
    var city: String?
    var country: String?
    var seniority: String?
    var circles: [String]
    var birthday: DemoBirthday?
    /// Days ago the current role started, when recent enough to matter.
    var roleSinceDaysAgo: Int?
    /// Days ago and event id, for people met at one of the demo events.
    var met: (daysAgo: Int, event: String?)?
    var source: String?
    var note: String?

    init(_ name: String, _ company: String?, _ role: String?, _ sector: String?, _ city: String?,
         _ country: String? = "France", seniority: String? = nil, circles: [String],
         birthday: DemoBirthday? = nil, roleSinceDaysAgo: Int? = nil,
         met: (daysAgo: Int, event: String?)? = nil, source: String? = nil, note: String? = nil) {
        self.name = name
        self.company = company
        self.role = role
        self.sector = sector
        self.city = city
        self.country = country
        self.seniority = seniority
        self.circles = circles
        self.birthday = birthday
        self.roleSinceDaysAgo = roleSinceDaysAgo
        self.met = met
        self.source = source
        self.note = note
    }

    var id: String { Slug.make(name) }

    func contact(today: Day, index: Int) -> Contact {
        var c = Contact(id: id, name: name)
        c.company = company
        c.role = role
        c.sector = sector
        c.city = city
        c.country = country
        c.seniority = seniority
        c.circles = circles
        c.birthday = birthday?.resolve(today: today)
        c.roleSince = roleSinceDaysAgo.map { today.adding(days: -$0) }
        c.source = source
        c.note = note
        if let met {
            c.met = Contact.Met(date: today.adding(days: -met.daysAgo), event: met.event)
            c.added = c.met?.date
        } else if source != nil {
            c.added = today.adding(days: -20)
        } else {
            // Spread over the last two and a half years, deterministically, for the growth chart.
            c.added = today.adding(days: -(200 + (index * 37) % 700))
        }
        if source == nil, let first = name.split(separator: " ").first, first.allSatisfy({ $0.isASCII && $0.isLetter }) {
            c.emails = [Slug.make(name).replacingDashes(with: ".") + "@example.com"]
        }
        return c
    }
}

/// A demo birthday: fixed, or a few days from today so that one always falls this week.
enum DemoBirthday {
    case fixed(Birthday)
    /// On `today + days`, turning `age`.
    case inDays(Int, turning: Int)

    func resolve(today: Day) -> Birthday? {
        switch self {
        case .fixed(let b): return b
        case let .inDays(days, age):
            let c = today.adding(days: days).civil
            // On 29 February the year `age` back may not be leap: keep the day, drop the year.
            return Birthday(year: c.year - age, month: c.month, day: c.day)
                ?? Birthday(year: nil, month: c.month, day: c.day)
        }
    }
}

private extension String {
    func replacingDashes(with separator: Character) -> String {
        String(map { $0 == "-" ? separator : $0 })
    }
}

enum DemoPeople {
    static let colleagues = "Anciens collègues"
    static let alumni = "Promo ESSEC 2012"
    static let womenInTech = "Association Femmes & Tech"
    static let running = "Club Running Lyon"
    static let family = "Famille & amis"
    static let swift = "Communauté Swift"

    static let all: [DemoPerson] = [
        // Anciens collègues
        DemoPerson("Hélène Dupont", "Doctolib", "Directrice produit", "Santé numérique", "Paris", seniority: "senior",
                   circles: [colleagues], roleSinceDaysAgo: 12,
                   note: "Ancienne manager chez Sopra Steria. Vient de rejoindre Doctolib."),
        DemoPerson("Mathieu Lefèvre", "Sopra Steria", "Engineering manager", "Services IT", "Lyon", seniority: "senior",
                   circles: [colleagues, running]),
        DemoPerson("Karim Benali", "Owkin", "Data scientist", "Santé numérique", "Paris", seniority: "confirmé",
                   circles: [colleagues]),
        DemoPerson("Julien Moreau", "Capgemini", "Consultant senior", "Services IT", "Lyon", seniority: "senior",
                   circles: [colleagues]),
        DemoPerson("Chloé Bernard", "BlaBlaCar", "Product designer", "Mobilité", "Paris", seniority: "confirmé",
                   circles: [colleagues]),
        DemoPerson("Thomas Nguyen", "OVHcloud", "Architecte cloud", "Cloud", "Roubaix", seniority: "senior",
                   circles: [colleagues, swift]),

        // Promo ESSEC 2012
        DemoPerson("Camille Rousseau", "McKinsey", "Associate partner", "Conseil", "Paris", seniority: "direction",
                   circles: [alumni], roleSinceDaysAgo: 200),
        DemoPerson("Antoine Girard", "Libeo", "Fondateur", "Fintech", "Paris", seniority: "direction",
                   circles: [alumni]),
        DemoPerson("Léa Fontaine", "Qonto", "VP Finance", "Fintech", "Paris", seniority: "direction",
                   circles: [alumni], birthday: .fixed(Birthday(year: 1988, month: 2, day: 29)!)),
        DemoPerson("Maximilian Weber", "Allianz", "Investment manager", "Assurance", "Munich", "Allemagne",
                   seniority: "senior", circles: [alumni]),
        DemoPerson("Inès Haddad", "L'Oréal", "Directrice RSE", "Cosmétique", "Clichy", seniority: "direction",
                   circles: [alumni]),
        DemoPerson("Jean-Baptiste Ozanne-Lévêque de Montaigu-Villiers", "Banque de France", "Économiste",
                   "Finance publique", "Paris", seniority: "senior", circles: [alumni],
                   note: "Tout le monde l'appelle JB."),
        DemoPerson("Rafael Oliveira", "Nubank", "Head of strategy", "Fintech", "São Paulo", "Brésil", seniority: "direction",
                   circles: [alumni]),

        // Association Femmes & Tech
        DemoPerson("Sophie Martin", "Alan", "CTO", "Santé numérique", "Paris", seniority: "direction",
                   circles: [womenInTech], birthday: .fixed(Birthday(year: 1984, month: 5, day: 24)!)),
        DemoPerson("Amélie Chevalier", "Femmes & Tech", "Présidente", "Associatif", "Lyon", seniority: "direction",
                   circles: [womenInTech]),
        DemoPerson("Fatou Diallo", "Back Market", "Développeuse iOS", "E-commerce", "Paris", seniority: "confirmé",
                   circles: [swift, womenInTech], birthday: .inDays(3, turning: 35)),
        DemoPerson("Nadia El Amrani", "Doctolib", "Data engineer", "Santé numérique", "Lyon", seniority: "confirmé",
                   circles: [womenInTech], met: (40, "soiree-femmes-tech")),
        DemoPerson("Zoé Lambert", "Welcome to the Jungle", "Recruteuse tech", "RH", "Paris", seniority: "confirmé",
                   circles: [womenInTech]),
        DemoPerson("Agnieszka Kowalska", "Withings", "QA lead", "Santé numérique", "Issy-les-Moulineaux",
                   seniority: "senior", circles: [womenInTech]),
        DemoPerson("Émilie Petit", "Orange", "Scrum master", "Télécoms", "Lyon", seniority: "confirmé",
                   circles: [womenInTech]),
        DemoPerson("王芳", "Sanofi", "Research scientist", "Pharmacie", "Shanghai", "Chine", seniority: "senior",
                   circles: [womenInTech], note: "Wang Fang. Rencontrée au forum Women in Data."),

        // Club Running Lyon
        DemoPerson("Bruno Carré", "Cabinet Carré", "Kinésithérapeute", "Santé", "Lyon", seniority: "senior",
                   circles: [running]),
        DemoPerson("Élodie Marchand", "Fidal", "Avocate", "Droit", "Lyon", seniority: "senior", circles: [running]),
        DemoPerson("Yannick Roux", "SNCF", "Chef de projet", "Transport", "Lyon", seniority: "confirmé",
                   circles: [running]),
        DemoPerson("Sébastien Faure", "Pharmacie des Brotteaux", "Pharmacien", "Santé", "Lyon", seniority: "senior",
                   circles: [running]),
        DemoPerson("Laura Bianchi", "Studio Bianchi", "Architecte", "Architecture", "Lyon", "Italie", seniority: "senior",
                   circles: [running]),
        DemoPerson("Hugo Lemoine", "INSA Lyon", "Étudiant ingénieur", "Enseignement", "Villeurbanne",
                   seniority: "junior", circles: [running]),

        // Famille & amis
        DemoPerson("Claire Dubois", "Éducation nationale", "Professeure de SVT", "Enseignement", "Grenoble",
                   circles: [family], birthday: .fixed(Birthday(year: 1990, month: 3, day: 14)!)),
        DemoPerson("Marc Dubois", "Hospices Civils de Lyon", "Médecin urgentiste", "Santé", "Lyon", seniority: "senior",
                   circles: [family], birthday: .fixed(Birthday(year: 1958, month: 9, day: 2)!)),
        DemoPerson("Aurélie Garnier", "Le Progrès", "Journaliste", "Médias", "Lyon", circles: [family]),
        DemoPerson("Olivier Henry", "L'Atelier", "Chef cuisinier", "Restauration", "Annecy", circles: [family],
                   birthday: .fixed(Birthday(year: nil, month: 6, day: 21)!)),
        DemoPerson("Manon Leroy", "Ubisoft", "UX researcher", "Jeu vidéo", "Montréal", "Canada", seniority: "confirmé",
                   circles: [family], birthday: .fixed(Birthday(year: 1995, month: 12, day: 31)!)),

        // Communauté Swift
        DemoPerson("Sven Lindqvist", "Spotify", "iOS lead", "Streaming musical", "Stockholm", "Suède", seniority: "senior",
                   circles: [swift]),
        DemoPerson("Aiko Tanaka", "Mercari", "Swift developer", "E-commerce", "Tokyo", "Japon", seniority: "confirmé",
                   circles: [swift], met: (110, "swift-connection")),
        DemoPerson("Diego Fernández", nil, "Développeur indépendant", "Applications mobiles", "Madrid", "Espagne",
                   seniority: "senior", circles: [swift]),
        DemoPerson("Priya Raman", "Alan", "Staff engineer", "Santé numérique", "Paris", seniority: "senior",
                   circles: [swift]),
        DemoPerson("Nicolas Perrin", "CocoaHeads Lyon", "Organisateur", "Associatif", "Lyon", circles: [swift]),
        DemoPerson("Jonas Becker", "JetBrains", "Developer advocate", "Outils de développement", "Berlin", "Allemagne",
                   seniority: "senior", circles: [swift], met: (110, "swift-connection")),

        // Met five days ago at the e-health meetup: no circle yet, nothing logged since.
        DemoPerson("Margaux Vidal", "Cegedim Santé", "Cheffe de produit", "Santé numérique", "Lyon",
                   seniority: "confirmé", circles: [], met: (5, "meetup-e-sante-lyon")),
        DemoPerson("Olivier Tran", "Medadom", "Cofondateur", "Santé numérique", "Paris", seniority: "direction",
                   circles: [], met: (5, "meetup-e-sante-lyon")),
        DemoPerson("Sarah Cohen", "Elaia Partners", "Investisseuse", "Capital-risque", "Paris", seniority: "senior",
                   circles: [], met: (5, "meetup-e-sante-lyon")),

        // Imported from LinkedIn, never contacted.
        DemoPerson("Bastien Morel", "Withings", "Product owner", "Santé numérique", "Paris", circles: [],
                   source: "linkedin"),
        DemoPerson("Isabelle Roy", "Decathlon", "Category manager", "Distribution", "Lille", circles: [],
                   source: "linkedin"),
    ]
}
