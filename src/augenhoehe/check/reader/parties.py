"""Who the plan is about and who wrote it: the client, staff names, the Jobcenter, other agencies."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_NAME = r"(?:Dr\.[ \t]+)?[A-ZÄÖÜ][\w'’-]+(?:[ \t]+(?!und\b|oder\b)[A-ZÄÖÜ][\w'’-]+\.?)?"
TITLED = re.compile(rf"\b(Herrn?|Frau|Hr\.|Fr\.)\s+({_NAME})")
_KD = re.compile(r"\bKd\.\s+([A-ZÄÖÜ][\w-]+)(?:,\s*([A-ZÄÖÜ][\w-]+))?")
OTHER_AGENCY = re.compile(
    r"Agentur für Arbeit|Arbeitsagentur|Rentenversicherung|\bDRV\b|Reha-(?:Team|Beratung|Fachberatung)|"
    r"Schuldnerberatung|Suchtberat|Suchthilfe|Beratungsstelle|Ärztliche[rn]? Dienst|Familienbüro|"
    r"Familienkasse|Jugendamt|Sozialamt|Ausländerbehörde|Migrationsberatung|Bildungsträger|Träger\b|"
    r"Kita\b|Kindergarten|Schule\b|Diakonie|Caritas|AWO\b|Krankenkasse|Psycholog|Therapeut|"
    r"Integrationsfachdienst|\bIFD\b|Anerkennungsstelle|IHK\b|Handwerkskammer|Betreuer(?:in)?\b|"
    r"Anleiter(?:in)?|Berufsberat|Wohnungsamt|Wohngeldstelle|Steuerbüro|Gesundheitsamt|Kammer\b",
    re.I)


@dataclass
class Parties:
    """The party table of a plan."""

    client: str | None = None
    client_names: set[str] = field(default_factory=set)
    """Surnames and first names that refer to the client."""
    staff: list[str] = field(default_factory=list)
    staff_names: set[str] = field(default_factory=set)
    others: set[str] = field(default_factory=set)
    """Names of other persons (employers, counsellors, family)."""
    voice: str = "third"
    """'first' (the client writes: ich/mein), 'second' (the plan addresses the client as Sie) or 'third'."""


def _surname(name: str) -> str:
    parts = [p for p in name.replace("Dr.", "").split() if p]
    return parts[-1].rstrip(".") if parts else name


def _voice(text: str) -> str:
    first = len(re.findall(r"\b(ich|mein|meine|meinen|meinem|meiner|mir|mich)\b", text, re.I))
    # formal Sie/Ihr inside a sentence (not at its start) addresses the reader
    second = len(re.findall(r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b",
                            text, re.M))
    if first >= 4 and first > second:
        return "first"
    if second >= 3:
        return "second"
    return "third"


_STRONG_BEFORE = re.compile(
    r"(Fachkraft|Integrationsfachkraft|Ansprech\w*|Arbeitsvermittler\w*|Fallmanage\w*|i\.\s?A\.|gez\.|"
    r"Sachbearbeit\w*|Vermittler\w*|pAp|Berater(?:in)?|vertreten durch|Ihre? persönliche[rn]? \w+)"
    r"\s*:?\*{0,2}\s*$", re.I)
_STRONG_AFTER = re.compile(r"^\s*(\((?:Jobcenter|JC|Team|Fachkraft|Arbeitsvermittl|Fallmanage|Integrationsfach)[^)]*\)|"
                           r",\s*(?:Integrationsfachkraft|Arbeitsvermittl\w*|Fallmanage\w*|Jobcenter|Team)\b)")
_NOT_A_NAME = re.compile(r"^(Jobcenter|Stadt|Team|Landkreis|Kreis|Agentur|Gemeinde|Arbeit|Ausbildung|Kooperationsplan|"
                         r"Eingliederungsvereinbarung|Mein|Ihr|Unser|Dein|Datum|Name|Vereinbarung|Plan)\b")
_LABEL = re.compile(
    r"(?:Name|Kunde|Kundin|Leistungsberechtigte[rn]?|Teilnehmer(?:in)?|Für)\s*:\*{0,2}\s*(?:(Herrn?|Frau|Hr\.|Fr\.)\s+)?"
    rf"({_NAME})"
    r"|(?:für|zwischen|mit|Hallo|Liebe[rs]?|Guten Tag|Sehr geehrte[rs]?|und)\s+(Herrn?|Frau)\s+" rf"({_NAME})"
    r"|(?:Ich heiße|Ich bin|Kooperationsplan\s*[–:-]|Kooperationsplan\s+für|Mein Name ist)\s*" rf"({_NAME})")


_UNTITLED = re.compile(
    r"(?:^|–|:|\bfür|,)[ \t]*([A-ZÄÖÜ][a-zäöüß]+)[ \t]+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?!\.)[ \t]*"
    r"(\((?:Jobcenter|JC|Team[^)]*|Integrationsfachkraft|Fachkraft|Arbeitsvermittl[^)]*)\))?"
    r"(?=[ \t]*(?:und\b|–|,|\.|\(|$))",
    re.M)
_NOT_FIRST = {"Geschäftsstelle", "Agentur",
              "Bad", "Neue", "Neuer", "Unser", "Unsere", "Mein", "Meine", "Ihr", "Ihre", "Stand", "Datum", "Wir",
              "Plan", "Kreis", "Landkreis", "Gespräch", "Erstellt", "Herr", "Frau", "Herrn", "Team", "Standort"}


def find_parties(text: str) -> Parties:
    """Build the party table: staff by role cues, the client as the most-mentioned other person."""
    parties = Parties(voice=_voice(text))
    lines = text.split("\n")
    head_len = len("\n".join(lines[:5]))
    mentions: Counter[str] = Counter()
    full: dict[str, str] = {}
    staff_score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in TITLED.finditer(text):
        name = m.group(2).strip().rstrip(".")
        words = name.replace("Dr.", "").split()
        if words and len(words) > 1 and words[0].endswith("s") and words[0][:-1] in text:
            words = [words[0][:-1]]  # "Frau Webers Wunsch"
        if not words or _NOT_A_NAME.match(words[-1]):
            continue
        sur = words[-1].rstrip(".")
        if len(sur) < 2:
            continue
        mentions[sur] += 1
        first_seen.setdefault(sur, m.start())
        title = "Herr" if m.group(1).lower().startswith("h") else "Frau"
        candidate = f"{title} {' '.join(words)}"
        if len(candidate.split()) > len(full.get(sur, "").split()):
            full[sur] = candidate
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 40]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
        if _STRONG_BEFORE.search(before) or _STRONG_AFTER.match(after):
            staff_score[sur] += 2
        elif m.start() < head_len and re.search(r"\b(mit|bei)\s*$", before) and (
                re.search(r"\d{1,2}\.\d{1,2}\.|Gespräch|erstellt|Jobcenter|geschrieben", line, re.I)):
            staff_score[sur] += 2
    labelled: str | None = None
    for m in _LABEL.finditer(text[: max(head_len, 400)]):
        name = (m.group(2) or m.group(4) or m.group(5) or "").strip()
        words = name.replace("Dr.", "").split()
        if not words or _NOT_A_NAME.match(words[0]) or _NOT_A_NAME.match(words[-1]):
            continue
        sur = words[-1].rstrip(".,")
        if staff_score.get(sur, 0) >= 2:
            continue
        labelled = sur
        if len(words) > 1:
            parties.client_names.add(words[0])
        full.setdefault(sur, name)
        break
    for m in _UNTITLED.finditer(text[:head_len]):
        first, last = m.group(1), m.group(2)
        if _NOT_A_NAME.match(first) or _NOT_A_NAME.match(last) or first in _NOT_FIRST:
            continue
        if m.group(3):
            staff_score[last] += 2
            mentions[last] += 1
            full.setdefault(last, f"{first} {last}")
        elif labelled is None:
            labelled = last
            parties.client_names.add(first)
            full.setdefault(last, f"{first} {last}")
            mentions[last] += 1
    kd = _KD.search(text)
    if labelled is None and kd:
        labelled = kd.group(1)
        full.setdefault(labelled, kd.group(0).replace("Kd. ", ""))
    ranked = sorted((s for s in mentions if staff_score.get(s, 0) < 2),
                    key=lambda s: (-(mentions[s] + (3 if s == labelled else 0)), first_seen.get(s, 0)))
    if not ranked and labelled is None and mentions:
        ranked = sorted(mentions, key=lambda s: (-mentions[s], first_seen.get(s, 0)))[:1]
    client = ranked[0] if ranked else labelled
    if labelled and (not ranked or mentions.get(labelled, 0) + 3 >= mentions[ranked[0]]):
        client = labelled
    if client:
        parties.client = full.get(client, client)
        parties.client_names.add(client)
        for word in parties.client.split():
            if word not in ("Herr", "Herrn", "Frau", "Dr.") and word[:1].isupper():
                parties.client_names.add(word.rstrip(".,"))
    for sur in mentions:
        if sur == client or sur in parties.client_names:
            continue
        if staff_score.get(sur, 0) >= 2:
            parties.staff.append(full.get(sur, sur))
            parties.staff_names.add(sur)
        else:
            parties.others.add(sur)
    return parties


def staff_from_signature(text: str, parties: Parties) -> None:
    """Staff named in a signature line ("i. A. Hollmann", "– Frau Lindqvist und Herr Nowak")."""
    for m in re.finditer(r"i\.\s?A\.\s+([A-ZÄÖÜ][\w-]+)", text):
        if m.group(1) not in parties.client_names and m.group(1) not in parties.staff_names:
            parties.staff.append(m.group(1))
            parties.staff_names.add(m.group(1))
            parties.others.discard(m.group(1))
