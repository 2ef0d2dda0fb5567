"""The self-reflection questionnaire: dimensions, items and the 1–5 scale (see docs/reflection.md)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SCALE: tuple[tuple[int, Promise], ...] = (
    (1, _("trifft gar nicht zu")), (2, _("trifft eher nicht zu")), (3, _("teils, teils")),
    (4, _("trifft eher zu")), (5, _("trifft voll zu")),
)


@dataclass(frozen=True)
class Item:
    """One statement; reversed items count 6 minus the answer."""

    key: str
    dimension: str
    text: Promise
    reversed: bool = False


DIMENSIONS: dict[str, Promise] = {
    "kontrolle": _("Kontrollorientierung"),
    "dienstleistung": _("Dienstleistungsorientierung"),
    "handlungsspielraum": _("Wahrgenommener Handlungsspielraum nach der Reform"),
    "selbstwirksamkeit": _("Beraterische Selbstwirksamkeit"),
}

ITEMS: tuple[Item, ...] = (
    Item("k1", "kontrolle", _("Meine wichtigste Aufgabe ist, darauf zu achten, dass Mitwirkungspflichten "
                              "eingehalten werden.")),
    Item("k2", "kontrolle", _("Ohne die Möglichkeit von Rechtsfolgen nehmen viele Kundinnen und Kunden "
                              "Absprachen nicht ernst.")),
    Item("k3", "kontrolle", _("Ich dokumentiere Absprachen vor allem, um später nachweisen zu können, was "
                              "vereinbart war.")),
    Item("d1", "dienstleistung", _("Ich verstehe meine Arbeit vor allem als Beratung und Unterstützung.")),
    Item("d2", "dienstleistung", _("Die Ziele im Plan sollen in erster Linie die Ziele der Person sein.")),
    Item("d3", "dienstleistung", _("Ich frage nach, was die Person selbst für den nächsten sinnvollen Schritt "
                                   "hält.")),
    Item("h1", "handlungsspielraum", _("Seit der Reform habe ich genug Möglichkeiten, auf die Mitwirkung der "
                                       "Person Einfluss zu nehmen.")),
    Item("h2", "handlungsspielraum", _("Ohne Rechtsverbindlichkeit des Plans fühle ich mich in der Beratung "
                                       "machtlos."), reversed=True),
    Item("h3", "handlungsspielraum", _("Ich kann selbst entscheiden, wann ein Plan für eine Person sinnvoll "
                                       "ist.")),
    Item("s1", "selbstwirksamkeit", _("Auch wenn ein Gespräch festgefahren ist, finde ich meist einen Weg, "
                                      "wieder ins Gespräch zu kommen.")),
    Item("s2", "selbstwirksamkeit", _("Ich traue mir zu, mit einer Person gemeinsam einen Plan zu schreiben, "
                                      "der ihr wirklich etwas nützt.")),
    Item("s3", "selbstwirksamkeit", _("Bei Widerstand im Gespräch weiß ich oft nicht, wie ich weitermachen "
                                      "soll."), reversed=True),
)


def score(answers: dict[str, int]) -> dict[str, float]:
    """Mean per dimension on the 1–5 scale (reversed items turned round), rounded to one decimal."""
    out: dict[str, float] = {}
    for dim in DIMENSIONS:
        values = [6 - answers[i.key] if i.reversed else answers[i.key] for i in ITEMS
                  if i.dimension == dim and i.key in answers]
        if values:
            out[dim] = round(sum(values) / len(values), 1)
    return out
