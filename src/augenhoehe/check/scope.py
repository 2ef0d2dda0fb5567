"""Scope of language rules: is a trigger word in this sentence a threat, or negated, explained, asked about?

A trigger (Rechtsfolgen, gekürzt, Verwaltungsakt …) is evidence, not a verdict. Before a sanction rule
fires, the sentence around it is read: negation governing it ("hat keine Rechtsfolgen"), a concern or
question ("fragte, ob ihm Geld gekürzt wird"), reassurance and explanation ("dieser Plan ist keine
Grundlage für Kürzungen"), a protective clause ("ein Arzttermin ist ein wichtiger Grund"), or a plain
label ("ersetzender Verwaltungsakt" as a document's title). Threats in other words are found here too
("Konsequenzen für den Leistungsbezug", announcing an Aufforderung zur Mitwirkung).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEGATION = re.compile(r"\b(kein|keine|keinen|keiner|keinem|keines|nicht|ohne|weder|nichts|nie)\b", re.I)
_CONCERN = re.compile(r"\b(Sorge|Sorgen|Angst|befürchte\w*|fragt\w*|gefragt|Frage|ob)\b", re.I)
_REASSURE = re.compile(r"\b(erklärt|besprochen|bedeutet|heißt|keine Strafe|kein Bescheid|kein Vertrag|"
                       r"rechtlich nicht verbindlich|unverbindlich|Übergangsregelung)\b", re.I)
_CONDITION = re.compile(r"\b(wenn|falls|sofern|sollten|sollte|sonst|andernfalls|bei\s+Nicht\w*|bei\s+Abbruch|"
                        r"ohne\s+wichtigen\s+Grund|kommen\s+Sie\b.*\bnicht|Verletzen\s+Sie|Verstoßen\s+Sie|"
                        r"bei\s+fehlende[rn]|bei\s+Verstößen|Liegen\s+sie\s+nicht\s+vor|nicht\s+nach)\b"
                        r"|^\W*(?:Werden|Wird|Kommen|Nehmen|Legen|Erfüllen|Halten|Brechen)\b[^,]{0,80}\bnicht\b[^,]{0,40},",
                        re.I)
_CONSEQUENCE = re.compile(r"\b(kann|können|wird|werden|muss|müssen|erfolgt|droht|drohen)\b", re.I)
THREATS = re.compile(
    r"Konsequenzen\s+für\s+den\s+(?:weiteren\s+)?Leistungsbezug|Folgen\s+fehlender\s+Mitwirkung|"
    r"(?:schriftlich\s+)?zur\s+Mitwirkung\s+auf(?:gefordert|fordern|zufordern)|"
    r"Aufforderung\s+zur\s+Mitwirkung|über\s+die\s+(?:Rechts)?folgen\s+\w*\s*belehrt|"
    r"Leistung\w*\b[^.]{0,40}\bentfallen|\bkann\b[^.]{0,40}\bentfallen|"
    r"weniger\s+Geld|Geld\s+(?:wird\s+)?(?:auch\s+)?gekürzt",
    re.I)


@dataclass(frozen=True)
class Sentence:
    """The sentence (or clause run) around a trigger."""

    start: int
    end: int
    text: str


def sentence_around(text: str, start: int, end: int) -> Sentence:
    """The sentence containing text[start:end] (split at . ! ? and line breaks, not at abbreviations)."""
    left = start
    while left > 0:
        ch = text[left - 1]
        if ch == "\n" or ch in ".!?" and left < len(text) and text[left] == " " and not re.search(
                r"(\b\w{1,3}|\d)\.$", text[max(0, left - 5):left]):
            break
        left -= 1
    right = end
    while right < len(text) and text[right] != "\n":
        if text[right] in ".!?" and (right + 1 >= len(text) or text[right + 1] in " \n") and not re.search(
                r"(\b\w{1,3}|\d)$", text[max(0, right - 4):right]):
            right += 1
            break
        right += 1
    return Sentence(left, right, text[left:right])


def _clause(sentence: str, pos: int) -> str:
    """The part of the sentence between the separators around pos (comma, colon, semicolon, dash)."""
    cuts = [m.end() for m in re.finditer(r"[,:;–]|\bund\b|\baber\b", sentence[:pos])]
    start = cuts[-1] if cuts else 0
    m = re.search(r"[,:;–]|\bund\b|\baber\b", sentence[pos:])
    end = pos + m.start() if m else len(sentence)
    return sentence[start:end]


def is_threat(text: str, start: int, end: int, kind: str = "trigger") -> bool:
    """True when the trigger at text[start:end] threatens (or explains) legal consequences in earnest."""
    sent = sentence_around(text, start, end)
    rel = start - sent.start
    clause = _clause(sent.text, rel)
    if _NEGATION.search(clause) or re.search(r"\b(kein|keine|nicht)\b[^,.;]{0,40}$", sent.text[:rel]):
        # "führen … nicht zu Leistungsminderungen", "hat keine Rechtsfolgen": negated
        if not _CONDITION.search(sent.text[:rel]) or re.search(r"\bkeine?\b", clause):
            return False
    if _CONCERN.search(sent.text[:rel]) and not _CONDITION.search(sent.text[:rel]):
        return False
    if _REASSURE.search(sent.text) and _NEGATION.search(sent.text):
        return False
    if kind == "label":  # Verwaltungsakt, Pflichtverletzung: a threat only as a consequence
        return bool(_CONDITION.search(sent.text) and _CONSEQUENCE.search(sent.text))
    if kind == "protective":  # "wichtiger Grund": a threat only with a consequence for not complying
        return bool(re.search(r"ohne\s+wichtigen\s+Grund", sent.text, re.I) and _CONSEQUENCE.search(sent.text))
    return True


_STAFF_AGENT = re.compile(r"\b(durch|von)\s+(der|die|dem|den|Ihre[rm]?)\s+(Fachkraft|Integrationsfachkraft|"
                          r"Arbeitsvermittl\w*|Jobcenter|Fallmanag\w*|Sachbearbeit\w*|Ansprechpartner\w*)", re.I)
_STAFF_TASK = re.compile(r"\b(zu\s+)?(über)?(prüfen|kontrollieren|dokumentieren|vermerken|nachhalten|veranlassen|"
                         r"aktenkundig)\b|\w+zu(prüfen|kontrollieren|dokumentieren|vermerken)\b", re.I)
_PERSON_SUBJECT = re.compile(r"^\W*(Sie|Er|Sie|Ich|Wir|Herr|Frau|Der Kunde|Die Kundin|Kd\.|Der Leistungsberechtigte|"
                             r"Die Leistungsberechtigte)\b")


def addressed_to_staff(sentence: str) -> bool:
    """An instruction to staff ("die Mitwirkung ist … durch die Fachkraft zu überprüfen"), not to the person."""
    if _STAFF_AGENT.search(sentence):
        return True
    return bool(_STAFF_TASK.search(sentence) and not _PERSON_SUBJECT.match(sentence))


def threats(text: str) -> list[tuple[int, int]]:
    """Spans of threats in other words than the trigger lexicon ("Konsequenzen für den Leistungsbezug")."""
    return [(m.start(), m.end()) for m in THREATS.finditer(text) if is_threat(text, m.start(), m.end())]
