"""Phrase grammar: many German formulations per slot, by wording style and concreteness."""

from __future__ import annotations

# Styles: "coop" speaks with the person, "directive" about or down to them.
APPLY = {
    ("coop", True): (
        "Sie bewerben sich jeden Monat mindestens {n}-mal als {occ}",
        "Sie schreiben pro Monat {n} Bewerbungen als {occ} in {city} und Umgebung",
        "Sie bewerben sich bei {employer} und bei mindestens {n} weiteren Betrieben",
        "Sie schicken jeden Monat {n} Bewerbungen ab, davon mindestens eine Initiativbewerbung",
        "Sie suchen in der Jobbörse nach Stellen als {occ} und bewerben sich auf {n} davon",
        "Sie bewerben sich auf {n} Stellen als {occ} und heben die Antworten auf",
        "Sie schreiben {n} Bewerbungen im Monat und zeigen mir beim nächsten Termin die Liste",
    ),
    ("coop", False): (
        "Sie bewerben sich regelmäßig",
        "Sie bemühen sich um Arbeit",
        "Sie schreiben Bewerbungen im angemessenen Umfang",
        "Sie suchen zeitnah nach passenden Stellen",
        "Sie kümmern sich um Bewerbungen",
    ),
    ("directive", True): (
        "Sie haben monatlich mindestens {n} Bewerbungen als {occ} nachzuweisen",
        "Der Kunde ist verpflichtet, pro Monat {n} Bewerbungen schriftlich nachzuweisen",
        "Die Nachweise über mindestens {n} Bewerbungen sind unaufgefordert zum Monatsende "
        "vorzulegen",
        "Sie haben sich auf jeden Vermittlungsvorschlag unverzüglich zu bewerben und dies "
        "binnen drei Tagen nachzuweisen",
        "Die Kundin ist verpflichtet, {n} Eigenbemühungen im Monat mit Datum, Betrieb und "
        "Ansprechpartner zu belegen",
    ),
    ("directive", False): (
        "Der Kunde hat sich in ausreichendem Umfang zu bewerben",
        "Sie haben Ihre Eigenbemühungen regelmäßig nachzuweisen",
        "Der Leistungsberechtigte bemüht sich unverzüglich um eine Beschäftigung",
        "Sie haben alle Möglichkeiten zur Beendigung der Hilfebedürftigkeit auszuschöpfen",
    ),
}
APPLY_FREQ = ("monatlich", "jeden Monat", "pro Monat", "")

COURSE = {
    ("coop", True): (
        "Sie nehmen ab {date} am Kurs „{course}“ bei {carrier} teil",
        "Sie melden sich bis {date} bei {carrier} für „{course}“ an",
        "Sie besuchen „{course}“ bei {carrier}; der Kurs beginnt am {date}",
        "Sie gehen am {date} zum Infotag bei {carrier} und entscheiden dann über „{course}“",
    ),
    ("coop", False): (
        "Sie informieren sich über eine passende Weiterbildung",
        "Sie überlegen, ob eine Qualifizierung für Sie in Frage kommt",
        "Sie nehmen bei Bedarf an einer Maßnahme teil",
    ),
    ("directive", True): (
        "Sie haben ab {date} an der Maßnahme „{course}“ bei {carrier} regelmäßig und "
        "pünktlich teilzunehmen",
        "Der Kunde ist verpflichtet, die Maßnahme „{course}“ bei {carrier} ab {date} anzutreten "
        "und Fehlzeiten unverzüglich anzuzeigen",
    ),
    ("directive", False): (
        "Der Kunde hat an zugewiesenen Maßnahmen teilzunehmen",
        "Sie haben Maßnahmen zur Eingliederung Folge zu leisten",
    ),
}

