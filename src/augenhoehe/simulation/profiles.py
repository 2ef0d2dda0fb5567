"""German descriptions for Potenzialanalysen: strengths, obstacles by field, wishes."""

from __future__ import annotations

from augenhoehe.domain.plan import ObstacleField

OBSTACLE_PREVALENCE: dict[ObstacleField, float] = {
    ObstacleField.HEALTH: 0.30,
    ObstacleField.CARE: 0.20,
    ObstacleField.LANGUAGE: 0.25,
    ObstacleField.QUALIFICATION: 0.45,
    ObstacleField.MOBILITY: 0.18,
    ObstacleField.HOUSING: 0.08,
    ObstacleField.DEBTS: 0.20,
}
"""Assumption: rough shares among erwerbsfähige Leistungsberechtigte, not calibrated."""

OBSTACLE_TEXTS: dict[ObstacleField, tuple[str, ...]] = {
    ObstacleField.HEALTH: (
        "Rückenbeschwerden, kein schweres Heben",
        "Knieprobleme nach einer Operation, langes Stehen fällt schwer",
        "Depressive Phasen, ist in ärztlicher Behandlung",
        "Diabetes, braucht regelmäßige Pausen",
        "Schwerbehinderung (GdB 50), Arbeit im Sitzen möglich",
        "Allergie gegen Reinigungsmittel",
    ),
    ObstacleField.CARE: (
        "Alleinerziehend, zwei Kinder (4 und 7 Jahre)",
        "Kind ist 2 Jahre alt, noch kein Kitaplatz",
        "Pflegt die Mutter (Pflegegrad 3) an drei Tagen in der Woche",
        "Drei Kinder, Betreuung nur vormittags gesichert",
        "Kind (11 Monate), Kitaplatz ab Sommer zugesagt",
    ),
    ObstacleField.LANGUAGE: (
        "Deutsch auf Niveau A2, Alltagsgespräche gehen gut",
        "Spricht Ukrainisch und Russisch, Deutsch B1 begonnen",
        "Arabisch als Muttersprache, Deutsch A1, kann in lateinischer Schrift kaum schreiben",
        "Deutsch B1 mündlich, schriftlich unsicher",
        "Türkisch und Deutsch, Schriftdeutsch fehlerhaft",
    ),
    ObstacleField.QUALIFICATION: (
        "Kein Berufsabschluss, Erfahrung als Helfer",
        "Berufsabschluss aus dem Ausland, noch nicht anerkannt",
        "Hauptschulabschluss, Ausbildung abgebrochen",
        "Ohne Schulabschluss",
        "Abschluss liegt über 15 Jahre zurück, keine aktuelle Berufspraxis",
    ),
    ObstacleField.MOBILITY: (
        "Kein Führerschein, wohnt am Stadtrand",
        "Kein Auto, Busverbindung nur stündlich",
        "Führerschein wegen Punkten entzogen",
    ),
    ObstacleField.HOUSING: (
        "Wohnt vorübergehend bei Bekannten",
        "Kündigung der Wohnung droht wegen Mietschulden",
        "Lebt in einer Notunterkunft",
    ),
    ObstacleField.DEBTS: (
        "Schulden von etwa 8.000 Euro, Pfändung läuft",
        "Mehrere Inkassoforderungen, noch kein Überblick",
        "Schulden beim Energieversorger",
    ),
}

STRENGTHS = (
    "Zuverlässig und pünktlich", "Gute Umgangsformen", "Arbeitet gern im Team",
    "Handwerklich geschickt", "Erfahrung im Umgang mit älteren Menschen",
    "Spricht drei Sprachen", "Hat den Führerschein Klasse B", "Körperlich belastbar",
    "Motiviert, möchte schnell wieder arbeiten", "Organisiert den Familienalltag allein",
    "Mehrjährige Berufserfahrung", "Kann gut mit Kunden umgehen", "Lernt schnell",
    "Hat ehrenamtlich in einem Sportverein gearbeitet", "Gute Computerkenntnisse",
)

WISH_TEMPLATES = (
    "Möchte als {occ} arbeiten, am liebsten in {city}.",
    "Wünscht sich eine Teilzeitstelle als {occ}, damit die Familie nicht zu kurz kommt.",
    "Will zuerst besser Deutsch lernen und dann als {occ} arbeiten.",
    "Möchte eine Ausbildung machen, Interesse am Bereich {field}.",
    "Sucht eine feste Stelle, gern als {occ}, Schichtarbeit ist möglich.",
    "Möchte nicht mehr nachts arbeiten, lieber tagsüber als {occ}.",
    "Wunsch: Weiterbildung im Bereich {field}, danach unbefristete Stelle.",
    "Möchte in der Nähe der Wohnung arbeiten, Arbeitszeit vormittags.",
)
