"""The plan reader: from any plan text to a reading (parties, goal, steps with owner and time, review).

Stages, in the order a careful person reads: lines by shape (layout), parties (parties), headings by
meaning (headings), statements that are steps and their actors (steps), time (timing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from augenhoehe.check.nlp import Sentence, sentences_of
from augenhoehe.check.reader.headings import classify
from augenhoehe.check.reader.layout import Line, lines_of, looks_like_heading
from augenhoehe.check.reader.model import SCHEMA, Reading, ReadStep, Span
from augenhoehe.check.reader.parties import OTHER_AGENCY, Parties, find_parties, staff_from_signature
from augenhoehe.check.reader.steps import LEGAL, REVIEW, actor, finite_lemma, is_empty, owner_of, situation_like
from augenhoehe.check.reader.timing import date_mentions, due_date, first_date, frequency
from augenhoehe.domain import clock

__all__ = ["SCHEMA", "Reading", "ReadStep", "Span", "read_text"]

_NO_STEP_KINDS = {"goal", "interim", "review", "legal", "signature", "situation"}
_BIRTH = re.compile(r"(geb\.|geboren|Geburtsdatum)\s*(am\s+)?$", re.I)
_OWNER_COL = re.compile(r"^(wer|zuständig|verantwortlich|durch|von wem|akteur)", re.I)
_TEXT_COL = re.compile(r"^(was|maßnahme|schritt|aufgabe|vereinbarung|aktivität|tätigkeit|beschreibung|vorhaben)",
                       re.I)
_SKIP_COL = re.compile(r"^(nr\.?|nummer|nachweis|bemerkung|status|erledigt|anmerkung|ergebnis)", re.I)
_DATE_COL = re.compile(r"wann|^bis|frist|termin|datum|zeitraum|zeit\b|häufigkeit|wie oft", re.I)
_QUOTE = re.compile(r"^[„\"»“]|^(Er|Sie) sagt|\bsagt(e)?:|^In (ihren|seinen|meinen) Worten", re.I)
_INTRO = re.compile(r":\s*$")
_ONLY_DATE_OR_NAME = re.compile(
    r"^\W*(?:(?:\d{1,2}\.\s?)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|(?:Herrn?|Frau)(?:\s+[A-ZÄÖÜ][\w.-]*){1,3})\W*$")
_NEXT_MEETING = re.compile(r"\b(?:zum|beim|bis\s+zum)\s+nächsten\s+(?:gemeinsamen\s+)?(?:Termin|Gespräch|Treffen)\b",
                           re.I)
_FRAGMENT = re.compile(r"[,–-]\s*$")
_NUMBER_LINE = re.compile(r"^\W*(BG-Nr|BG-Nummer|Aktenzeichen|Kundennummer)\b", re.I)
_NAME_LINE = re.compile(r"^\W*(?:Herrn?|Frau)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s*[,–·(]")
_ADDRESS = re.compile(r"\bc/o\b|\b\d{5}\s+[A-ZÄÖÜ]|\b[A-ZÄÖÜ]\w+(?:straße|str\.|weg|platz|allee)\s+\d")
_GREETING = re.compile(r"^(Sehr geehrte|Liebe[rs]?\b|Hallo\b|Guten Tag|Viele Grüße|Mit freundlichen|Im Auftrag)")
_META_KEY = re.compile(
    r"^(Datum|Name|Für|Erstellt|Kunde|Kundin|Ansprech|Sachbearbeit|Fachkraft|Integrationsfachkraft|BG|Aktenzeichen|"
    r"Gültig|Geltungsdauer|Telefon|Tel|E-Mail|Gespräch|Standort|Team|pAp|Beteiligt|Teilnehmer|Arbeitsvermittl|"
    r"Kundennummer|Geschäftsstelle|Jobcenter|Ort|Stand|Geschrieben|Vertreten|Fallmanage|Berater|Anlage|"
    r"Vermittlungshemmnis|Festgestellte|Sit|Sonst|Persönliche|Mein Name|Geboren|Geb)", re.I)


@dataclass
class _Block:
    kind: str
    owner: str | None
    due: date | None = None
    """A date the heading gives to every step under it ("Bis Ende Januar")."""


def _plan_date(text: str, lines: list[Line], today: date) -> date | None:
    head_end = lines[min(len(lines), 8) - 1].end if lines else 0
    for a, _b, value, kind in date_mentions(text[:head_end], today):
        if kind == "day" and not _BIRTH.search(text[max(0, a - 16):a]) and value.year >= 2000:
            return value
    for line in reversed(lines):
        if line.shape == "signature":
            found = first_date(line.text, today)
            if found:
                return found
    for a, _b, value, kind in date_mentions(text, today):
        if kind == "day" and not _BIRTH.search(text[max(0, a - 16):a]) and value.year >= 2000:
            return value
    return None


def _semicolon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of text[start:end] split at semicolons, leading blanks dropped ("A; B" is two agreements)."""
    parts: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split(";"):
        a, b = pos, pos + len(part)
        pos = b + 1
        while a < b and text[a] == " ":
            a += 1
        if b > a:
            parts.append((a, b))
    return parts


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    """Split "A richtet … ein und bietet … an" at a coordinated finite verb."""
    cuts: list[tuple[int, int]] = []
    toks = sent.tokens
    tags = sent.tags
    start = sent.start
    for i in range(1, len(toks) - 2):
        if toks[i].text in ("und", "sowie") and "FIN" in tags[i + 1][1] and tags[i + 1][1][:1] == "V":
            left = sent.text[: toks[i].start - sent.start]
            if len(left.split()) >= 4 and len(toks) - i >= 4 and "," not in toks[i - 1].text:
                end = toks[i - 1].end if toks[i - 1].text != "," else toks[i - 2].end
                cuts.append((start, end))
                start = toks[i + 1].start
    cuts.append((start, sent.end))
    return cuts


