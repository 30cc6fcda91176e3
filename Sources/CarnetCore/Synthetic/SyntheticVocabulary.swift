/// The words the synthetic network is made of: names (French, international, accented,
/// some CJK), companies, roles, sectors, cities, circles, tags, phrases for notes.
/// Made up or very common; no real person is described.
enum SyntheticVocabulary {
    static let frenchFirst = [
        "Hélène", "Amélie", "Chloé", "Léa", "Zoé", "Maëlle", "Inès", "Noémie", "Océane", "Clémence",
        "Émilie", "Jérôme", "Frédéric", "Stéphane", "Sébastien", "Benoît", "François", "Gaëtan", "Loïc",
        "Raphaël", "Joël", "Anaïs", "Céline", "Valérie", "Aurélie", "Mathilde", "Camille", "Julien",
        "Nicolas", "Thomas", "Pierre", "Antoine", "Marie", "Manon", "Sophie", "Marc", "Marion", "Marine",
        "Mathieu", "Maxime", "Margaux", "Louise", "Alice", "Jeanne", "Paul", "Hugo", "Arthur", "Lucie",
        "Élodie", "Guillaume", "Agnès", "Thérèse", "Françoise", "Jean-Baptiste", "Anne-Sophie", "Côme",
        "Bérénice", "Héloïse", "Théo", "Nathan", "Emma", "Juliette", "Victor", "Adèle", "Romain", "Sarah",
    ]
    static let frenchLast = [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
        "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Chevalier", "Clément", "Gauthier",
        "Perrin", "Morin", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Noël", "Meyer",
        "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
        "Barbier", "Arnaud", "Martel", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
        "Vidal", "Caron", "Picard", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
        "Bourgeois", "Rey", "Leclerc", "Payet", "Rolland", "Lecomte", "Dupuy", "Guillot", "Hubert", "Berger",
        "Carpentier", "Dupuis", "Moulin", "Deschamps", "Huet", "Vasseur", "Boucher", "Fleury", "Royer",
        "Klein", "Jacquet", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Renault", "Charpentier",
        "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Le Gall", "Collet", "Léger", "Bouvier",
        "Prévost", "Millet", "Perrot", "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois",
        "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal",
        "Hamon", "Boulanger", "Monnier", "Michaud", "Étienne", "Grondin", "Tessier", "Chauvin", "Da Silva",
        "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Hoarau", "Barthélemy", "Cordier", "Lejeune",
        "Delaunay", "Pasquier", "Carlier", "Laporte", "d'Arcy", "Saint-Exupéry", "de La Tour",
    ]
    static let worldFirst = [
        "James", "Emma", "Olivia", "Liam", "Noah", "Sofia", "Lucas", "Mateo", "Isabella", "Giulia",
        "Alessandro", "Lorenzo", "Francesca", "Matteo", "Jürgen", "Björn", "Søren", "Åsa", "Ingrid", "Lars",
        "Łukasz", "Zofia", "Małgorzata", "Piotr", "Dmitri", "Olga", "Ahmed", "Fatima", "Youssef", "Leïla",
        "Karim", "Nadia", "Priya", "Arjun", "Ananya", "Rahul", "João", "Inês", "Gonçalo", "Carmen", "José",
        "María", "Ángel", "Núria", "Siobhán", "Seán", "Aoife", "Mehmet", "Ayşe", "Chidi", "Amara", "Kwame",
        "Ngozi", "Thandiwe", "Sipho", "Mariam", "Omar", "Hanna", "Mikael", "Eero", "Kateřina", "Tomáš",
        "Zsófia", "Bálint", "Ioana", "Andrei", "Ελένη", "Nikos", "Lin", "Wei", "Hiroshi", "Yuki", "Min-jun",
    ]
    static let worldLast = [
        "Smith", "Johnson", "Williams", "Brown", "Rossi", "Bianchi", "Esposito", "Ferrari", "Müller",
        "Schmidt", "Schäfer", "Weiß", "Nowak", "Kowalski", "Wiśniewski", "Ivanov", "Petrova", "García",
        "Fernández", "González", "Rodríguez", "López", "Silva", "Santos", "Oliveira", "Gonçalves", "Benali",
        "Haddad", "El Amrani", "Mansour", "Sharma", "Patel", "Iyer", "Nguyen", "Tran", "Kim", "O'Brien",
        "van der Berg", "Jansen", "de Vries", "Andersson", "Johansson", "Nielsen", "Virtanen", "Kovačević",
        "Horváth", "Dvořák", "Yılmaz", "Öztürk", "Papadopoulos", "Okafor", "Mensah", "Dlamini", "Nakamura",
        "Tanaka", "Zhang", "Chen", "Popescu", "Novák", "Łęcki", "Ó Súilleabháin", "Håkansson",
    ]
    /// Family name then given name, written without a space, as in the scripts they come from.
    static let cjkFamily = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "佐藤", "鈴木", "高橋", "田中", "김", "이", "박", "최"]
    static let cjkGiven = ["芳", "伟", "娜", "秀英", "敏", "静", "磊", "洋", "健", "花子", "翔", "美咲", "민준", "서연", "지훈", "수아"]

    static let companyHeads = [
        "Acme", "Nova", "Bleu", "Horizon", "Atlas", "Orion", "Vertex", "Lumière", "Cèdre", "Alpine",
        "Kappa", "Zénith", "Helix", "Quartz", "Sirius", "Boréal", "Azur", "Pixel", "Nexa", "Solaris",
    ]
    static let companyTails = [
        "Conseil", "Logistique", "Santé", "Énergie", "Labs", "Systems", "Finance", "Studio", "Industries",
        "Mobilité", "Data", "Bio", "Assurances", "Capital", "Robotics",
    ]
    static let roles = [
        "Product Manager", "Directrice marketing", "Ingénieur logiciel", "Data Scientist", "DRH", "CTO",
        "CEO", "Responsable achats", "Chef de projet", "Consultante", "UX Designer",
        "Commercial grands comptes", "Directeur financier", "Développeuse iOS", "Architecte cloud", "Juriste",
        "Chargée de recrutement", "Analyste", "Responsable RSE", "Head of Sales", "Fondatrice", "Professeur",
    ]
    static let sectors = [
        "Tech", "Finance", "Santé", "Énergie", "Industrie", "Conseil", "Retail", "Éducation", "Public",
        "Médias", "Transport", "Luxe", "Agroalimentaire", "Immobilier", "Assurance",
    ]
    static let seniorities = ["junior", "confirmé", "senior", "manager", "director", "executive"]
    static let cities: [(city: String, country: String)] = [
        ("Paris", "France"), ("Lyon", "France"), ("Marseille", "France"), ("Toulouse", "France"),
        ("Nantes", "France"), ("Bordeaux", "France"), ("Lille", "France"), ("Strasbourg", "France"),
        ("Rennes", "France"), ("Montpellier", "France"), ("Nice", "France"), ("Grenoble", "France"),
        ("Genève", "Suisse"), ("Lausanne", "Suisse"), ("Bruxelles", "Belgique"), ("Montréal", "Canada"),
        ("Québec", "Canada"), ("Londres", "Royaume-Uni"), ("Berlin", "Allemagne"), ("München", "Allemagne"),
        ("Barcelona", "Espagne"), ("Madrid", "Espagne"), ("Milano", "Italie"), ("Lisboa", "Portugal"),
        ("Amsterdam", "Pays-Bas"), ("New York", "États-Unis"), ("San Francisco", "États-Unis"),
        ("Singapore", "Singapour"), ("東京", "Japon"), ("上海", "Chine"), ("Dakar", "Sénégal"),
        ("Casablanca", "Maroc"), ("Tunis", "Tunisie"), ("Abidjan", "Côte d'Ivoire"), ("Luxembourg", "Luxembourg"),
    ]
    /// Circles with their kind and default cadence (nil: the person's or the default applies).
    static let circles: [(name: String, kind: String, cadence: String?)] = [
        ("Anciens collègues Acme", "former-colleagues", "3m"), ("Anciens collègues Nova", "former-colleagues", "3m"),
        ("Anciens collègues Atlas", "former-colleagues", "6m"), ("Collègues actuels", "colleagues", "30d"),
        ("Alumni ESSEC", "alumni", "6m"), ("Alumni INSA Lyon", "alumni", "6m"), ("Promo MBA 2015", "alumni", "4m"),
        ("Anciens du lycée", "alumni", "1y"), ("Formation Agile", "training", "3m"),
        ("Formation Data 2023", "training", "3m"), ("Femmes & Tech", "association", "2m"),
        ("Réseau Entreprendre", "association", "2m"), ("Bénévoles Restos du Cœur", "association", "2m"),
        ("Rotary Lyon", "association", "3m"), ("BNI Nantes", "club", "30d"), ("Club de course", "club", "6w"),
        ("Club œnologie", "club", "3m"), ("Chorale", "club", "2m"), ("Famille & amis", "family-friends", "30d"),
        ("Communauté Swift", "online-community", "2m"), ("Meetup Data Paris", "online-community", "3m"),
        ("Open source", "online-community", nil), ("Clients", "clients", "6w"), ("Partenaires", "partners", "2m"),
        ("Mentors", "mentors", "2m"), ("Recruteurs", "partners", "3m"), ("Investisseurs", "partners", "3m"),
        ("Freelances", "partners", nil), ("Conférenciers", "online-community", "4m"),
        ("Startups Station F", "club", "3m"), ("Coworking Nantes", "club", "2m"), ("Voisins", "family-friends", nil),
    ]
    static let tags = [
        "mlops", "swift", "rust", "recrutement", "levée-de-fonds", "mentor", "speaker", "ex-startup", "remote",
        "bilingue", "golf", "vélo", "podcast", "ia", "cloud", "design", "growth", "rse", "b2b", "international",
        "board", "angel", "écriture", "photo",
    ]
    static let cadences = ["14d", "30d", "6w", "2m", "3m", "6m", "1y"]
    static let notes = [
        "Rencontrée au salon VivaTech ; intéressée par l'IA générative.",
        "Met at a conference; into MLOps and platform teams.",
        "Cherche un poste de direction produit à Lyon.",
        "Parle couramment japonais ; a vécu à Tokyo.",
        "Introduced me to two clients last year — owe them one.",
        "Prépare un marathon ; toujours partant pour un café.",
        "Ancien manager, très bon conseil sur les négociations salariales.",
        "Board member at a non-profit; loves long lunches.",
        "Organise le meetup mensuel ; cherche des speakers.",
        "Lance sa boîte dans la mobilité électrique.",
    ]
    static let gifts = [
        "intro to a CTO", "relu son CV", "partagé une offre", "recommandation LinkedIn", "intro à un investisseur",
        "conseils sur la levée", "billet pour la conférence", "article sur l'IA", "contact chez un client",
        "feedback sur le pitch",
    ]
    static let asks = [
        "intro to CTO", "avis sur une offre", "contact chez Nova", "relecture de mon pitch", "conseil salaire",
        "une recommandation", "un stage pour mon fils",
    ]
    static let lineNotes = [
        "déjeuner sympa", "talked about her new role", "à relancer en septembre", "projet commun possible",
        "bon échange sur le marché", "will send slides", "café au Marais", "visio rapide",
    ]
    static let eventWords = [
        ("meetup", "Meetup Swift"), ("meetup", "Meetup Data"), ("conference", "DevFest"),
        ("conference", "Conférence Produit"), ("afterwork", "Afterwork"), ("seminar", "Séminaire RH"),
        ("association", "Assemblée"), ("trade-show", "Salon"), ("webinar", "Webinaire IA"), ("dinner", "Dîner"),
    ]
}
