"""GS104: a Jobcenter commitment that promises nothing checkable ("berät bei Bedarf", "unterstützt")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_SOFT = re.compile(r"\b(unterstützt|unterstützen|berät|beraten|begleitet|begleiten|hilft|helfen|prüft|prüfen)\b"
                   r"(?!.*\b(bis|am|ab)\s+(zum\s+)?\d)", re.I)


def check(doc: Document) -> Iterator[Hit]:
    """Jobcenter items with a vague word, or a soft verb without any date."""
    for item in doc.steps:
        if item.owner != "jobcenter":
            continue
        vague = combined("vague")[0].search(item.text)
        soft = _SOFT.search(item.text) if not item.timed else None
        m = vague or soft
        if m:
            s = item.unit.start + m.start()
            yield Hit(s, s + len(m.group(0)),
                      Message.of(gettext_noop("Die Zusage des Jobcenters („%(words)s“) ist nicht überprüfbar."),
                                 words=m.group(0)),
                      ("Sagen Sie, was das Jobcenter bis wann tut, so genau wie bei den Schritten "
                       "der Person, z. B. „Wir vereinbaren bis zum 10.11. einen Termin beim "
                       "Ärztlichen Dienst“.",))


RULE = Rule(
    code="GS104", slug="jobcenter-zusage-vage", indicator="gegenseitigkeit", severity="warning", weight=15,
    title=gettext_noop("Unverbindliche Zusage des Jobcenters"),
    why=gettext_noop("„Wir beraten Sie bei Bedarf“ oder „Das Jobcenter unterstützt Sie“ verpflichtet zu nichts. "
                     "Gegenseitigkeit heißt: auch die Zusagen des Jobcenters lassen sich abhaken."),
    bad=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nWas wir tun\n"
                   "- Wir beraten Sie bei Bedarf."),),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat.\n\nWas wir tun\n"
                    "- Wir beraten Sie am 15.10.2026 zur Weiterbildung als Pflegehelferin."),),
    check=check,
)