class _Reader:
    def __init__(self, text: str, source: str, today: date) -> None:
        self.text = text
        self.lines = lines_of(text)
        self.parties: Parties = find_parties(text)
        staff_from_signature(text, self.parties)
        self.plan_date = _plan_date(text, self.lines, today)
        self.base = self.plan_date or today
        self.reading = Reading(source, text, self.plan_date, self.parties.client, list(self.parties.staff),
                               first_person=self.parties.voice == "first")
        self.review_candidates: list[tuple[int, Span, date | None]] = []
        self._sentence_cache: dict[tuple[int, int], list[Sentence]] = {}
        self.last_actor: str | None = None

    def _line_sentences(self, line_start: int) -> list[Sentence]:
        """Sentences of the whole line starting at line_start (the cache the rules share)."""
        found = self._sentence_cache.get((line_start, -1))
        if found is None:
            line_end = self.text.find("\n", line_start)
            line_end = len(self.text) if line_end < 0 else line_end
            found = self._sentence_cache[(line_start, -1)] = sentences_of(self.text, line_start, line_end)
        return found

    def _sentences(self, start: int, end: int) -> list[Sentence]:
        """Sentences of text[start:end], cut from the line's sentences (tokenised and tagged once per line).

        A span that starts or ends inside a sentence (a bullet without its marker, one clause) keeps
        the tokens and tags of its part of the sentence.
        """
        key = (start, end)
        found = self._sentence_cache.get(key)
        if found is not None:
            return found
        out: list[Sentence] = []
        pos = start
        while pos < end:
            line_start = self.text.rfind("\n", 0, pos) + 1
            for sent in self._line_sentences(line_start):
                keep = [i for i, t in enumerate(sent.tokens) if t.start >= start and t.end <= end]
                if not keep:
                    continue
                if len(keep) == len(sent.tokens):
                    out.append(sent)
                    continue
                tokens = tuple(sent.tokens[i] for i in keep)
                tags = sent.tags
                s0, s1 = tokens[0].start, tokens[-1].end
                out.append(Sentence(tokens, s0, s1, self.text[s0:s1], tuple(tags[i] for i in keep)))
            next_line = self.text.find("\n", pos)
            if next_line < 0:
                break
            pos = next_line + 1
        self._sentence_cache[key] = out
        return out

    # --- statements ------------------------------------------------------------------------
    def _add_step(self, start: int, end: int, owner: str, block: _Block, explicit: bool,
                  time_text: str | None = None) -> None:
        text = self.text[start:end]
        time_source = time_text if time_text is not None else text
        due, often = due_date(time_source, self.base), frequency(time_source)
        if due is None and often is None:
            due = block.due or self._referred_time(start, text)
        self.reading.steps.append(ReadStep(start, end, text, owner, due, often, block.kind, explicit))

    def _referred_time(self, start: int, text: str) -> date | None:
        """A time the step points back to: "bis dahin" (the last date before it), "dabei" (the last step's)."""
        if re.search(r"\bbis dahin\b", text):
            earlier = date_mentions(self.text[max(0, start - 400):start], self.base)
            return earlier[-1][2] if earlier else None
        if re.search(r"\bdabei\b", text) and self.reading.steps:
            return self.reading.steps[-1].due
        return None

    def _review(self, span: Span, priority: int) -> None:
        when = None
        for _a, _b, value, kind in date_mentions(span.text, self.base):
            if kind == "day":
                when = value
                break
        self.review_candidates.append((priority, span, when))

    def _statement(self, start: int, end: int, block: _Block, shape: str) -> None:
        """One bullet, numbered item or line of text: split into sentences, then judged one by one."""
        text = self.text[start:end]
        if not text.strip() or is_empty(text):
            return
        sents = self._sentences(start, end)
        if not sents:
            return
        bulleted = shape in ("bullet", "numbered", "table")
        if bulleted:
            units = _semicolon_parts(self.text, start, end) if ";" in text and block.kind == "steps" \
                else self._clause_sentences(sents, start, end)
        else:
            if len(text) < 100 and REVIEW.search(text) and not any(REVIEW.search(s.text) for s in sents):
                self._review(Span(start, end, text), 1 if block.kind == "review" else 2)  # "Nä. Termin 03.06."
                return
            units = [part for sent in sents for part in _semicolon_parts(self.text, sent.start, sent.end)]
        for a, b in units:
            self._unit(a, b, block, bulleted)

    def _clause_sentences(self, sents: list[Sentence], start: int, end: int) -> list[tuple[int, int]]:
        """A list item's sentences as steps of their own when each has its own actor and finite verb
        ("Sie bewerben sich monatlich … Die Nachweise legen Sie bis zum 5. vor."); otherwise the item is one
        step ("Das Jobcenter bezahlt die Schuhe. Bis 60 Euro.")."""
        if len(sents) < 2 or not all(finite_lemma(x) and actor(x, self.parties) for x in sents):
            return [(start, end)]
        return [(x.start, x.end) for x in sents]

    def _unit(self, start: int, end: int, block: _Block, bulleted: bool) -> None:
        text = self.text[start:end]
        if block.kind == "review" and text.strip():
            sents = self._sentences(start, end)
            if not (sents and not REVIEW.search(text) and not re.search(r"\d{1,2}\.\s?\d{1,2}\.|\d{4}", text)
                    and not re.match(r"(Dann|Danach|Und|Dort|Dabei)\b", text)
                    and finite_lemma(sents[0]) and not actor_missing(sents[0], self.parties)):
                self._review(Span(start, end, text), 1)
                return
            block = _Block("steps", None)  # "Bitte bringen Sie dann Ihre Liste mit": a step under the review
        if not text.strip() or is_empty(text) or len(text.split()) < 2:
            return
        sents = self._sentences(start, end)
        if not sents:
            return
        first = sents[0]
        review_sents = [x for x in sents if REVIEW.search(x.text)] or (
            [sents[0]] if REVIEW.search(text) and len(text) < 120 else [])
        for sent in review_sents:
            if sent is sents[0] and not REVIEW.search(sent.text):
                sent = type(sent)(sent.tokens, start, end, text)
            if not re.search(r"\bbring\w*\b.*\bmit\b|\bmitbring|\bvorleg|\blegen?\b.*\bvor\b", sent.text) \
                    and not re.search(r"\bgelten|\bgilt\b|gültig", sent.text):
                self._review(Span(sent.start, sent.end, sent.text), 1 if block.kind == "review" else 2)
                return
        if block.kind in _NO_STEP_KINDS:
            if block.kind == "goal" and self.reading.goal is None:
                self.reading.goal = Span(start, end, text)
            elif block.kind == "interim" and self.reading.interim_goal is None:
                self.reading.interim_goal = Span(start, end, text)
            elif block.kind == "review":
                self._review(Span(start, end, text), 1)
            return
        if _ONLY_DATE_OR_NAME.match(text) or _NUMBER_LINE.match(text):
            return
        if not bulleted and not re.search(r"\b[a-zäöüß]{3,}", text):
            return
        if block.kind in ("header", "other") and _FRAGMENT.search(text):
            return
        if block.kind == "header" and (re.search(r"[^\d\s]:\s", text) or _NAME_LINE.match(text)
                                       or _ADDRESS.search(text)):
            return  # the header's metadata: names, roles, addresses, numbers
        if LEGAL.search(text) or _QUOTE.search(text) or text.rstrip().endswith(("?", "!")) or _INTRO.search(text):
            return
        if _GREETING.match(text) or re.match(r"^(Falls|Wenn|Sollte)\b", text):
            return
        main_clause = text.split(",")[0]
        wish = re.search(r"\b(möchte|will|wünscht|wünsche|würde gern|soll nicht|gerne?|immer noch|strebt|"
                         r"[Aa]ngestrebt|vorstellen)\b", main_clause)
        if re.search(r"\b(Zwischenziel|Etappenziel)\b", text):
            if self.reading.interim_goal is None:
                self.reading.interim_goal = Span(start, end, text)
            return
        if block.kind != "steps" or not bulleted:
            if re.search(r"\b(Ziel|Berufsziel)\b", text) and self.reading.goal is None and block.kind != "steps":
                self.reading.goal = Span(start, end, text)
                return
            if situation_like(first) or wish and not re.search(r"\d{1,2}\.\d{1,2}\.", text):
                if self.reading.goal is None and wish and re.search(
                        r"\b(arbeiten|werden|Ausbildung|Stelle|Arbeit|Umschulung|Beruf|Beschäftigung|Tätigkeit|Job|"
                        r"selbstständig|behalten)", text):
                    self.reading.goal = Span(start, end, text)
                return
            carried = self._carried_subject(first)
            if block.kind in ("header", "other") and (
                    finite_lemma(first) is None or actor_missing(first, self.parties) and carried is None):
                return
        elif wish and not re.search(r"\bbis\b|\d{1,2}\.\d{1,2}\.", text):
            return
        if bulleted and block.kind == "steps" and len(text.split()) < 3 and finite_lemma(first) is None:
            return
        pieces = _clauses(first) if not bulleted and len(sents) == 1 and block.kind != "steps" else [(start, end)]
        last_owner: tuple[str, bool] | None = None
        for a, b in pieces:
            sub = self._sentences(a, b)
            if not sub:
                continue
            owner, explicit = owner_of(sub[0], self.parties, block.owner)
            if not explicit and last_owner is not None:
                owner, explicit = last_owner
            if not explicit and self._carried_subject(sub[0]):
                owner, explicit = self._carried_subject(sub[0]) or owner, True
            last_owner = (owner, explicit)
            if explicit:
                self.last_actor = owner
            self._add_step(a, b, owner, block, explicit)

    def _has_time(self, line: Line) -> bool:
        """The line names a date, a deadline or a frequency of its own."""
        content = line.content
        return due_date(content, self.base) is not None or frequency(content) is not None

    def _carried_subject(self, sent: Sentence) -> str | None:
        """ "Das Jobcenter übernimmt … Es schickt ihm …": a neuter pronoun carries the Jobcenter on."""
        words = [t.text for t in sent.tokens[:3]]
        if words and (words[0] == "Es" or len(words) > 1 and words[1] == "es") and self.last_actor == "jobcenter":
            return "jobcenter"
        return None

    # --- tables --------------------------------------------------------------------------
    def _table(self, rows: list[Line], block: _Block) -> None:
        header: list[str] | None = None
        body = rows
        if len(rows) > 1 and rows[1].shape == "table_sep":
            header = [self.text[a:b] for a, b in rows[0].cells]
            body = rows[2:]
        elif rows and all(len(self.text[a:b].split()) <= 3 and not re.search(r"\d", self.text[a:b])
                          for a, b in rows[0].cells) and any(
                _OWNER_COL.search(self.text[a:b]) or _DATE_COL.search(self.text[a:b]) for a, b in rows[0].cells):
            header = [self.text[a:b] for a, b in rows[0].cells]
            body = rows[1:]
        body = [r for r in body if r.shape == "table"]
        for row in body:
            cells = list(row.cells)
            if not cells:
                continue
            owner_i = date_i = text_i = None
            skip: set[int] = set()
            if header:
                for i, h in enumerate(header):
                    h = h.strip()
                    if owner_i is None and _OWNER_COL.search(h):
                        owner_i = i
                    elif date_i is None and _DATE_COL.search(h):
                        date_i = i
                    elif text_i is None and _TEXT_COL.search(h):
                        text_i = i
                    elif _SKIP_COL.search(h):
                        skip.add(i)
            elif any(_META_KEY.match(self.text[a:b]) or self.text[a:b].lower().startswith(
                    ("kooperationsplan", "eingliederungsvereinbarung")) for a, b in cells):
                continue
            if owner_i is None:
                for i, (ca, cb) in enumerate(cells):
                    label = self.text[ca:cb]
                    if len(label.split()) <= 6 and self._owner_from_label(label) and len(cells) > 1 \
                            and i != max(range(len(cells)), key=lambda k: cells[k][1] - cells[k][0]):
                        owner_i = i
                        break
            texts = [i for i in range(len(cells)) if i not in (owner_i, date_i) and i not in skip]
            if not texts:
                continue
            main = text_i if text_i is not None and text_i < len(cells) else max(
                texts, key=lambda i: cells[i][1] - cells[i][0])
            others = [self.text[cells[i][0]:cells[i][1]] for i in range(len(cells)) if i != main and i not in skip]
            if others and all(is_empty(o) or not o.strip() for o in others):
                continue
            a, b = cells[main]
            if b <= a or is_empty(self.text[a:b]):
                continue
            cell_text = self.text[a:b]
            if REVIEW.search(cell_text) and not re.search(r"^(ich|sie|er)\b", cell_text, re.I):
                self._review(Span(row.content_start, row.content_end, self.text[row.start:row.end]), 2)
                continue
            owner = block.owner
            explicit = False
            if owner_i is not None and owner_i < len(cells):
                who = self.text[cells[owner_i][0]:cells[owner_i][1]]
                owner = self._owner_from_label(who) or owner
                explicit = True
            sents = self._sentences(a, b)
            if not explicit and sents:
                owner, explicit = owner_of(sents[0], self.parties, owner)
            when = self.text[cells[date_i][0]:cells[date_i][1]] if date_i is not None and date_i < len(cells) \
                else cell_text
            self._add_step(a, b, owner or "client", block, explicit, when + " " + cell_text
                           if date_i is not None else cell_text)

    def _owner_from_label(self, who: str) -> str | None:
        has_client = bool(re.search(r"\b(ich|Sie|Kd\.?|Kunde|Kundin)\b", who)) or any(
            re.search(rf"\b{re.escape(n)}\b", who) for n in self.parties.client_names)
        has_jc = bool(re.search(r"Jobcenter|\bJC\b|Fachkraft|\bwir\b", who, re.I)) or any(
            re.search(rf"\b{re.escape(n)}\b", who) for n in self.parties.staff_names)
        has_other = bool(OTHER_AGENCY.search(who)) or (bool(re.search(r"\be\.\s?V\.|GmbH|Verein", who)))
        if re.search(r"gemeinsam|beide|zusammen", who, re.I) or has_client and has_jc:
            return "both"
        if has_other and has_client:
            first_other = OTHER_AGENCY.search(who) or re.search(r"e\.\s?V\.|GmbH|Verein", who)
            first_client = re.search(r"\b(ich|Sie|Kd\.?|Kunde|Kundin)\b|" + "|".join(
                rf"\b{re.escape(n)}\b" for n in self.parties.client_names or {"§§"}), who)
            if first_other and first_client and first_other.start() < first_client.start():
                return "other_agency"
            return "client"
        if has_other:
            return "other_agency"
        if has_jc:
            return "jobcenter"
        if has_client:
            return "client"
        return None

    # --- the whole text ----------------------------------------------------------------------
    def read(self) -> Reading:
        block = _Block("header", None)
        lines = self.lines
        i = 0
        in_item = False
        while i < len(lines):
            line = lines[i]
            next((ln for ln in lines[i + 1:] if ln.shape != "blank"), None)
            following = lines[i + 1] if i + 1 < len(lines) else None
            if line.shape == "blank":
                i += 1
                continue
            if line.shape in ("table", "table_sep"):
                j = i
                while j < len(lines) and lines[j].shape in ("table", "table_sep"):
                    j += 1
                self._table(lines[i:j], block)
                i = j
                continue
            if line.shape == "signature":
                i += 1
                continue
            if line.shape == "key_value":
                if _META_KEY.match(line.key):
                    i += 1
                    continue
                key_kind, key_owner = classify(line.key, self.parties)
                value_start = self.text.index(":", line.content_start) + 1
                while value_start < line.end and self.text[value_start] in " *_\t":
                    value_start += 1
                inline = _Block(key_kind, key_owner)
                if key_kind in ("goal", "interim", "review", "steps", "legal", "situation"):
                    if key_kind == "steps" and key_owner is None:
                        inline.owner = block.owner
                    several = len(self._sentences(value_start, line.content_end)) > 1
                    shape = "bullet" if key_kind == "steps" and not several else "text"
                    self._statement(value_start, line.content_end, inline, shape)
                    i += 1
                    continue
                if key_kind in ("header", "signature"):
                    i += 1
                    continue
            if looks_like_heading(line, following):
                kind, owner = classify(line.content, self.parties)
                heading_like = (kind != "other" or line.shape == "heading" or line.content.rstrip().endswith(":")
                                or line.words <= 5 and following is not None and following.shape != "blank")
                if heading_like:
                    if kind == "other" and line.words <= 5 and due_date(line.content, self.base) is not None:
                        kind, owner = "steps", None  # "Bis Ende November": a deadline for the steps below
                    if kind == "other" and block.kind == "steps" and line.shape != "heading" \
                            and line.content.rstrip().endswith(":"):
                        kind, owner = "steps", None
                    block = _Block(kind, owner, due_date(line.content, self.base) if kind == "steps" else None)
                    self.reading.headings.append(
                        (Span(line.start, line.end, line.text), kind, owner))
                    i += 1
                    continue
            if line.shape in ("bullet", "numbered"):
                self._statement(line.content_start, line.content_end, block, line.shape)
                in_item = True
            elif in_item and line.text[:1] in " \t" and not self._has_time(line):
                pass  # an indented line under a list item that adds no time of its own elaborates the item
            else:
                self._statement(line.content_start, line.content_end, block, "text")
                in_item = False
            i += 1
        self._settle_review()
        self._due_at_next_meeting()
        return self.reading

    def _due_at_next_meeting(self) -> None:
        """ "Die Bewerbungen bringe ich zum nächsten Termin mit": due on the date of the next meeting."""
        when = self.reading.review_date
        if when is None:
            return
        for i, step in enumerate(self.reading.steps):
            if step.due is None and _NEXT_MEETING.search(step.text):
                self.reading.steps[i] = replace(step, due=when)

    def _settle_review(self) -> None:
        if not self.review_candidates:
            return
        ordered = sorted(self.review_candidates, key=lambda c: (c[0], c[1].start))
        dated = [c for c in ordered if c[2] is not None]
        if dated:
            self.reading.review_date = dated[0][2]
            self.reading.review_span = dated[0][1]
        else:
            self.reading.review_vague = True
            self.reading.review_span = ordered[0][1]


def actor_missing(sent: Sentence, parties: Parties) -> bool:
    """True when a prose sentence outside a step block has no party as its actor."""
    return actor(sent, parties) is None


def read_text(text: str, source: str = "<text>", today: date | None = None) -> Reading:
    """Read a plan text of any layout."""
    return _Reader(text, source, today or clock.today()).read()
