"""Word lists for synthetic people and places: names, cities, occupations, courses, employers."""

from __future__ import annotations

FIRST_NAMES_F = (
    "Anna", "Maria", "Sabine", "Petra", "Claudia", "Julia", "Katharina", "Sandra", "Nicole",
    "Stefanie", "Melanie", "Jana", "Lena", "Laura", "Sarah", "Christina", "Nadine", "Tanja",
    "Monika", "Birgit", "Heike", "Ayşe", "Fatma", "Elif", "Zeynep", "Olena", "Iryna", "Natalia",
    "Svetlana", "Aleksandra", "Agnieszka", "Magdalena", "Fatima", "Amina", "Rania", "Layla",
    "Noor", "Hanna", "Leonie", "Sophie", "Ramona", "Doris", "Ute", "Gabriele", "Jacqueline",
    "Chantal", "Mandy", "Daniela", "Ioana", "Mihaela", "Sevgi", "Dilara", "Mariam", "Tatjana",
)
FIRST_NAMES_M = (
    "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Markus", "Christian", "Jan", "Sven",
    "Daniel", "Tobias", "Kevin", "Dennis", "Marcel", "Patrick", "Florian", "Lukas", "Jonas",
    "Dirk", "Uwe", "Jürgen", "Rainer", "Mehmet", "Mustafa", "Emre", "Hüseyin", "Ahmad",
    "Mohammed", "Omar", "Yusuf", "Khaled", "Dmytro", "Oleksandr", "Andrij", "Sergej", "Pawel",
    "Piotr", "Tomasz", "Marius", "Bogdan", "Ionut", "Abdullah", "Samir", "Ali", "Hassan",
    "René", "Mario", "Maik", "Ronny", "Dominik", "Nico", "Felix", "Bernd", "Dragan",
)
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang",
    "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther",
    "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Kowalski",
    "Nowak", "Wiśniewski", "Kamińska", "Lewandowski", "Popescu", "Ionescu", "Kovalenko",
    "Shevchenko", "Bondarenko", "Melnyk", "Petrović", "Jovanović", "Hadžić", "Al-Hassan",
    "Haddad", "Khalil", "Mansour", "Rahimi", "Ahmadi", "Nguyen", "Tran", "Ivanova", "Schumacher",
    "Brandt", "Graf", "Dietrich", "Ziegler", "Kuhn", "Engel", "Pohl", "Horn", "Busch", "Voigt",
)
CITIES = (
    "Duisburg", "Gelsenkirchen", "Dortmund", "Essen", "Bochum", "Hagen", "Wuppertal", "Köln",
    "Leverkusen", "Mönchengladbach", "Krefeld", "Bielefeld", "Hannover", "Braunschweig",
    "Kassel", "Erfurt", "Halle (Saale)", "Magdeburg", "Leipzig", "Chemnitz", "Cottbus",
    "Rostock", "Schwerin", "Kiel", "Lübeck", "Bremerhaven", "Offenbach am Main", "Mannheim",
    "Ludwigshafen", "Saarbrücken", "Kaiserslautern", "Nürnberg", "Fürth", "Augsburg",
    "Pforzheim", "Heilbronn", "Gera", "Stendal", "Neubrandenburg", "Oberhausen",
)
CASEWORKER_TEAM_NAMES = (
    "Team U25", "Team Markt und Integration", "Team Ü50", "Team Neukunden", "Team Familie",
    "Team Reha und Gesundheit", "Team Zuwanderung", "Team Langzeitleistungsbeziehende",
)
STREETS = (
    "Bahnhofstraße", "Hauptstraße", "Kirchstraße", "Gartenstraße", "Schulstraße",
    "Am Markt", "Lindenallee", "Industriestraße", "Friedrich-Ebert-Straße", "Ringstraße",
)

