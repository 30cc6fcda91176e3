/// Six months of the demo journal and its three events, dated in days before today.
enum DemoJournal {
    /// One journal line: days ago, kind, who, what was exchanged, a note, a follow-up
    /// (in days from today: negative is overdue), the event it happened at.
    private struct Line {
        var daysAgo: Int
        var kind: String
        var people: [String]
        var exchange: Exchange = .neutral
        var note: String?
        var followUpIn: Int?
        var event: String?
    }

    private static func line(_ daysAgo: Int, _ kind: String, _ people: [String], _ exchange: Exchange = .neutral,
                             note: String? = nil, followUpIn: Int? = nil, event: String? = nil) -> Line {
        Line(daysAgo: daysAgo, kind: kind, people: people, exchange: exchange, note: note,
             followUpIn: followUpIn, event: event)
    }

    /// Oldest first, as a journal is written.
    private static let lines: [Line] = [
        line(178, "coffee", ["helene-dupont"], note: "Elle pense quitter Sopra pour la e-santé."),
        line(172, "call", ["karim-benali"], .gave("relecture de son papier"), note: "Papier sur l'apprentissage fédéré."),
        line(170, "email", ["jean-baptiste-ozanne-leveque-de-montaigu-villiers"], note: "Nouvelles de la promo."),
        line(165, "meal", ["camille-rousseau", "antoine-girard"], note: "Dîner de promo."),
        line(160, "coffee", ["mathieu-lefevre"]),
        line(155, "message", ["claire-dubois"]),
        line(150, "email", ["maximilian-weber"], .asked("contact chez Allianz Care"),
             note: "Il a transmis ma demande."),
        line(145, "event", ["amelie-chevalier", "zoe-lambert", "emilie-petit"], note: "Soirée de rentrée de l'association."),
        line(140, "call", ["sven-lindqvist"], .received("retours sur mon talk")),
        line(135, "coffee", ["lea-fontaine"]),
        line(130, "message", ["chloe-bernard"], note: "Félicitations pour son déménagement."),
        line(128, "online", ["diego-fernandez"], note: "Commentaire sur son billet SwiftUI."),
        line(125, "meal", ["olivier-henry", "aurelie-garnier"]),
        line(120, "coffee", ["julien-moreau"]),
        line(115, "call", ["priya-raman"]),
        line(110, "event", ["aiko-tanaka", "jonas-becker"], note: "Rencontrés au stand JetBrains.",
             event: "swift-connection"),
        line(100, "message", ["aiko-tanaka"], note: "Lien vers mon dépôt d'exemples."),
        line(100, "call", ["antoine-girard"], .received("intro à un investisseur de Kima"),
             note: "Très généreux de son temps."),
        line(95, "coffee", ["agnieszka-kowalska"]),
        line(90, "meeting", ["emilie-petit"], note: "Atelier agilité."),
        line(85, "coffee", ["sebastien-faure"]),
        line(80, "meal", ["ines-haddad"], .gave("intro à Amélie pour un partenariat"), note: "Déjeuner à Clichy."),
        line(75, "call", ["karim-benali"], note: "Il cherche un PM pour l'équipe oncologie ?"),
        line(70, "online", ["sven-lindqvist"], .gave("partage de son article sur Swift 6")),
        line(65, "coffee", ["elodie-marchand"]),
        line(62, "coffee", ["hugo-lemoine"], .gave("conseils pour son stage")),
        line(60, "call", ["zoe-lambert"], note: "Marché des PM santé à Paris."),
        line(60, "meal", ["camille-rousseau"]),
        line(55, "call", ["priya-raman"], .gave("relecture de son talk")),
        line(50, "coffee", ["helene-dupont"], .asked("avis sur mon projet de reconversion"),
             note: "Elle me présente à son équipe si un poste s'ouvre."),
        line(50, "online", ["王芳"], .received("invitation à son webinaire")),
        line(45, "call", ["sebastien-faure"]),
        line(45, "online", ["rafael-oliveira"]),
        line(40, "event", ["nadia-el-amrani", "amelie-chevalier"], event: "soiree-femmes-tech"),
        line(40, "meeting", ["julien-moreau"], note: "Point mission."),
        line(40, "meal", ["olivier-henry"]),
        line(35, "message", ["nadia-el-amrani"], .gave("offre de poste chez un ami"), note: "Suite à la soirée."),
        line(35, "coffee", ["elodie-marchand"]),
        line(30, "coffee", ["lea-fontaine"], .gave("article sur la DSP3")),
        line(30, "message", ["fatou-diallo"]),
        line(30, "call", ["marc-dubois"]),
        line(26, "online", ["manon-leroy"]),
        line(25, "online", ["thomas-nguyen"], note: "Commentaire sur son retour d'expérience Kubernetes."),
        line(20, "coffee", ["mathieu-lefevre", "agnieszka-kowalska"]),
        line(20, "online", ["diego-fernandez"]),
        line(18, "coffee", ["sophie-martin"], .asked("retours sur mon CV orienté santé"),
             note: "Elle relit et me dit.", followUpIn: -4),
        line(15, "call", ["yannick-roux"]),
        line(14, "meal", ["aurelie-garnier"]),
        line(12, "event", ["amelie-chevalier"], note: "Préparation de la soirée de décembre."),
        line(10, "call", ["claire-dubois"]),
        line(8, "event", ["bruno-carre", "laura-bianchi", "mathieu-lefevre"], note: "Sortie longue du dimanche."),
        line(5, "event", ["margaux-vidal", "olivier-tran", "sarah-cohen"], event: "meetup-e-sante-lyon"),
        line(5, "coffee", ["laura-bianchi"]),
        line(3, "meeting", ["nicolas-perrin"], note: "Sujet de talk pour le prochain CocoaHeads.",
             followUpIn: 4),
    ]

    static func interactions(today: Day) -> [Interaction] {
        lines.enumerated().map { index, l in
            Interaction(date: today.adding(days: -l.daysAgo), people: l.people, kind: l.kind, exchange: l.exchange,
                        note: l.note, followUp: l.followUpIn.map { today.adding(days: $0) }, event: l.event,
                        line: index + 2)  // after the journal's version line
        }
    }

    static func events(today: Day) -> [Event] {
        var swiftConnection = Event(id: "swift-connection", name: "Swift Connection", date: today.adding(days: -110))
        swiftConnection.kind = "conference"
        swiftConnection.place = "Paris"
        swiftConnection.target = 4
        swiftConnection.met = ["aiko-tanaka", "jonas-becker"]

        var soiree = Event(id: "soiree-femmes-tech", name: "Soirée Femmes & Tech", date: today.adding(days: -40))
        soiree.kind = "association"
        soiree.place = "Lyon"
        soiree.target = 2
        soiree.met = ["nadia-el-amrani"]

        var meetup = Event(id: "meetup-e-sante-lyon", name: "Meetup e-santé Lyon", date: today.adding(days: -5))
        meetup.kind = "meetup"
        meetup.place = "H7, Lyon"
        meetup.target = 3
        meetup.met = ["margaux-vidal", "olivier-tran", "sarah-cohen"]
        meetup.note = "Table ronde sur l'interopérabilité des dossiers patients."
        return [swiftConnection, soiree, meetup]
    }
}