OBSTACLE_STEPS = {
    "health": (
        "Sie sprechen mit Ihrer Hausärztin darüber, welche Arbeit für Sie gut machbar ist",
        "Sie bringen zum nächsten Termin den Befund mit, damit wir den Ärztlichen Dienst "
        "einschalten können",
        "Sie klären mit Ihrem Arzt, ob eine Reha sinnvoll ist",
    ),
    "care": (
        "Sie melden Ihr Kind bei der Kita-Platzvergabe in {city} an",
        "Sie klären mit dem Familienbüro, wer Ihr Kind nachmittags betreuen kann",
        "Sie überlegen mit Ihrer Familie, an welchen Tagen Sie arbeiten können",
    ),
    "language": (
        "Sie melden sich beim {lang} an",
        "Sie besuchen den {lang} an vier Vormittagen pro Woche",
        "Sie üben Deutsch im Sprachcafé der Stadtbibliothek",
    ),
    "qualification": (
        "Sie schicken Ihre Zeugnisse an die Anerkennungsberatung",
        "Sie suchen Ihre Zeugnisse zusammen und bringen Kopien mit",
        "Sie machen einen Probetag bei {employer}, um die Arbeit kennenzulernen",
    ),
    "mobility": (
        "Sie prüfen die Busverbindungen zu {employer}",
        "Sie melden sich bei einer Fahrschule zur Beratung an",
        "Sie beantragen das Deutschlandticket zum Sozialtarif",
    ),
    "housing": (
        "Sie gehen mit dem Mietschreiben zur Fachstelle Wohnungsnotfälle",
        "Sie melden sich beim Wohnungsamt als wohnungssuchend",
    ),
    "debts": (
        "Sie vereinbaren einen Termin bei der Schuldnerberatung",
        "Sie bringen alle Briefe von Gläubigern zur Schuldnerberatung mit",
    ),
}
OBSTACLE_STEPS_DIRECTIVE = {
    "health": ("Sie haben eine ärztliche Bescheinigung über Ihre Leistungsfähigkeit vorzulegen",
               "Der Kunde ist verpflichtet, die Einladung zum Ärztlichen Dienst wahrzunehmen",
               "Arbeitsunfähigkeitszeiten sind ab dem ersten Tag nachzuweisen"),
    "care": ("Die Kinderbetreuung ist unverzüglich sicherzustellen",
             "Der Kunde hat die Betreuung der Kinder eigenverantwortlich zu organisieren",
             "Sie haben einen Nachweis über die Anmeldung in einer Kita vorzulegen"),
    "language": ("Der Kunde ist verpflichtet, am {lang} teilzunehmen",
                 "Sie haben sich unverzüglich zum {lang} anzumelden",
                 "Die regelmäßige Teilnahme am {lang} ist nachzuweisen"),
    "qualification": ("Sie haben Ihre Zeugnisse unaufgefordert vorzulegen",
                      "Der Kunde hat die Anerkennung seines Abschlusses zu betreiben"),
    "mobility": ("Die Mobilität ist durch den Kunden selbst sicherzustellen",
                 "Sie haben die Erreichbarkeit von Arbeitsstellen im Tagespendelbereich "
                 "sicherzustellen"),
    "housing": ("Der Kunde hat seine Wohnsituation zu klären",
                "Sie haben Änderungen der Anschrift unverzüglich mitzuteilen"),
    "debts": ("Sie haben die Schuldnerberatung aufzusuchen und dies nachzuweisen",
              "Der Kunde ist verpflichtet, an der Regulierung seiner Schulden mitzuwirken"),
}
OTHER_AGENCY_STEPS = (
    "{agency} berät Sie und hilft Ihnen bei den nächsten Schritten",
    "{agency} unterstützt Sie; den ersten Termin machen wir gemeinsam",
    "Sie bekommen einen Termin bei {agency_dat}",
    "{agency} meldet sich bei Ihnen, sobald die Unterlagen da sind",
)

JOBCENTER = {
    True: (
        "Wir übernehmen die Kosten für „{course}“ mit einem Bildungsgutschein",
        "Wir schicken Ihnen jeden Monat mindestens {n} passende Stellenangebote als {occ}",
        "Wir erstatten Ihnen die Fahrtkosten zu Vorstellungsgesprächen",
        "Wir übernehmen Ihre Bewerbungskosten (Fotos, Kopien, Porto)",
        "{cw} meldet sich bis {date} bei Ihnen mit einem Termin bei {employer}",
        "Wir klären bis {date}, ob wir „{course}“ bezahlen können, und sagen Ihnen Bescheid",
        "Wir geben Ihnen einen Gutschein für einen privaten Arbeitsvermittler",
        "{cw} sieht Ihre Bewerbungsunterlagen bis {date} durch",
        "Wir fragen bei {employer} nach einer Probebeschäftigung",
    ),
    False: (
        "Das Jobcenter unterstützt Sie im Rahmen der gesetzlichen Möglichkeiten",
        "Das Jobcenter unterbreitet Ihnen Vermittlungsvorschläge, soweit geeignete "
        "Stellenangebote vorliegen",
        "Förderung aus dem Vermittlungsbudget nach Maßgabe des § 16 Abs. 1 SGB II i. V. m. "
        "§ 44 SGB III, sofern zuvor beantragt",
        "Unterstützung bei Bedarf",
        "Ausgabe eines AVGS nach Prüfung",
        "Das Jobcenter prüft die Übernahme von Bewerbungskosten auf Antrag",
        "Das Jobcenter berät Sie zu Fördermöglichkeiten",
        "Vermittlungsvorschläge erfolgen nach Lage des Arbeitsmarktes",
    ),
}

CLIENT_VOICE_STEPS = (
    "Ich frage bei {employer} nach, ob sie jemanden suchen",
    "Ich mache einen Probearbeitstag bei {employer}",
    "Ich schaue mir mit meiner Schwester die Stellenanzeigen in der Zeitung an",
    "Ich rufe bei {carrier} an und frage nach dem nächsten Kurs",
    "Ich spreche mit früheren Kollegen, ob es bei ihnen Arbeit gibt",
    "Ich übe mit meiner Nachbarin Deutsch, zweimal pro Woche",
    "Ich gehe zur Jobmesse in {city}",
)

