"""Headings classified by what they say (which kind of block, whose actions), not by a closed list."""

from __future__ import annotations

import re

from augenhoehe.check.reader.parties import OTHER_AGENCY, Parties

_KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("header", re.compile(r"^(?:mein|ihr|unser)?\s*kooperationsplan|^eingliederungsvereinbarung|"
                          r"^vereinbarung\b|^vermerk", re.I)),
    ("legal", re.compile(r"rechtsfolg|belehrung|rechtsbehelf|rechtliche|"
                         r"hinweis(?:e)?\s+zu[rm]?\s+recht", re.I)),
    ("signature", re.compile(r"^unterschrift", re.I)),
    ("interim", re.compile(r"zwischenziel|etappe|erste[rs]?\s+(?:schritt\s+)?ziel|kurzfristige?s?\s+ziel|"
                           r"nahziel|teilziel", re.I)),
    ("review", re.compile(r"überprüf|weiter\s?geht|nächste[srn]?\s+(?:\w+\s+)?(?:termin|gespräch|treffen|kontakt)|"
                          r"wieder\s+sprechen|"
                          r"wieder\s?sehen|^termine?\b|bilanz|fortschreibung|wann\s+wir|nachhalt|wiedervorlage|"
                          r"nä\.\s*termin|folgetermin|gesprächstermin", re.I)),
    ("goal", re.compile(r"ziel|wohin|perspektive|wunsch|wünsch|möchte|will\b|wollen\b|berufswunsch", re.I)),
    ("situation", re.compile(r"ausgangs|situation|worum|stärken|potenzial|festgehalten|über\s+mich|"
                             r"hintergrund|bisher|profil|das\s+bringe|lebenslauf|lage\b|sit\.|stand\b|"
                             r"wer\s+ich\s+bin|zur\s+person|gesprächsinhalt|sonst\s+noch\s+wichtig", re.I)),
    ("steps", re.compile(r"schritt|aufgabe|pflicht|bemühung|bemüh|zusage|unterstütz|leistung|hilfe|hilft|angebot|"
                         r"vereinbar|vereinb\.|verabred|macht|mache|machen|machst|tust\b|erledigst|tut\b|tue\b|tun\b|erledig|vornehm|nehme|"
                         r"übernimm|beitrag|maßnahme|förder|to-?do|kümmer|sorgt|aktivität|eigenbem|"
                         r"zu\s+erledigen|was\s+\w+\s+\w*\s*tut|absprache|vorhaben", re.I)),
)
_BOTH = re.compile(r"gemeinsam|zusammen|wir\s+beide|miteinander", re.I)
_OTHER = re.compile(r"andere\b|anderen\b|dritte|weitere\s+stellen|partner|wer\s+noch|außerdem|"
                    r"weitere\s+hilfe|netzwerk", re.I)
_JC_ACTION = re.compile(r"zusage|unterstütz|leistung|hilfe|hilft|angebot|förder", re.I)


def _owner(label: str, parties: Parties) -> str | None:
    low = label.lower()
    names = [n for n in parties.client_names if re.search(rf"\b{re.escape(n)}\b", label)]
    staff = [n for n in parties.staff_names if re.search(rf"\b{re.escape(n)}\b", label)]
    abbrev = re.search(r"\b(?:Herrn?|Frau)\s+([A-ZÄÖÜ])\.", label)
    if abbrev and parties.client and any(n.startswith(abbrev.group(1)) for n in parties.client_names):
        names.append(abbrev.group(1))
    if OTHER_AGENCY.search(label) or _OTHER.search(low):
        if not names and not re.search(r"jobcenter|\bjc\b", low):
            return "other_agency"
    if staff:
        return "jobcenter"
    if re.search(r"jobcenter|\bjc\b|jugendberufsagentur|fachkraft", low):
        return "jobcenter"
    if names:
        return "client"
    if _BOTH.search(low) and not _JC_ACTION.search(low):
        return "both"
    if re.search(r"\b(was|das)\s+(sie|ich|du)\b|\bdu\b|\bdein\w*|\b(ihre|meine)\s+(schritte|aufgaben|bemühungen)|"
                 r"\bich\b|bemühung|pflichten|eigen|\bkd\b|kunde|kundin|vornehm|nehme\s+ich", low):
        return "client"
    if re.search(r"\b(sie|ihre?)\b", low) and not _JC_ACTION.search(low):
        return "client"
    if re.search(r"\bwir\b|\bunsere?\b|\buns\b|das\s+amt", low) and _JC_ACTION.search(low):
        return "jobcenter"
    if _JC_ACTION.search(low):
        return "jobcenter"
    return None


def classify(label: str, parties: Parties) -> tuple[str, str | None]:
    """(block kind, owner) of a heading's text; kind 'other' when nothing fits."""
    core = label.strip().strip("#*_:–- ").strip()
    core = re.sub(r"^(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s*", "", core)
    owner = _owner(core, parties)
    for kind, pattern in _KIND_CUES:
        if pattern.search(core):
            if kind == "review" and re.match(r"^termine?\s+und\b", core, re.I):
                return "steps", owner  # "Termine und Absprachen": dated steps, not the review
            if kind == "goal" and owner and re.search(r"schritt|tut|tue|mach|erledig|aufgabe", core, re.I):
                return "steps", owner
            if kind in ("steps",):
                return "steps", owner
            if kind == "situation" and owner and re.search(r"schritt|mach|tut|tue", core, re.I):
                return "steps", owner
            return kind, None
    if owner:  # a party alone ("Frau Yıldız", "JC", "Jobcenter") introduces that party's steps
        return "steps", owner
    return "other", None
