"""A client's sentence in the first person, rewritten in the plan's voice ("Ich gehe …" → "Sie gehen …")."""

from __future__ import annotations

import re

_IRREGULAR = {
    "bin": "sind", "habe": "haben", "hab": "haben", "will": "wollen", "kann": "können", "muss": "müssen",
    "darf": "dürfen", "möchte": "möchten", "mag": "mögen", "soll": "sollen", "weiß": "wissen",
    "tu": "tun", "tue": "tun", "werde": "werden",
}
_PRONOUNS = {
    "mich": "sich", "mir": "sich", "mein": "Ihr", "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem",
    "meiner": "Ihrer", "meines": "Ihres", "ich": "Sie",
}
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def _verb(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("e"):
        return word + "n"
    if low.endswith(("el", "er")):
        return word + "n"
    return word + "en"


def to_plan_voice(text: str) -> str:
    """Rewrite first-person sentences as the plan addresses the person ("Sie …"); other text stays.

    A heuristic for the usual short proposals: "Ich gehe zur Jobmesse" → "Sie gehen zur Jobmesse",
    "Am Montag rufe ich an" → "Am Montag rufen Sie an", "meine Unterlagen" → "Ihre Unterlagen".
    The caseworker reads and can edit the result in the draft.
    """
    words = list(_WORD.finditer(text))
    if not any(m.group(0).lower() == "ich" for m in words):
        return text
    out, pos = [], 0
    inverted = False
    for i, m in enumerate(words):
        word, low = m.group(0), m.group(0).lower()
        new = word
        prev = words[i - 1].group(0).lower() if i else ""
        nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if low == "ich":
            new = "Sie"
        elif prev == "ich" and not inverted and _is_finite(low):
            new = _verb(word)
        elif nxt == "ich" and i > 0 and _is_finite(low):
            new, inverted = _verb(word), True
        elif low in _PRONOUNS:
            new = _PRONOUNS[low]
        out.append(text[pos:m.start()] + new)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    return result[:1].upper() + result[1:]


def _is_finite(low: str) -> bool:
    """A first-person verb form: irregular ones or a word ending in -e (gehe, mache, bewerbe)."""
    return low in _IRREGULAR or (low.endswith("e") and low not in _PRONOUNS and low not in _NOT_VERBS
                                 and len(low) > 2)


_NOT_VERBS = {"die", "eine", "keine", "diese", "jede", "alle", "gerne", "heute", "ohne", "bitte", "seine", "ihre"}
