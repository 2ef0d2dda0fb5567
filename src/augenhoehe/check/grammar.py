"""Sentence-level grammar detectors on top of the NLP adapter (zu-infinitive, modal, passive …)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from augenhoehe.check.nlp import Sentence, Token

_HABEN_SEIN = {"haben", "hat", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei"}
_WERDEN = {"wird", "werden", "wurde", "wurden", "worden", "werde"}
_MUESSEN = {"muss", "müssen", "musst", "müsst", "musste", "mussten", "müsste", "müssten"}
_IZU = re.compile(r"^\w{2,}zu\w{3,}$")
_NOMINAL = re.compile(r"\w{3,}(ung|ungen|keit|keiten|heit|heiten|tion|tionen)$")
THIRD_PERSON = re.compile(
    r"\b(?i:der|die|des|dem|den)\s+(Kunde|Kundin|Kunden|Leistungsberechtigte[nr]?|"
    r"erwerbsfähige[nr]?\s+Leistungsberechtigte[nr]?|eLb|Antragsteller(in)?|Hilfebedürftige[nr]?)\b"
    r"|\b(Herr|Frau)\s+[A-ZÄÖÜ]\w+\s+(hat|ist|wird|muss|soll|bewirbt|nimmt|legt|erhält)\b"
)


@dataclass(frozen=True)
class HabenZu:
    """A "haben/sein … zu + infinitive" construction and its cooperative rewrite."""

    first: Token
    last: Token
    rewrite: str


def _is_zu_inf(sent: Sentence, i: int) -> bool:
    tag = sent.tags[i][1]
    if tag == "VV(IZU)" or tag == "VA(IZU)":
        return True
    return tag.startswith("VV(INF)") and i > 0 and sent.tokens[i - 1].text == "zu"


def _split_particle(word: str, lemma: str) -> tuple[str, str]:
    """vorzulegen/vorlegen -> ('legen', 'vor'); bestätigen -> ('bestätigen', '')."""
    low = word.lower()
    idx = low.find("zu", 1)
    if idx > 0 and low[:idx] + low[idx + 2 :] == lemma.lower():
        return lemma[idx:], lemma[:idx]
    return lemma, ""


def haben_zu(sent: Sentence) -> HabenZu | None:
    """Find "Sie haben … vorzulegen" and rewrite it as "Sie legen … vor" (also coordinated)."""
    low = sent.lower_words()
    if not _HABEN_SEIN.intersection(low) or not any(w == "zu" or _IZU.match(w) for w in low):
        return None
    tags = sent.tags
    toks = sent.tokens
    fin = next(
        (i for i, t in enumerate(toks) if t.text.lower() in _HABEN_SEIN and tags[i][1] == "VA(FIN)"),
        None,
    )
    if fin is None or (fin + 1 < len(toks) and toks[fin + 1].text.lower() in _ADJ_PREDICATES):
        return None
    infs = []
    for i in range(fin + 1, len(toks)):
        if _is_zu_inf(sent, i):
            infs.append(i)
        elif toks[i].text in {",", ";"} and not infs:
            return None  # "ist bereit, … zu …": an infinitive clause, not haben/sein + zu
    if not infs:
        return None
    return HabenZu(toks[fin], toks[infs[0]], _rewrite(sent, fin, infs))


_ADJ_PREDICATES = {"verpflichtet", "bereit", "gehalten", "aufgefordert", "berechtigt"}
_CONJ = {"und", "sowie", "oder", ","}


def _slice(sent: Sentence, a: int, b: int) -> str:
    """Original text of tokens a..b-1 (keeps spacing)."""
    if a >= b:
        return ""
    off = sent.start
    return sent.text[sent.tokens[a].start - off : sent.tokens[b - 1].end - off]


def _rewrite(sent: Sentence, fin: int, infs: list[int]) -> str:
    toks = sent.tokens
    before = _slice(sent, 0, fin).lstrip("-•*– ")
    after = toks[fin + 1].text if fin + 1 < len(toks) else ""
    inverted = fin > 0 and after in {"Sie", "wir"}
    if inverted:
        parts, start = [before, "VERB", after], fin + 2
    else:
        parts, start = ["Wir" if before.lower() == "wir" else "Sie", "VERB"], fin + 1
    for n, inf in enumerate(infs):
        verb, particle = _split_particle(toks[inf].text, sent.tags[inf][0])
        stop = inf - 1 if toks[inf - 1].text == "zu" else inf
        seg_start = start
        if n == 0:
            parts[parts.index("VERB")] = verb
        else:
            if toks[seg_start].text.lower() in _CONJ:
                parts.append(toks[seg_start].text if toks[seg_start].text != "," else ",")
                seg_start += 1
            parts.append(verb)
        parts += [_slice(sent, seg_start, stop), particle]
        start = inf + 1
    rest = _slice(sent, start, len(toks)).rstrip(".!")
    sentence = " ".join(p for p in parts if p).replace(" ,", ",").strip()
    if rest:
        sentence += rest if rest[0] in ",;" else " " + rest
    return sentence.rstrip() + "."


def obligation_rewrite(sent: Sentence) -> str | None:
    """ "X ist verpflichtet, sich … zu bewerben" -> "Sie bewerben sich …"."""
    words = [t.text.lower() for t in sent.tokens]
    if not any(w in _ADJ_PREDICATES for w in words) or "," not in words:
        return None
    adj = next(i for i, w in enumerate(words) if w in _ADJ_PREDICATES or i == len(words) - 1)
    comma = next((i for i in range(adj, len(words)) if words[i] == ","), None)
    if comma is None:
        return None
    infs = [i for i in range(comma + 1, len(words)) if _is_zu_inf(sent, i)]
    return _rewrite(sent, comma, infs) if infs else None


def perfect_tense(sent: Sentence) -> bool:
    """haben/sein as finite verb with a past participle: a sentence about the past, not a step."""
    low = sent.lower_words()
    if not _HABEN_SEIN.intersection(low):
        return False
    tags = [t for _, t in sent.tags]
    return "VA(FIN)" in tags and "VV(PP)" in tags and not any(w in _WERDEN for w in low)


def modal_muessen(sent: Sentence) -> Token | None:
    """The first form of "müssen" used as modal verb."""
    for i, t in enumerate(sent.tokens):
        if t.text.lower() in _MUESSEN and sent.tags[i][1].startswith("VM"):
            return t
    return None


def passive(sent: Sentence) -> tuple[Token, Token] | None:
    """werden + past participle (VV(PP)) in one sentence: (werden, participle)."""
    low = sent.lower_words()
    if not _WERDEN.intersection(low):
        return None
    tags = sent.tags
    aux = next(
        (i for i, t in enumerate(sent.tokens) if t.text.lower() in _WERDEN and tags[i][1][:2] == "VA"),
        None,
    )
    if aux is None:
        return None
    for j in range(len(sent.tokens)):
        if j != aux and tags[j][1] == "VV(PP)":
            return sent.tokens[aux], sent.tokens[j]
    return None


def imperative(sent: Sentence) -> Token | None:
    """A command: sentence-initial finite verb + "Sie" that is not a question."""
    toks = [t for t in sent.tokens if t.text not in {"-", "•", "*"}]
    if len(toks) < 3 or sent.text.rstrip().endswith("?"):
        return None
    first, second = toks[0], toks[1]
    if second.text != "Sie" or not first.text[:1].isupper() or first.text.lower() == "bitte":
        return None
    idx = sent.tokens.index(first)
    tags = sent.tags
    tag = tags[idx][1]
    if not (tag.startswith("VV") or tag.startswith("VA(IMP)")):
        return None
    for i, t in enumerate(sent.tokens[:-1]):
        if t.text == "," and "FIN" in tags[i + 1][1]:
            return None  # "Verstoßen Sie …, wird …": a conditional clause, not a command
    return first


def nominalisations(sent: Sentence) -> list[Token]:
    """Nouns on -ung, -keit, -heit, -tion (the marks of nominal style)."""
    return [t for t in sent.words if t.text[:1].isupper() and _NOMINAL.match(t.text)]


def actor(sent: Sentence) -> str | None:
    """Grammatical actor: client, jobcenter, other or None (no actor found)."""
    words = [t.text for t in sent.words]
    low = [w.lower() for w in words]
    text = sent.text
    if THIRD_PERSON.search(text):
        return "client"
    if {"Jobcenter", "JC"}.intersection(words[:4]) or "wir" in low[:4] or "Fachkraft" in words[:4]:
        return "jobcenter"
    if "Sie" in words or "ich" in low or "Ihnen" in words or "er" in low[:3] or "Kunde" in words[:3]:
        return "client"
    if "wir" in low or "Jobcenter" in words or "uns" in low:
        return "jobcenter"
    return None
