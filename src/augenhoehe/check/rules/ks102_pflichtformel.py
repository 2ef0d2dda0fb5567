"""KS102: obligation formulas ("ist verpflichtet", "Folge zu leisten", "müssen")."""

from __future__ import annotations

from collections.abc import Iterator

from augenhoehe.check import grammar
from augenhoehe.check.document import Document
from augenhoehe.check.lexicon import combined, hint_of
from augenhoehe.check.rules.base import Hit, Rule, plan_text
from augenhoehe.domain.i18n import Message, gettext_noop

_MODAL_WORDS = {"muss", "müssen", "musst", "müsst"}


def check(doc: Document) -> Iterator[Hit]:
    """Directive phrases from the lexicon and the modal "müssen" (HanTa VM)."""
    for sent in doc.sentences:
        hit = None
        pattern, hints = combined("directive", "regex")
        m = pattern.search(sent.text)
        if m:
            rewrite = grammar.obligation_rewrite(sent)
            tip = f"Schreiben Sie: „{rewrite}“" if rewrite else hint_of(m, hints)
            hit = Hit(sent.start + m.start(), sent.start + m.end(),
                      Message.of(gettext_noop("„%(words)s“ ist eine Pflichtformel, keine Absprache."),
                                 words=m.group(0)), (tip,))
        if hit is None and _MODAL_WORDS.intersection(sent.lower_words()):
            tok = grammar.modal_muessen(sent)
            if tok:
                hit = Hit(tok.start, tok.end, Message(gettext_noop("„müssen“ klingt nach Anordnung.")),
                          ("Schreiben Sie die Absprache im Präsens: „Sie bewerben sich …“ statt "
                           "„Sie müssen sich … bewerben“.",))
        if hit:
            yield hit


RULE = Rule(
    code="KS102", slug="pflichtformel", indicator="kooperative_sprache", severity="warning", weight=15,
    title=gettext_noop("Pflichtformel statt Absprache"),
    why=gettext_noop("„Ist verpflichtet“, „hat Folge zu leisten“ oder „muss“ stammen aus der alten "
                     "Eingliederungsvereinbarung. Der Kooperationsplan ist keine Rechtsgrundlage für Pflichten; "
                     "er beschreibt, was beide vereinbart haben."),
    regimes="Unter der Eingliederungsvereinbarung (bis 30.6.2023) waren Pflichten Vertragsinhalt; "
            "auch dort ist die Formel aber kein Qualitätsmerkmal. Seit dem Bürgergeld (1.7.2023) "
                "ist "
            "der Plan rechtlich unverbindlich; unter der Neuen Grundsicherung (ab 1.7.2026) werden "
            "Pflichten getrennt per Verwaltungsakt nach § 15a SGB II festgelegt.",
    bad=(plan_text("Nächste Schritte\n- Die Kundin ist verpflichtet, sich monatlich zu bewerben."),
         plan_text("Nächste Schritte\n- Sie müssen sich zweimal im Monat bewerben.")),
    good=(plan_text("Nächste Schritte\n- Sie bewerben sich zweimal im Monat."),),
    check=check,
)
