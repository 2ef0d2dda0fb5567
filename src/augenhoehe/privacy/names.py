"""Person names: found by cues (titles, signatures, "ich heiße", first names) and then everywhere."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
TITLES = {"herr": "m", "herrn": "m", "hr.": "m", "frau": "f", "fr.": "f"}
ACADEMIC = {"dr.", "prof.", "dipl.", "dres."}
PARTICLES = {"von", "van", "de", "del", "da", "zu", "vom", "el", "al", "ter", "den", "der", "di", "dos", "le"}
STOP = {
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "du", "dir", "dich", "dein", "deine",
    "deinen", "deinem", "wir", "uns", "unser", "unsere", "er", "es", "ich", "mich", "mir", "mein", "meine",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und", "oder", "im", "am", "vom",
    "zum", "zur", "bei", "mit", "von", "für", "in", "an", "auf", "aus", "nach", "bis", "ab", "über", "unter",
    "als", "wie", "wenn", "dass", "da", "so", "auch", "noch", "nicht", "kein", "keine", "bitte", "danke",
    "herr", "herrn", "frau", "dr", "prof", "jobcenter", "team", "kunde", "kundin", "kd", "agentur", "arbeit",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "bedarfsgemeinschaft", "ehefrau", "ehemann", "sohn", "tochter", "mutter", "vater", "unterschrift",
    "datum", "ort", "name", "ziel", "unterschriften", "anlage", "anlagen", "verteiler", "hinweis", "hinweise",
    "plan", "kooperationsplan", "eingliederungsvereinbarung", "schritte",
    "integrationsfachkraft", "arbeitsvermittlung", "fallmanagement", "ansprechperson", "ansprechpartner",
    "ansprechpartnerin", "gez", "i", "a", "ja", "nein", "hallo", "liebe", "lieber", "sehr", "geehrte",
    "geehrter", "gruß", "grüße", "freundlichen", "viele", "beste", "vermerk", "überprüfung", "termin",
    "kontakt", "telefon", "tel", "e-mail", "mail", "mobil", "adresse", "anschrift", "straße", "u25", "av",
    "pap", "fm", "ifk", "bg", "bg-nr", "nr", "aktenzeichen", "az", "jobcenters", "heute", "morgen",
}
# cues after which the next one to three capitalised words are a name
_CUE = re.compile(
    r"\b(?:i\.\s?A\.|i\.\s?V\.|gez\.|ich\s+heiße|ich\s+hei(?:ss|ß)e|mein\s+Name\s+ist|Name:|"
    r"Kunde:|Kundin:|Kd\.|Ansprech(?:partner(?:in)?|person)\s*:|Integrationsfachkraft\s*:|"
    r"Fallmanager(?:in)?\s*:|Arbeitsvermittler(?:in)?\s*:|Bearbeiter(?:in)?\s*:|Sachbearbeiter(?:in)?\s*:|"
    r"Beraterin\s*:|Berater\s*:|Unterschrift[^\n:]{0,40}:|(?<![\w-])(?:Hallo|Liebe|Lieber|Hi)(?=\s)|"
    r"(?<![\w-])(?:Sohn|Tochter|Kind|Kinder|Enkel|Enkelin|Ehemann|Ehefrau|Mann|Partner|Partnerin|"
    r"Lebensgefährte|Lebensgefährtin|Bruder|Schwester|Mutter|Vater|Nichte|Neffe)(?=\s+[^\W\d_]))",
    re.I,
)
# closing formulas: the name follows on the next line
_CLOSING = re.compile(r"(?:Im\s+Auftrag|In\s+Vertretung|Mit\s+freundlichen\s+Grüßen|Viele\s+Grüße|"
                      r"Freundliche\s+Grüße)\s*,?[ \t]*\n[ \t]*(?=[^\W\d_])")
# a header line naming the person: "für Mandy Melnyk", "Kundin: Iryna Rahimi (34)"
_HEADER = re.compile(r"(?m)^[ \t]*(?:für|Für|Kunde:|Kundin:|Name:|Teilnehmer(?:in)?:)[ \t]+(?=[^\W\d_])")
_HEADER_END = re.compile(r"[ \t]*(?:$|[,(–-])", re.M)
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")


@dataclass(frozen=True)
class Mention:
    """A name in the text: first and last name as far as known, gender from a title if any."""

    start: int
    end: int
    first: str | None
    last: str | None
    gender: str | None = None


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The bundled list of common first names."""
    text = resources.files("augenhoehe.privacy").joinpath("firstnames.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def is_first_name(word: str) -> bool:
    """A known first name, also hyphenated ones such as Heinz-Dieter."""
    names = first_names()
    return word in names or ("-" in word and all(p in names for p in word.split("-")))


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """True for frequent German words (a capitalised noun after a name is no surname)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "de") >= 3.8


_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ion", "ionen",
                 "tät", "täten", "nisse", "ismus", "läge", "ente", "enten", "schläge", "eise", "weise",
                 "ieren", "ierung", "chen", "lein", "ment", "ments", "gramm", "nahme", "nahmen")


def noun_like(word: str) -> bool:
    """Looks like a German noun rather than a surname (by its ending)."""
    low = word.lower()
    return len(low) > 5 and low.endswith(_NOUN_ENDINGS)


def _bare(tok: str) -> str:
    return tok[:-1] if tok.endswith(".") and not _INITIAL.fullmatch(tok) else tok


def _name_like(tok: str) -> bool:
    if _INITIAL.fullmatch(tok):
        return True
    bare = _bare(tok)
    return len(bare) > 1 and bare[0].isupper() and not bare.isupper() and bare.lower() not in STOP


class _Tokens:
    """Word tokens with offsets; `gap(i)` is the text between token i-1 and i."""

    def __init__(self, text: str):
        self.text = text
        self.items = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        self.starts = [s for _w, s, _e in self.items]

    def __len__(self) -> int:
        return len(self.items)

    def word(self, i: int) -> str:
        return self.items[i][0]

    def gap(self, i: int) -> str:
        prev_end = self.items[i - 1][2] if i > 0 else 0
        return self.text[prev_end:self.items[i][1]]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)


def _chain(toks: _Tokens, i: int, strict_second: bool) -> list[int]:
    """Indices of the name tokens starting at i (1 to 3 words, particles allowed inside)."""
    out: list[int] = []
    j = i
    while j < len(toks) and len(out) < 3:
        w = toks.word(j)
        if out and toks.gap(j) not in (" ", "\u00a0"):
            break
        if (w.lower() in PARTICLES and j + 1 < len(toks) and _name_like(toks.word(j + 1))
                and (not out or is_first_name(_bare(toks.word(out[-1]))))):
            out.append(j)
            j += 1
            continue
        if not _name_like(w):
            break
        if out and not _INITIAL.fullmatch(toks.word(out[-1])):
            prev = _bare(toks.word(out[-1]))
            if noun_like(_bare(w)) or (strict_second and not is_first_name(prev)
                                        and prev.lower() not in PARTICLES and common_word(_bare(w))):
                break
        out.append(j)
        if w.endswith(".") and not _INITIAL.fullmatch(w):
            break
        j += 1
    while out and toks.word(out[-1]).lower() in PARTICLES:
        out.pop()
    return out


def _comma_first(toks: _Tokens, idx: list[int], cued: bool = False) -> tuple[list[int], str | None]:
    """'Wolff, Sandra' / 'Vogt, K.' after a one-word name: the first name or initial behind the comma.

    After a role cue ("Kd.:") any rare capitalised word counts as the first name.
    """
    if len(idx) != 1 or idx[0] + 1 >= len(toks) or toks.gap(idx[0] + 1) != ", ":
        return idx, None
    nxt = toks.word(idx[0] + 1)
    if _INITIAL.fullmatch(nxt):
        return idx + [idx[0] + 1], ""
    if is_first_name(_bare(nxt)) or (cued and _name_like(nxt) and not nxt.endswith(".")
                                     and not common_word(nxt) and not noun_like(nxt)):
        return idx + [idx[0] + 1], _bare(nxt)
    return idx, None


def _mention(toks: _Tokens, idx: list[int], gender: str | None, cued: bool = False) -> Mention | None:
    idx, comma_first = _comma_first(toks, idx, cued)
    words = [_bare(toks.word(k)) for k in idx]
    if not words:
        return None
    if comma_first is not None:
        start, end = toks.items[idx[0]][1], toks.items[idx[-1]][2]
        return Mention(start, end, comma_first or None, words[0], gender)
    start = toks.items[idx[0]][1]
    last_tok = toks.word(idx[-1])
    end = toks.items[idx[-1]][2] - (1 if last_tok.endswith(".") and not _INITIAL.fullmatch(last_tok) else 0)
    real = [w for w in words if not _INITIAL.fullmatch(w) and w.lower() not in PARTICLES]
    if not real:
        return None
    if len(real) == 1:
        only = real[0]
        if is_first_name(only) and len(words) == 1:
            return Mention(start, end, only, None, gender)
        return Mention(start, end, None, only, gender)
    return Mention(start, end, real[0], real[-1], gender)


def _plausible_start(toks: _Tokens, idx: list[int]) -> bool:
    """After a role cue: the first word is no abbreviation ("Bew.") and no noun."""
    if not idx:
        return False
    w = toks.word(idx[0])
    return (_INITIAL.fullmatch(w) is not None or not w.endswith(".")) and not noun_like(_bare(w))


def cue_mentions(text: str) -> list[Mention]:
    """Names introduced by a cue: title, signature, role label, a known first name."""
    toks = _Tokens(text)
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        w = toks.word(i)
        low = w.lower()
        gender = None
        j = i
        if low in TITLES or low.rstrip(".") in ("herr", "herrn", "frau"):
            gender = TITLES.get(low) or TITLES.get(low.rstrip("."))
            j = i + 1
            while j < len(toks) and toks.word(j).lower() in ACADEMIC:
                j += 1
        elif low in ACADEMIC:
            j = i + 1
        if j != i:
            idx = _chain(toks, j, strict_second=True)
            m = _mention(toks, idx, gender)
            if m:
                found.append(m)
                i = idx[-1] + 1
                continue
        elif is_first_name(_bare(w)) and not w.endswith(".") and not (
                i > 0 and toks.word(i - 1) in ("St.", "Sankt", "Skt.") and toks.gap(i) == " "):
            idx = _chain(toks, i, strict_second=False)
            if len(idx) == 1 or (i + 1 < len(toks) and toks.gap(i + 1) != " "):
                idx = [i]
            m = _mention(toks, idx, None)
            if m:
                found.append(m)
                i = idx[-1] + 1
                continue
        elif (_name_like(w) and i + 1 < len(toks) and toks.gap(i + 1) == ", "
              and (is_first_name(_bare(toks.word(i + 1))) or _INITIAL.fullmatch(toks.word(i + 1)))
              and w.lower() not in STOP and not common_word(w)):
            # "Falk, Rüdiger" / "Vogt, K."
            first_tok = toks.word(i + 1)
            s, e = toks.items[i][1], toks.items[i + 1][2]
            first = None if _INITIAL.fullmatch(first_tok) else first_tok
            found.append(Mention(s, e, first, _bare(w), None))
            i += 2
            continue
        i += 1
    for cue in _CUE.finditer(text):
        k = toks.index_at(cue.end())
        if k < len(toks) and "\n" not in text[cue.end():toks.items[k][1]]:
            while k < len(toks) and toks.word(k).lower().rstrip(".") in ("herr", "herrn", "frau", "dr", "prof"):
                k += 1
            idx = _chain(toks, k, strict_second=True)
            mm = _mention(toks, idx, None, cued=True) if _plausible_start(toks, idx) else None
            if mm:
                found.append(mm)
    for closing in _CLOSING.finditer(text):
        k = toks.index_at(closing.end())
        idx = _chain(toks, k, strict_second=True)
        mm = _mention(toks, idx, None) if _plausible_start(toks, idx) else None
        if mm:
            found.append(mm)
    for head in _HEADER.finditer(text):
        k = toks.index_at(head.end())
        idx = _chain(toks, k, strict_second=False)
        if len(idx) >= 2 and _HEADER_END.match(text, toks.items[idx[-1]][2]) and _plausible_start(toks, idx):
            mm = _mention(toks, idx, None)
            if mm:
                found.append(mm)
    found += _signature_lines(text)
    return found


def _signature_lines(text: str) -> list[Mention]:
    """A line of one or two rare capitalised words near the end, not a heading (a signature)."""
    lines = text.splitlines(keepends=True)
    out: list[Mention] = []
    offset = len(text)
    following: list[str] = []
    for line in reversed(lines[-8:]):
        offset -= len(line)
        words = line.split()
        toks = list(TOKEN.finditer(line))
        nxt = next((f for f in following if f.strip()), "")
        following.insert(0, line)
        if not 1 <= len(words) <= 2 or words != [t.group() for t in toks] or len(nxt.split()) > 5:
            continue
        if not all(_name_like(t.group()) and not t.group().endswith(".") and not common_word(t.group())
                   and not noun_like(t.group()) for t in toks):
            continue
        first, last = (None, toks[0].group()) if len(toks) == 1 else (toks[0].group(), toks[1].group())
        out.append(Mention(offset + toks[0].start(), offset + toks[-1].end(), first, last, None))
    return out


def propagate(text: str, firsts: set[str], lasts: set[str]) -> list[Mention]:
    """Every further capitalised occurrence of a known first or last name (genitive s too)."""
    out: list[Mention] = []
    words = sorted(firsts | lasts, key=len, reverse=True)
    if not words:
        return out
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?:s\b|['’]s?)?(?![\w-])")
    for m in pattern.finditer(text):
        w = m.group(1)
        if w in lasts:
            out.append(Mention(m.start(1), m.end(1), None, w, None))
        else:
            out.append(Mention(m.start(1), m.end(1), w, None, None))
    return out
