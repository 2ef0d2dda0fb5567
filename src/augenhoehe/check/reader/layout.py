"""Lines of a plan classified by their shape before their words (heading, bullet, table row …)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*•–·▪►✓]|\[[ xX]?\])\s+")
_NUMBER = re.compile(r"^\s*(?!\d{1,2}\.\d{1,2}\.\d{2,4})"
                     r"(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?(?=\s)|\(?[a-zA-Z][.)]|[IVX]{1,4}\.)\s+"
                     r"(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
                     r"(?!\d)")
_BOLD = re.compile(r"^\*\*(.+?)\*\*:?\s*$|^__(.+?)__:?\s*$")
_KEY_VALUE = re.compile(r"^\s*(?:\*\*)?([^:|]{2,40}?):(?:\*\*)?\s+(\S.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SIGNATURE = re.compile(
    r"^\s*(Unterschrift|gez\.|i\.\s?A\.|Mit freundlichen|Viele Grüße|Freundliche Grüße|"
    r"Beste Grüße|Ihr Team|Ihre? (Fachkraft|Ansprechpartner))", re.I)
_PLACE_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .-]{1,40},\s*(den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*$")
_END_PUNCT = (".", "!", "?", ";", ",")


@dataclass(frozen=True)
class Line:
    """One line: raw span, the span of its content without markers, its shape and table cells."""

    start: int
    end: int
    content_start: int
    content_end: int
    shape: str
    """blank, heading, bullet, numbered, table, table_sep, key_value, signature, text"""
    text: str
    content: str
    cells: tuple[tuple[int, int], ...] = ()
    key: str = ""
    """For key_value lines: the key ("Ziel", "Nächstes Gespräch")."""

    @property
    def words(self) -> int:
        """Number of words of the content."""
        return len(self.content.split())


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t*_#>":
        a += 1
    while b > a and text[b - 1] in " \t*_":
        b -= 1
    return a, b


def _cells(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    line = text[start:end]
    sep = "|" if "|" in line else "\t"
    out: list[tuple[int, int]] = []
    pos = start
    for part in line.split(sep):
        a, b = _trim(text, pos, pos + len(part))
        pos += len(part) + 1
        out.append((a, b))
    if sep == "|":  # leading/trailing pipes give empty outer cells
        if out and out[0][0] == out[0][1]:
            out = out[1:]
        if out and out[-1][0] == out[-1][1]:
            out = out[:-1]
    return tuple(out)


def _shape(raw: str, content: str) -> str:
    if not raw.strip():
        return "blank"
    if _TABLE_SEP.match(raw) and "-" in raw:
        return "table_sep"
    if raw.count("|") >= 2 or raw.count("\t") >= 2:
        return "table"
    if _MD_HEADING.match(raw):
        return "heading"
    if _BOLD.match(raw.strip()) and len(content.split()) <= 12:
        return "heading"
    if _SIGNATURE.match(raw) or _PLACE_DATE.match(raw):
        return "signature"
    kv = _KEY_VALUE.match(content)
    if kv and len(kv.group(1).split()) <= 4 and not re.search(r"\d{1,2}\.\d", kv.group(1)):
        return "key_value"
    if _BULLET.match(raw):
        return "bullet"
    if _NUMBER.match(raw):
        return "numbered"
    return "text"


def lines_of(text: str) -> list[Line]:
    """Every line of the text with its shape; headings by shape are refined in headings.py."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw.rstrip("\r "))
        pos += len(raw) + 1
        a = start
        for pattern in (_MD_HEADING, _BULLET, _NUMBER):
            m = pattern.match(text[a:end])
            if m:
                a += m.end()
                if pattern is _BULLET:
                    break
        a, b = _trim(text, a, end)
        content = text[a:b]
        shape = _shape(raw.rstrip("\r "), content)
        cells = _cells(text, start, end) if shape == "table" else ()
        key = ""
        if shape == "key_value":
            m = _KEY_VALUE.match(content)
            key = m.group(1).strip(" *_") if m else ""
        out.append(Line(start, end, a, b, shape, text[start:end], content, cells, key))
    return out


def looks_like_heading(line: Line, following: Line | None) -> bool:
    """A short line without final punctuation that introduces what follows."""
    if line.shape == "heading":
        return True
    if line.shape not in ("text", "numbered") or not line.content:
        return False
    content = line.content.rstrip()
    if content.endswith(":") and line.words <= 12:
        return True
    if re.search(r"\b(?:Herrn?|Frau)\s+[A-ZÄÖÜ]\.$", content) and line.words <= 6:
        return following is not None
    if content.endswith(_END_PUNCT) or content.endswith(("“", '"', ")")) and line.words > 6:
        return False
    if line.words > 8 or not content[:1].isupper() and not content[:1].isdigit():
        return False
    return following is not None
