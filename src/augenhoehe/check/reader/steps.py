"""Which statements are agreed steps, and who does each one (the grammatical actor, then the heading)."""

from __future__ import annotations

import re

from augenhoehe.check.nlp import Sentence
from augenhoehe.check.reader.parties import OTHER_AGENCY, Parties

_STATIVE = {"sein", "haben", "heißen", "wohnen", "leben", "kommen", "stammen", "gehen", "bestehen",
            "liegen", "fehlen", "gelten", "bekommen", "beziehen", "erhalten", "betragen", "ergeben",
            "verfügen", "streben", "anstreben", "trauen", "zutrauen", "vorstellen", "können", "dürfen",
            "dauern", "interessieren", "zeichnen", "mögen", "kennen", "sprechen"}
_PAST = {"war", "waren", "hatte", "hatten", "wurde", "wurden", "ging", "kam", "gab", "machte", "lebte",
         "arbeitete", "äußerte", "sagte", "fragte", "erklärte", "verlor", "musste", "konnte", "wollte"}
_SITUATION = re.compile(r"\b(seit|derzeit|zurzeit|zur Zeit|bisher|früher|damals|bislang|zuletzt|"
                        r"inzwischen|aktuell|momentan|in der Vergangenheit)\b", re.I)
_GOAL = re.compile(r"\b(möchte|möchten|will|wollen|würde\s+gern|wünscht|wünsche|wünschen|träumt|"
                   r"Ziel|Berufsziel|Traum)\b", re.I)
REVIEW = re.compile(
    r"überprüf|Überprüfung|\bsprechen\b.{0,40}\bwieder\b|\bwieder\b.{0,20}\bsprechen|sehen\s+uns\b.{0,30}wieder|"
    r"treffen\s+uns\b.{0,20}\bwieder|laden\s+(?:wir\s+)?Sie\b.*\bGespräch|Gespräch\s+ein\b|nächste[rn]?\s+Kontakt|setzen\s+wir\s+uns|"
    r"(?:besprechen|sprechen)\s+(?:wir\s+)?.{0,40}\bam\s+\d|\bBilanz\b|Fortschreibung|wieder\s+(?:sprechen|zusammen|treffen)|"
    r"sprechen\s+wir\b.*\b(?:wieder|erneut|über)|(?:sehen|treffen)\s+wir\s+uns|wir\s+(?:uns\s+)?wieder|"
    r"nächste[rsn]?\s+(?:gemeinsame[rsn]?\s+)?(?:Gespräch|Termin|Treffen)\b(?!\s+(?:mit|bei)\s+(?:der|dem|einer))|"
    r"Folgetermin|Wiedervorlage|Nä\.\s*Termin|schauen\s+wir\b|besprechen\s+wir\b|"
    r"(?:besprich\w*|bespricht)\s+.*\b(?:wie|was|ob)\b.*\b(?:entwickelt|geklappt|gelaufen|läuft|steht)|"
    r"melden\s+uns\b.*\bbei\s+Ihnen|Termin\s+zur\s+(?:Überprüfung|Besprechung)|Gesprächstermin",
    re.I)
LEGAL = re.compile(r"Rechtsfolg|Minderung|gemindert|Sanktion|§\s?3[12]\b|Pflichtverletzung|"
                   r"Leistungsbezug|entfällt\s+das|Belehrung|Verwaltungsakt|Widerspruch|Rechtsbehelf|"
                   r"ausgehändigt|erläutert|unterschrieben|zur Kenntnis|Kenntnis genommen|gilt\s+(?:ab|bis)|"
                   r"Verpflichtung\s+durch|\b(?:gilt|gelten)\s+(?:vom|ab|bis|für|für\s+den)\b|Geltungsdauer:|"
                   r"\bgültig\s+(?:vom|ab|bis)\b|fortgeschrieben|"
                   r"Vereinbarung\s+geschlossen|§\s?15a|\bVA\b|"
                   r"ersetzt|Diese Vereinbarung|Dieser Plan|Der Plan\b|Vereinbarung wird|keine Strafe", re.I)