GOALS_CONCRETE = (
    "{occ} in {city}",
    "Arbeit als {occ} in Teilzeit (etwa 25 Stunden pro Woche)",
    "Unbefristete Stelle als {occ}, auch im Schichtdienst",
    "Ausbildung oder Umschulung im Bereich {field} ab August {year}",
    "Sozialversicherungspflichtige Arbeit als {occ} in {city} oder Umgebung",
    "Feste Stelle als {occ}, Arbeitszeit vormittags",
)
GOALS_CLIENT = (
    "Ich möchte als {occ} arbeiten.",
    "Mein Ziel: eine feste Stelle als {occ} in {city}.",
    "Ich will wieder als {occ} arbeiten und mein eigenes Geld verdienen.",
    "Ich möchte eine Arbeit als {occ}, die zu meiner Familie passt.",
)
GOALS_GENERIC = (
    "Integration in den allgemeinen Arbeitsmarkt",
    "Aufnahme einer sozialversicherungspflichtigen Beschäftigung",
    "Beendigung der Hilfebedürftigkeit",
    "Heranführung an den ersten Arbeitsmarkt",
    "Verbesserung der Integrationschancen",
)
INTERIM_CONCRETE = (
    "Bis {date_late}: „{course}“ angefangen",
    "In den nächsten drei Monaten ein Praktikum bei {employer}",
    "Bis {date_late} vollständige Bewerbungsunterlagen als {occ}",
    "Bis {date_late} die ersten Vorstellungsgespräche als {occ}",
    "Bis {date_late} ist die Betreuung geklärt und die Bewerbungsmappe fertig",
)
INTERIM_VAGUE = (
    "Verbesserung der Vermittlungschancen",
    "Stabilisierung der persönlichen Situation",
    "Aktivierung und Heranführung",
    "Abbau von Vermittlungshemmnissen",
)

NOTES_COOP = (
    "Wenn etwas dazwischenkommt, rufen Sie mich bitte an.",
    "Sie können den Plan jederzeit mit mir ändern, wenn sich etwas ändert.",
    "Bringen Sie zum nächsten Termin bitte Ihre Zeugnisse mit.",
    "Sie haben gesagt, dass Ihnen Arbeit mit Menschen wichtig ist. Das haben wir beachtet.",
    "Fragen Sie gern nach, wenn etwas im Plan unklar ist.",
)
NOTES_NOMINAL = (
    "Die Überprüfung der Umsetzung der vereinbarten Eingliederungsbemühungen erfolgt im Rahmen "
    "der regelmäßigen Beratungsgespräche unter Berücksichtigung der Mitwirkungsobliegenheiten "
    "des eLb.",
    "Zur Sicherstellung der Eingliederung erfolgt die Vorlage der Nachweise durch den "
    "Leistungsberechtigten unaufgefordert zum jeweiligen Monatsende bei der zuständigen IFK.",
    "Die Einleitung weiterer Integrationsschritte erfolgt nach Auswertung der MAT-Ergebnisse "
    "sowie unter Beachtung der VV.",
)
NOTE_REVIEW_VAGUE = ("Der Plan wird bei Bedarf überprüft.", "Eine Fortschreibung erfolgt "
                     "anlassbezogen.")

SANCTION_EGV = (
    "Rechtsfolgenbelehrung: Verstoßen Sie ohne wichtigen Grund gegen die in dieser "
    "Eingliederungsvereinbarung festgelegten Pflichten, wird Ihr Arbeitslosengeld II nach "
    "§ 31a SGB II gemindert. Die Minderung dauert drei Monate.",
    "Rechtsfolgenbelehrung: Kommen Sie den Pflichten aus dieser Vereinbarung nicht nach, "
    "tritt eine Minderung der Leistungen nach §§ 31, 31a SGB II ein.",
)
SANCTION_HABIT = {
    "buergergeld": (
        "Wir weisen darauf hin, dass Pflichtverletzungen zu einer Minderung nach § 31 SGB II "
        "führen können.",
        "Bei Nichteinhaltung erfolgt eine Aufforderung zur Mitwirkung mit "
        "Rechtsfolgenbelehrung. Eine Leistungsminderung ist dann möglich.",
        "Rechtsfolgenbelehrung: Eine Minderung des Bürgergeldes um 10 Prozent ist bei "
        "Pflichtverletzungen möglich (§ 31a SGB II).",
    ),
    "grundsicherung": (
        "Werden die Schritte nicht umgesetzt, werden die Pflichten per Verwaltungsakt "
        "festgelegt (§ 15a SGB II). Pflichtverletzungen führen zu einer Minderung um 30 Prozent.",
        "Hinweis: Eine Sanktion nach § 31 SGB II bleibt bei fehlender Mitwirkung vorbehalten.",
    ),
}

EVIDENCE = {
    "apply": ("Liste mit Datum, Betrieb und Ansprechperson",
              "Kopie jeder Bewerbung und der Eingangsbestätigung",
              "Bewerbungsliste auf dem Vordruck des Jobcenters"),
    "course": ("Teilnahmebescheinigung des Trägers", "Anmeldebestätigung des Kursträgers"),
    "other": ("schriftliche Bestätigung, vorzulegen bis zum Monatsende",
              "Nachweis im Original beim nächsten Termin", "Bescheinigung der Stelle"),
}
"""Proof demanded when a caseworker documents precisely to prepare an Aufforderung."""
