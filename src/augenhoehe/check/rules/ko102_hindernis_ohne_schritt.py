"""KO102: an obstacle is named but no step addresses it."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.knowledge import addresses, find_obstacle, obstacles
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop


def check(doc: Document) -> Iterator[Hit]:
    """Obstacle triggers anywhere; addressing terms must appear in some step."""
    steps_text = "\n".join(i.text for i in doc.steps)
    for obstacle in obstacles():
        span = find_obstacle(obstacle, doc.text)
        if span and not addresses(obstacle, steps_text):
            yield Hit(span[0], span[1],
                      Message.of(gettext_noop("Das Hindernis „%(obstacle)s“ wird genannt, aber kein Schritt "
                                              "geht es an."), obstacle=obstacle.label),
                      (obstacle.suggestion,))


RULE = Rule(
    code="KO102", slug="hindernis-ohne-schritt", indicator="kohaerenz", severity="warning", weight=20,
    title=gettext_noop("Genanntes Hindernis ohne Schritt"),
    why=gettext_noop("Wer ein Hindernis festhält (fehlende Kinderbetreuung, Gesundheit, Sprache, Anerkennung "
                     "des Abschlusses), sollte auch vereinbaren, was dagegen getan wird. Sonst bleibt der Plan "
                     "unrealistisch. Die Zuordnung Hindernis → Schritt steht in lexicons/obstacles.yaml."),
    bad=(plan_text("Ausgangslage\nSie sind alleinerziehend, für Ihren Sohn fehlt die "
        "Kinderbetreuung.\n\nNächste Schritte\n- Sie bewerben sich zweimal im Monat als "
        "Verkäuferin."),),
    good=(plan_text("Ausgangslage\nSie sind alleinerziehend, für Ihren Sohn fehlt die "
        "Kinderbetreuung.\n\nNächste Schritte\n- Sie melden Ihren Sohn bis zum 15.10.2026 bei der "
        "Kita-Platzvergabe an."),),
    check=check,
)