# occupation, field, interim goal fragment, courses, employer names
OCCUPATIONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Pflegehelferin/Pflegehelfer", "Pflege",
     ("Pflegebasiskurs", "Weiterbildung zur Pflegehilfskraft (160 Stunden)",
      "Praktikum in einer Pflegeeinrichtung"),
     ("Seniorenzentrum Am Stadtpark", "Caritas-Sozialstation", "AWO Seniorenheim Lindenhof",
      "Diakoniestation Nord", "Pflegedienst Sonnenschein")),
    ("Lagerhelferin/Lagerhelfer", "Logistik",
     ("Staplerschein", "Lehrgang Lager und Logistik", "Einweisung Flurförderzeuge"),
     ("Rhenus Logistics", "DHL Hub", "Amazon Logistikzentrum", "Lidl Zentrallager",
      "Spedition Hoffmann & Söhne")),
    ("Berufskraftfahrerin/Berufskraftfahrer", "Verkehr",
     ("Führerschein Klasse C/CE mit Grundqualifikation", "Module der Weiterbildung nach BKrFQG",
      "ADR-Schein"),
     ("Spedition Nordwest", "Stadtwerke Verkehrsbetriebe", "Dachser", "Entsorgungsbetrieb")),
    ("Verkäuferin/Verkäufer", "Handel",
     ("Kassenschulung", "Einstiegsqualifizierung Einzelhandel", "Warenwirtschaftskurs"),
     ("REWE-Markt", "Kaufland", "dm-drogerie markt", "Bäckerei Kamps", "Netto Filiale")),
    ("Reinigungskraft", "Gebäudereinigung",
     ("Grundlehrgang Gebäudereinigung", "Hygieneschulung"),
     ("Piepenbrock", "WISAG", "Gebäudeservice Krämer", "Klinikum Reinigungsdienst")),
    ("Bürokauffrau/Bürokaufmann", "Büro",
     ("Kurs MS Office und Buchhaltung", "Umschulung Kaufmann/-frau für Büromanagement",
      "DATEV-Grundkurs"),
     ("Steuerbüro Lenz", "Stadtverwaltung", "Wohnungsbaugesellschaft", "Hausverwaltung Meier")),
    ("Köchin/Koch", "Gastronomie",
     ("Hygieneschulung nach § 43 IfSG", "Teilqualifizierung Küche", "Praktikum in einer Kantine"),
     ("Betriebskantine Stadtwerke", "Hotel am Dom", "Restaurant Zur Linde", "Mensa des Studierendenwerks")),
    ("Elektronikerin/Elektroniker", "Handwerk",
     ("Anerkennung des ausländischen Abschlusses", "Anpassungsqualifizierung Elektrotechnik",
      "Fachsprachkurs Technik"),
     ("Elektro Schulte GmbH", "Stadtwerke", "Gebäudetechnik Wagner")),
    ("Erzieherin/Erzieher", "Soziales",
     ("Anerkennung als pädagogische Fachkraft", "Berufsbegleitende Weiterbildung Kita-Helfer"),
     ("Kita Regenbogen", "Evangelische Kindertagesstätte", "Ganztagsschule am Park")),
    ("Fachkraft für Schutz und Sicherheit", "Sicherheit",
     ("Sachkundeprüfung nach § 34a GewO", "Unterrichtung Bewachungsgewerbe"),
     ("Securitas", "Kötter Security", "Wachdienst Rhein-Ruhr")),
    ("Produktionshelferin/Produktionshelfer", "Produktion",
     ("Qualifizierung CNC-Grundlagen", "Schweißkurs", "Arbeitssicherheit in der Produktion"),
     ("Automobilzulieferer Kiekert", "Metallbau Becker", "Verpackungswerk Nord")),
    ("Friseurin/Friseur", "Handwerk",
     ("Anerkennung des Meistertitels", "Auffrischungskurs Schnitttechnik"),
     ("Salon Haarmonie", "Friseur Klier")),
)
LANGUAGE_COURSES = ("Integrationskurs", "Berufssprachkurs B1", "Berufssprachkurs B2",
                    "Alphabetisierungskurs", "Berufssprachkurs C1")
CARRIERS = ("BFZ", "Kolping-Bildungswerk", "VHS", "TÜV Rheinland Akademie", "DAA",
            "Grone-Bildungszentrum", "IB Internationaler Bund", "bfw", "WBS Training")
OTHER_AGENCIES = {
    "health": ("Deutsche Rentenversicherung", "Ärztlicher Dienst der Agentur für Arbeit",
               "Sozialpsychiatrischer Dienst"),
    "care": ("Jugendamt", "Familienbüro der Stadt", "Pflegestützpunkt"),
    "language": ("Migrationsberatung für Erwachsene", "BAMF-Kursträger"),
    "qualification": ("Anerkennungsberatung IQ Netzwerk", "Handwerkskammer", "IHK"),
    "mobility": ("Fahrschule", "Verkehrsverbund"),
    "housing": ("Wohnungsamt", "Fachstelle Wohnungsnotfälle"),
    "debts": ("Schuldnerberatung der Diakonie", "Schuldnerberatung der Verbraucherzentrale"),
}
