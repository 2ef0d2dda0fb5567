"""Recognises the usual headings of plans and cuts a text into blocks and units (steps)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from augenhoehe.check.nlp import sentences_of

_HEADINGS: tuple[tuple[str, str], ...] = (
    ("legal", r"rechtsfolgenbelehrung|rechtsfolgen|belehrung über die rechtsfolgen"),
    ("interim", r"(kurzfristiges |mein |ihr )?zwischenziel(e)?"),
    ("goal", r"(mein(e)? |ihr(e)? |unser(e)? |gemeinsame[sn]? )?(berufs|eingliederungs|arbeits)?ziel(e)?"
             r"( der vereinbarung| von frau \w+| von herrn \w+)?"),
    ("other_agency", r"(zusätzliche )?unterstützung durch (andere( stellen)?|dritte|weitere stellen)"
                     r"|andere stellen|weitere unterstützung|(das tun|was tun) andere( stellen)?"),
    ("client", r"((ihre|meine|unsere) )?(nächsten? )?schritte|was sie tun|was ich tue|das mache ich"
               r"|(ihre |meine )?(eigen)?bemühungen|ihre pflichten|vereinbarte schritte"
               r"|\d?\.? ?bemühungen (der|des|von) .*|pflichten (der|des) .*|das tun sie|das tue ich"
               r"|schritte (der|des|von) .*"),
    ("jobcenter", r"was wir tun|was das jobcenter tut|(das|ihr|mein) jobcenter\b.*|unterstützung"
                  r"( durch (das|ihr|ihre|mein) (jobcenter|fachkraft))?|leistungen des jobcenters"
                  r"|\d?\.? ?unterstützung (durch|des) .*|unsere (schritte|unterstützung|angebote)"
                  r"|angebote des jobcenters|das tun wir|das tut das jobcenter"),
    ("review", r"überprüfung.*|nächste[rs]? (termin|gespräch)|wir sprechen wieder.*|fortschreibung"
               r"|gemeinsame überprüfung|bilanz|(termin zur |wann wir )?(überprüfen|überprüfung).*"),
    ("notes", r"was sonst noch wichtig ist|sonstiges|bemerkungen|hinweise|weitere vereinbarungen"),
    ("situation", r"ausgangslage|ausgangssituation|(ihre |meine )?situation|(ihre |meine )?stärken"
                  r"|potenzial(analyse)?|das bringe ich mit|das bringen sie mit"),
    ("wishes", r"(meine|ihre) wünsche|das ist mir wichtig|das ist ihnen wichtig|was ich möchte"
               r"|was sie möchten|in meinen worten|mein wunsch|ihr wunsch"),
    ("header", r"(kooperationsplan|eingliederungsvereinbarung)( (vom|für|zwischen)\b.*)?"),
)
_COMPILED = tuple((kind, re.compile(rf"(?:{pat})", re.I)) for kind, pat in _HEADINGS)
_DECOR = re.compile(r"^\s*(#+\s*|\*\*|__|[IVX]+\.\s+|\d+[.)]\s*|[a-z]\)\s*)*", re.I)
BULLET = re.compile(r"^\s*([-*•–]|\d+[.)]|[a-z]\))\s+")
STEP_KINDS = ("client", "jobcenter", "other_agency")


@dataclass(frozen=True)
class Block:
    """A stretch of text under one heading (kind 'unknown' before the first heading)."""

    kind: str
    heading_start: int
    heading_end: int
    start: int
    end: int


@dataclass(frozen=True)
class Unit:
    """One statement of the plan: a bullet line or a sentence, with its block kind."""

    kind: str
    start: int
    end: int
    text: str
    bullet: bool


def classify_heading(line: str) -> tuple[str, int] | None:
    """Return (kind, length of the heading part) when the line is a heading."""
    stripped = line.rstrip()
    lead = len(_DECOR.match(stripped).group(0))  # type: ignore[union-attr]
    core = stripped[lead:].strip("*_ ").rstrip()
    if not core or len(core) > 80:
        return None
    label, colon, rest = core.partition(":")
    label = label.strip(" *_").rstrip("…. ")
    for kind, pat in _COMPILED:
        if pat.fullmatch(label):
            if colon and rest.strip():
                return kind, stripped.index(":") + 1
            open_tail = (kind == "jobcenter" and len(label.split()) > 2
                         and label.lower().split()[0] in {"das", "ihr", "mein"})
            if open_tail and not colon and not core.endswith(("…", "...")):
                return None
            if colon or (not core.endswith(".") and len(label.split()) <= 7):
                return kind, len(stripped)
    return None


def blocks_of(text: str) -> list[Block]:
    """Cut the text into blocks at recognised headings."""
    blocks: list[Block] = []
    kind, h0, h1, start = "unknown", 0, 0, 0
    pos = 0
    inline = False
    for line in text.split("\n"):
        found = classify_heading(line) if line.strip() else None
        if found is None and inline:
            # "Ziel: Arbeit als Koch" covers only its own line; what follows is untitled
            blocks.append(Block(kind, h0, h1, start, pos))
            kind, h0, h1, start = "unknown", pos, pos, pos
        if found:
            if pos > start or blocks or kind != "unknown":
                blocks.append(Block(kind, h0, h1, start, pos))
            kind, h0, h1 = found[0], pos, pos + found[1]
            start = h1
        inline = found is not None and found[1] < len(line.rstrip())
        pos += len(line) + 1
    blocks.append(Block(kind, h0, h1, start, len(text)))
    return [b for b in blocks if b.end > b.start or b.kind != "unknown"]


def units_of(text: str, block: Block) -> list[Unit]:
    """Bullet lines are one unit each; other lines are cut into sentences."""
    units: list[Unit] = []
    pos = block.start
    for line in text[block.start : block.end].split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            if BULLET.match(line):
                s, e = pos + lead, pos + len(line.rstrip())
                units.append(Unit(block.kind, s, e, text[s:e], True))
            else:
                for sent in sentences_of(text, pos, pos + len(line)):
                    units.append(Unit(block.kind, sent.start, sent.end, sent.text, False))
        pos += len(line) + 1
    return units