_EMPTY = re.compile(r"^\s*(entfällt|keine|keins|nichts|–|-|/|n\.\s?a\.|siehe oben)\W*$"
                    r"|^\s*(zurzeit\s+|derzeit\s+)?keine\b.{0,60}\b(nötig|erforderlich|vorgesehen|geplant)\W*$", re.I)
_JOINT_WITH_CLIENT = re.compile(r"\bmit\s+(?:mir|Ihnen|ihm|ihr)\b|\bgemeinsam\b|\bzusammen\b", re.I)


def is_empty(text: str) -> bool:
    """'entfällt', 'keine' and the like: a slot left empty."""
    return bool(_EMPTY.match(text))


def _fin_index(sent: Sentence) -> int | None:
    tags = sent.tags
    for i, (_lemma, tag) in enumerate(tags):
        if "FIN" in tag and tag[:1] == "V":
            return i
    # "Das Jobcenter (Frau P.) erstellt … einen Lebenslauf": the tagger may read a present-tense "-t" form
    # as a participle. Without any finite verb, a participle that is not at the clause's end is finite.
    words = [i for i, (_l, t) in enumerate(tags) if t[:1] != "$"]
    for i, (_lemma, tag) in enumerate(tags):
        if tag == "VV(PP)" and words and i < words[-1] and sent.tokens[i].text.endswith("t") \
                and i > 0 and tags[i - 1][1] != "$," and not tags[0][1].startswith("APPR"):
            return i
    return None


def finite_lemma(sent: Sentence) -> str | None:
    """Lemma of the first finite verb, or None (telegraphic notes, nominal style)."""
    i = _fin_index(sent)
    return sent.tags[i][0].lower() if i is not None else None


_DUTY = re.compile(r"\bverpflichtet\b|\bzu\s+\w+en\b|\w+zu\w+en\b|sicherzustellen|nachzuweisen|vorzulegen", re.I)


def situation_like(sent: Sentence) -> bool:
    """A description of the person's past or present situation, not an action."""
    tags = [t for _l, t in sent.tags]
    if any(t.endswith("(IZU)") for t in tags) or re.search(r"\bverpflichtet\b|\bist\s+\w*zu\w+en\b", sent.text):
        return False
    if "VV(PP)" in tags and any(t.startswith("VA(FIN)") for t in tags) and not re.search(
            r"\b(wird|werden)\b", sent.text):
        return True
    if _SITUATION.search(sent.text) and not re.search(r"\b(bis|ab|am)\s+\d|\bbis\s+(zum|Ende)", sent.text):
        return True
    fin = _fin_index(sent)
    if fin is not None:
        word = sent.tokens[fin].text.lower()
        if word in _PAST or word.endswith(("ierte", "ierten")) or (
                word.endswith(("ete", "eten")) and sent.tags[fin][0].lower().endswith("en")):
            return True
    lemma = finite_lemma(sent)
    if lemma in _STATIVE and not re.search(r"\d{1,2}\.\d{1,2}\.|\bbis\b|\bam\s+\d", sent.text):
        return True
    return False


def _ref(word: str, low: str, parties: Parties, initial: bool) -> str | None:
    if word in parties.client_names:
        return "client"
    if word in parties.staff_names:
        return "jobcenter"
    if word in parties.others:
        return "jobcenter"  # a named person acting in the plan who is not the client: mostly staff
    if low == "ich":
        return "client" if parties.voice != "second" else "jobcenter"
    if low == "wir":
        return "wir"
    if word == "Sie" or low in ("er", "sie", "du"):
        return "client"
    if word in ("Kd.", "Kd", "Kunde", "Kundin", "Leistungsberechtigte", "Leistungsberechtigter", "eLb",
                "Teilnehmer", "Teilnehmerin", "Antragsteller", "Antragstellerin", "Ratsuchende"):
        return "client"
    if word in ("Jobcenter", "JC", "Jugendberufsagentur", "Fachkraft", "Integrationsfachkraft",
                "Arbeitsvermittler", "Arbeitsvermittlerin", "Ansprechpartner", "Ansprechpartnerin",
                "Fallmanager", "Fallmanagerin", "Arbeitgeberservice", "Team"):
        return "jobcenter"
    if OTHER_AGENCY.fullmatch(word):
        return "other_agency"
    return None


