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

# occupation (female/male), field, courses, employers (dative with article)
OCCUPATIONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Pflegehelferin/Pflegehelfer", "Pflege",
     ("Pflegebasiskurs", "Weiterbildung zur Pflegehilfskraft (160 Stunden)",
      "Praktikum in einer Pflegeeinrichtung"),
     ("dem Seniorenzentrum Am Stadtpark", "der Caritas-Sozialstation",
      "dem AWO-Seniorenheim Lindenhof", "der Diakoniestation Nord", "dem Pflegedienst Sonnenschein")),
    ("Lagerhelferin/Lagerhelfer", "Logistik",
     ("Staplerschein", "Lehrgang Lager und Logistik", "Einweisung Flurförderzeuge"),
     ("Rhenus Logistics", "dem DHL-Hub", "dem Amazon-Logistikzentrum", "dem Lidl-Zentrallager",
      "der Spedition Hoffmann & Söhne")),
    ("Berufskraftfahrerin/Berufskraftfahrer", "Verkehr",
     ("Führerschein Klasse C/CE mit Grundqualifikation", "Module der Weiterbildung nach BKrFQG",
      "ADR-Schein"),
     ("der Spedition Nordwest", "den Verkehrsbetrieben der Stadtwerke", "Dachser",
      "dem städtischen Entsorgungsbetrieb")),
    ("Verkäuferin/Verkäufer", "Handel",
     ("Kassenschulung", "Einstiegsqualifizierung Einzelhandel", "Warenwirtschaftskurs"),
     ("dem REWE-Markt am Ring", "Kaufland", "dm", "der Bäckerei Kamps", "der Netto-Filiale")),
    ("Reinigungskraft", "Gebäudereinigung",
     ("Grundlehrgang Gebäudereinigung", "Hygieneschulung"),
     ("Piepenbrock", "der WISAG", "dem Gebäudeservice Krämer", "dem Reinigungsdienst des Klinikums")),
    ("Bürokauffrau/Bürokaufmann", "Büro",
     ("Kurs MS Office und Buchhaltung", "Umschulung Kaufmann/-frau für Büromanagement",
      "DATEV-Grundkurs"),
     ("dem Steuerbüro Lenz", "der Stadtverwaltung", "der Wohnungsbaugesellschaft",
      "der Hausverwaltung Meier")),
    ("Köchin/Koch", "Gastronomie",
     ("Hygieneschulung nach § 43 IfSG", "Teilqualifizierung Küche", "Praktikum in einer Kantine"),
     ("der Kantine der Stadtwerke", "dem Hotel am Dom", "dem Restaurant Zur Linde",
      "der Mensa des Studierendenwerks")),
    ("Elektronikerin/Elektroniker", "Handwerk",
     ("Anerkennung des ausländischen Abschlusses", "Anpassungsqualifizierung Elektrotechnik",
      "Fachsprachkurs Technik"),
     ("der Elektro Schulte GmbH", "den Stadtwerken", "der Gebäudetechnik Wagner")),
    ("Erzieherin/Erzieher", "Soziales",
     ("Anerkennung als pädagogische Fachkraft", "Berufsbegleitende Weiterbildung Kita-Helfer"),
     ("der Kita Regenbogen", "der evangelischen Kindertagesstätte", "der Ganztagsschule am Park")),
    ("Fachkraft für Schutz und Sicherheit", "Sicherheit",
     ("Sachkundeprüfung nach § 34a GewO", "Unterrichtung Bewachungsgewerbe"),
     ("Securitas", "Kötter Security", "dem Wachdienst Rhein-Ruhr")),
    ("Produktionshelferin/Produktionshelfer", "Produktion",
     ("Qualifizierung CNC-Grundlagen", "Schweißkurs", "Arbeitssicherheit in der Produktion"),
     ("dem Automobilzulieferer Kiekert", "der Metallbau Becker GmbH", "dem Verpackungswerk Nord")),
    ("Friseurin/Friseur", "Handwerk",
     ("Anerkennung des Meistertitels", "Auffrischungskurs Schnitttechnik"),
     ("dem Salon Haarmonie", "Friseur Klier")),
)
LANGUAGE_COURSES = ("Integrationskurs", "Berufssprachkurs B1", "Berufssprachkurs B2",
                    "Alphabetisierungskurs", "Berufssprachkurs C1")
CARRIERS = ("dem BFZ", "dem Kolping-Bildungswerk", "der VHS", "der TÜV Rheinland Akademie",
            "der DAA", "dem Grone-Bildungszentrum", "dem Internationalen Bund", "dem bfw",
            "WBS Training")
"""Dative forms with article, as used after "bei" ("bei dem" becomes "beim")."""
OTHER_AGENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "health": (("die Deutsche Rentenversicherung", "der Deutschen Rentenversicherung"),
               ("der Ärztliche Dienst der Agentur für Arbeit",
                "dem Ärztlichen Dienst der Agentur für Arbeit"),
               ("der Sozialpsychiatrische Dienst", "dem Sozialpsychiatrischen Dienst")),
    "care": (("das Jugendamt", "dem Jugendamt"), ("das Familienbüro der Stadt",
                                                  "dem Familienbüro der Stadt"),
             ("der Pflegestützpunkt", "dem Pflegestützpunkt")),
    "language": (("die Migrationsberatung für Erwachsene", "der Migrationsberatung für Erwachsene"),
                 ("der Jugendmigrationsdienst", "dem Jugendmigrationsdienst")),
    "qualification": (("die IQ-Anerkennungsberatung", "der IQ-Anerkennungsberatung"),
                      ("die Handwerkskammer", "der Handwerkskammer"), ("die IHK", "der IHK")),
    "mobility": (("die Fahrschule Krüger", "der Fahrschule Krüger"),
                 ("der Verkehrsverbund", "dem Verkehrsverbund")),
    "housing": (("das Wohnungsamt", "dem Wohnungsamt"),
                ("die Fachstelle Wohnungsnotfälle", "der Fachstelle Wohnungsnotfälle")),
    "debts": (("die Schuldnerberatung der Diakonie", "der Schuldnerberatung der Diakonie"),
              ("die Schuldnerberatung der Verbraucherzentrale",
               "der Schuldnerberatung der Verbraucherzentrale")),
}
"""Other agencies by obstacle field: (nominative, dative), each with its article."""
