"""Traces of the person's own voice in a plan: wishes, choices, feelings, what they said, their words.

One place for what the Beteiligung features (check.features) and the rules BT101/BT102 recognise.
"""

from __future__ import annotations

import re

_VOICE = re.compile(
    r"\b(?<!wir )(?<!Wir )(möchte|möchten|wünscht|wünsche|wünschen|sagt|sagte|will|wollen|"
    r"eigene[nrs]?\s+(?:Idee|Vorschl|Wort|Wunsch|Ziel|Initiative|Wahl|Angaben)\w*|"
    r"selbst\s+(?:gewählt|ausgesucht|vorgeschlagen|entschieden|gefunden|angesprochen|organisiert)|"
    r"in (ihren|seinen|meinen) Worten|Wunsch|Wünsche|gern|lieber|am liebsten|findet|fragte|geäußert|berichtet|"
    r"erzählt|nach eigene[nr] Angaben?|entschieden|entscheidet|vorgeschlagen|schlägt\s+vor|"
    r"interessiert\s+sich|(?:ist|sind)\s+(?:ihr|ihm|Ihnen|mir)\s+wichtig|"
    r"ich\s+(?:möchte|will|wünsche|finde|mag|freue|traue|kann\s+gut|bin\s+gut)|"
    r"Spaß|schwerfällt|fällt\s+(?:ihr|ihm|mir|Ihnen)\s+schwer|Angst|nervös|Sorgen?|freut\s+sich|freue\s+mich|"
    r"traut\s+sich|stolz|kann\s+(?:ich|er|sie)\s+(?:immer\s+noch\s+)?gut|richtige\s+Entscheidung)\b", re.I)
_QUOTATION = re.compile(r"„([^“\n]{2,300})“|\"([^\"\n]{2,300})\"")
_SPEAKER = re.compile(r"\b(ich|mir|mich|mein\w*|wir|uns|unser\w*)\b", re.I)
_SAYS = re.compile(r"(sagt|sagte|sagten|meint|betont|erzählt|fragt|fragte|Worten|wünscht|Wunsch|möchte|will|"
                   r"Aussage|Angaben)\W{0,3}\s*$|:\s*$", re.I)


def own_words(text: str) -> int:
    """Quotations of the person: in the first person or introduced as said ("sagt: „…“"), not course names."""
    count = 0
    for m in _QUOTATION.finditer(text):
        inner = m.group(1) or m.group(2) or ""
        if _SPEAKER.search(inner) or _SAYS.search(text[max(0, m.start() - 40):m.start()]):
            count += 1
    return count


def voice_marks(text: str) -> int:
    """Traces of the person's own voice: wishes, choices, what they said, quotations of their words."""
    return len(_VOICE.findall(text)) + own_words(text)


CHOICE = re.compile(
    r"selbst\s+(?:gefunden|ausgesucht|gewählt|vorgeschlagen|recherchiert|angesprochen|organisiert)"
    r"|auf\s+(?:eigenen|Ihren|seinen|ihren|meinen)\s+Wunsch|(?:Ihre|seine|ihre|meine)\s+(?:Idee|Wahl|Vorschl\w*)"
    r"|(?:hat|haben)\s+sich\s+(?:\w+\s+){0,3}(?:für|gegen)\s+\w+(?:\s+\w+){0,3}\s+entschieden"
    r"|entscheiden\s+sich\s+selbst|nach\s+(?:Ihrer|seiner|ihrer|eigener)\s+Wahl|\b(?:Sie|er|sie|ich)\s+wähl\w*"
    r"|Sie\s+suchen\s+sich\s+\w+\s+aus|ich\s+habe\s+\w+\s+gefunden|ich\s+suche\s+mir|auf\s+meinen\s+Wunsch"
    r"|ich\s+habe\s+mich\s+für|schlägt\s+vor|vorgeschlagen|nach\s+eigene[rn]\s+(?:Aussage|Angaben?)",
    re.I,
)


def has_choice(text: str) -> bool:
    """The text records something the person chose, found or proposed themselves."""
    return bool(CHOICE.search(text))