def actor(sent: Sentence, parties: Parties) -> str | None:
    """The party that is the grammatical subject of the clause: client, jobcenter, wir, other_agency."""
    toks = [t for t in sent.tokens if t.text not in {"-", "•", "*", "–", "|"}]
    if not toks:
        return None
    fin = _fin_index(sent)
    words = [t.text for t in sent.tokens]
    fin_tok = sent.tokens[fin] if fin is not None else None
    before = [t for t in toks if fin_tok is None or t.start < fin_tok.start]
    after = [t for t in toks if fin_tok is not None and t.start > fin_tok.start][:3]
    if fin_tok is None:
        before = toks[:4]
    head = sent.text[: (fin_tok.start - sent.start) if fin_tok else len(sent.text)]
    if fin_tok is not None and OTHER_AGENCY.search(head) and not re.search(
            r"\b(ich|wir|Sie|er|sie)\b", head) and not any(t.text in parties.client_names for t in before):
        agency_first = OTHER_AGENCY.search(head)
        if agency_first and not re.search(r"\b(bei|beim|mit|zur|zum|an|am|für|von|vom)\s+(der|dem|den|die|das)?\s*$",
                                          head[: agency_first.start()]):
            return "other_agency"
    agent = re.search(r"\b(?i:seitens|durch)\s+(?:des|der|den|dem|Ihre[nm]?|Ihr)?\s*(Jobcenters?|Fachkraft|"
                      r"Arbeitgeberservice|(?:Herrn?|Frau)\s+[A-ZÄÖÜ][\w-]+)", sent.text)
    if agent and not any(_ref(t.text, t.text.lower(), parties, False) for t in before):
        name = agent.group(1).split()[-1]
        return "client" if name in parties.client_names else "jobcenter"
    for group in (before, after):
        for i, t in enumerate(group):
            found = _ref(t.text, t.text.lower(), parties, i == 0)
            if found == "other_agency" and group is after:
                continue
            if found:
                if found == "client" and t.text.lower() == "sie" and t.text == "sie" and group is before and i > 0 \
                        and words and words[0].lower() in ("die", "für"):
                    continue
                return found
    return None


def owner_of(sent: Sentence, parties: Parties, block_owner: str | None) -> tuple[str, bool]:
    """(owner, explicit): the subject resolved through the party table, else the block's owner."""
    found = actor(sent, parties)
    explicit = found is not None
    text = sent.text
    if found == "wir":
        found = "both" if re.search(r"\b(gemeinsam|zusammen|miteinander)\b", text) or parties.voice == "first" \
            else "jobcenter"
    if found is None:
        found = block_owner or "client"
    if found == "jobcenter" and (_JOINT_WITH_CLIENT.search(text) or any(
            re.search(rf"\bmit\s+(?:Herrn?|Frau)\s+(?:\w+\s+)?{re.escape(n)}\b", text) for n in parties.client_names)):
        if not re.search(r"\bunterstützt\s+Sie\b|\bmit\s+Ihnen\s+in\s+Kontakt\b", text):
            found = "both"
    elif found == "client" and (any(re.search(rf"\bmit\s+(?:Herrn?|Frau)\s+(?:\w+\s+)?{re.escape(n)}\b", text)
                                    for n in parties.staff_names)
                                or re.search(r"\bgemeinsam\s+mit\s+(?:dem|Ihrem|meinem)\s+Jobcenter", text)):
        found = "both"
    return found, explicit
