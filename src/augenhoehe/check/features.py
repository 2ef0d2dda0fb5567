"""Measurable properties of a plan (from the reading, the text and the rules' findings) that scores build on.

Every feature has a name, a German explanation and a direction (+1: more is better, -1: more is worse),
so that a fitted weight can be read and checked against what a careful reader expects.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from augenhoehe.check.coherence import goal_mismatch, text_outside_steps, worked_against
from augenhoehe.check.document import Document
from augenhoehe.check.model import INDICATORS, Finding
from augenhoehe.check.readability import shortened_words, unexplained_acronyms
from augenhoehe.check.voice import own_words, voice_marks

T = TypeVar("T")
_VAGUE = re.compile(r"\b(regelmäßig|zeitnah|bei Bedarf|nach Bedarf|bemüh\w*|ausreichend\w*|im Rahmen|"
                    r"nach Möglichkeit|ggf\.|gegebenenfalls|angemessen\w*|wo es geht|laufend|nach Lage|"
                    r"geeignete[rn]?|intensiv\w*|verstärkt|weiterhin|soweit möglich|möglichst)\b", re.I)
_DIRECTIVE = re.compile(r"\b(verpflichtet|unverzüglich|unaufgefordert|hat\s+sich|haben\s+sich|muss|müssen|"
                        r"ist\s+\w*zu\w+en|sind\s+\w*zu\w+en|hat\s+\w+\s+\w*zu\w+en|auf Verlangen|"
                        r"fordere|aufgefordert|Pflicht\w*|nachzuweisen|vorzulegen|sicherzustellen)\b", re.I)
_DEPERSONAL = re.compile(r"\b(der Kunde|die Kundin|des Kunden|Kd\.|Kdin|eLb|Leistungsberechtigte\w*|"
                         r"Hilfebedürftige\w*|erwerbsfähige\w*|Antragsteller\w*|Bedarfsgemeinschaft)\b", re.I)
_COOPERATIVE = re.compile(r"\b(wir|gemeinsam|zusammen|miteinander|vereinbart|verabredet|Ihr Wunsch|"
                          r"auf Augenhöhe|Sie entscheiden|wenn Sie möchten|freiwillig)\b", re.I)
_APPLICATION = re.compile(r"Bewerb|Bew\.|Stellenangebot|Vermittlungsvorschl|VV\b", re.I)
_SPECIFIC = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|weg|platz))\b|\b\d+\s?(?:Stunden|Std\.|€|Euro|Wochen)\b|"
                       r"„[^“]{3,60}“|\b(?:GmbH|e\.\s?V\.|AG|KG)\b")
_OBSTACLE = re.compile(r"Kinderbetreuung|Kita|Kind(er)?\b|Gesundheit|krank|Knie|Rücken|Schulden|Miete|Sprache|"
                       r"Deutsch|Führerschein|Anerkennung|Pflege|Sucht|Wohnung|psych", re.I)
_LEGALISE = re.compile(r"§|\bSGB\b|\bAbs\.|\bi\.\s?V\.\s?m\.|\bgem\.|\bgemäß\b|\bNr\.", re.I)


@dataclass(frozen=True)
class Feature:
    """Name, German explanation and expected direction of one feature."""

    name: str
    label: str
    direction: int


FEATURES: tuple[Feature, ...] = (
    Feature("steps", "Zahl der vereinbarten Schritte (gedeckelt bei 8)", 1),
    Feature("timed_share", "Anteil der Schritte mit Datum oder Häufigkeit", 1),
    Feature("vague_share", "Anteil der Schritte mit vagen Wörtern („regelmäßig“, „bei Bedarf“)", -1),
    Feature("client_steps", "Schritte der Person (gedeckelt bei 6)", 1),
    Feature("jc_steps", "Zusagen des Jobcenters (gedeckelt bei 4)", 1),
    Feature("jc_timed_share", "Anteil der Jobcenter-Zusagen mit Datum oder Häufigkeit", 1),
    Feature("jc_vague_share", "Anteil vager Jobcenter-Zusagen", -1),
    Feature("jc_concrete_gap", "Jobcenter-Zusagen ungenauer als die Schritte der Person", -1),
    Feature("interim_goal", "Ein Zwischenziel ist genannt", 1),
    Feature("goal", "Ein Ziel ist genannt", 1),
    Feature("application_only", "Schritte bestehen nur aus Bewerbungen", -1),
    Feature("step_kinds", "Verschiedene Arten von Schritten (gedeckelt bei 4)", 1),
    Feature("review", "Überprüfung: 2 konkret in sechs Monaten, 1 vage, 0 keine", 1),
    Feature("directive_rate", "Anordnende Formeln je 100 Wörter", -1),
    Feature("depersonal_rate", "Entpersönlichende Wörter („der Kunde“) je 100 Wörter", -1),
    Feature("cooperative_rate", "Kooperative Wörter („wir“, „gemeinsam“) je 100 Wörter", 1),
    Feature("sentence_length", "Mittlere Satzlänge in Wörtern", -1),
    Feature("long_words", "Anteil langer Wörter (über 12 Zeichen)", -1),
    Feature("legalese_rate", "Paragraphen und Abkürzungen des Amtsdeutsch je 100 Wörter", -1),
    Feature("abbreviations", "Abkürzungen ohne Erklärung je 100 Wörter („Kd.“, „mtl.“, „AVGS“)", -1),
    Feature("voice_rate", "Spuren der eigenen Stimme der Person je 100 Wörter", 1),
    Feature("quotes", "Wörtliche Zitate der Person", 1),
    Feature("specifics", "Konkretes: Orte, Betriebe, Kurse, Zahlen (je 100 Wörter)", 1),
    Feature("vocabulary", "Wortschatz: verschiedene Wörter ohne Gesetzestext und Belehrungen (log)", 1),
    Feature("obstacles_addressed", "Genannte Hindernisse, die in Schritten aufgegriffen werden", 1),
    Feature("obstacles_ignored", "Genannte Hindernisse ohne passenden Schritt", -1),
    Feature("obstacles_worked_against", "Genannte Hindernisse, gegen die ein Schritt arbeitet (Schichtarbeit "
                                        "trotz fehlender Kinderbetreuung)", -1),
    Feature("goal_link", "Wörter des Ziels, die in den Schritten wiederkehren", 1),
    Feature("goal_mismatch", "Anteil der Schritte mit Beruf, die auf einen anderen Beruf oder nur auf "
                             "Helferstellen zielen als das Ziel", -1),
    Feature("jc_fit", "Jobcenter-Zusagen, die sich auf die Schritte oder das Ziel beziehen", 1),
    Feature("voice_count", "Spuren der eigenen Stimme der Person (Zahl, gedeckelt bei 10)", 1),
    Feature("first_person", "Der Plan ist in der Ich-Form der Person geschrieben", 1),
    Feature("sanction", "Der Text droht mit Rechtsfolgen", -1),
) + tuple(Feature(f"rules_{k}", f"Regelpunkte „{k}“ (100 minus Abzüge der Befunde)", 1) for k in INDICATORS)

FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES)


def _share(items: Sequence[T], pred: Callable[[T], bool]) -> float:
    return sum(1 for i in items if pred(i)) / len(items) if items else 0.0


_STOP = {"diese", "dieser", "dieses", "einer", "einem", "einen", "seine", "seinen", "ihren", "ihrer", "werden",
         "wird", "haben", "nicht", "sowie", "damit", "danach", "durch", "unter", "jeden", "jede", "bitte",
         "jobcenter", "mindestens", "weitere", "passende", "passenden", "gemeinsam"}


def _content_words(text: str) -> set[str]:
    """Five-letter stems of the content words (Bewerbung/bewerben meet as 'bewer')."""
    return {w.lower()[:5] for w in re.findall(r"[A-ZÄÖÜa-zäöüß]{5,}", text) if w.lower() not in _STOP}


def _obstacles(doc: Document, step_text: str) -> tuple[int, int]:
    """(named, addressed): obstacle fields of lexicons/obstacles.yaml named outside the steps, and how many
    of them a step takes up."""
    from augenhoehe.check.knowledge import find_obstacle, obstacles

    rest = text_outside_steps(doc)
    low_steps = step_text.lower()
    named = addressed = 0
    for obstacle in obstacles():
        if find_obstacle(obstacle, rest) is None:
            continue
        named += 1
        addressed += any(term in low_steps for term in obstacle.addressed_by)
    return named, addressed


def _abbreviations(text: str) -> int:
    return len(shortened_words(text)) + len(unexplained_acronyms(text))


_LEGAL_EXPLANATION = re.compile(r"§|\bSGB\b|Rechtsfolg|Minderung|gemindert|Sanktion|Leistungsbezug|"
                                r"Widerspruch|Belehrung|Pflichtverletzung|Rechtsbehelf|Sozialgericht|"
                                r"gesetzlich|\bAbs\.|Verwaltungsakt|Eingliederungsvereinbarung|zumutbar|"
                                r"Gültigkeit|gültig|Mitwirkung|Schadenersatz|Unterschrift|"
                                r"Leistungen zur Eingliederung|Datenschutz|öffentlich-rechtlich", re.I)


def _own_vocabulary(doc: Document) -> float:
    """Distinct words (four letters or more, or numbers) outside legal text that is not an agreed step.

    Boilerplate explanations of the law are long and the same in every plan; they say nothing about
    the person, so they do not count towards how much the plan says.
    """
    spans = [(s.unit.start, s.unit.end) for s in doc.steps]
    seen: set[str] = set()
    for sent in doc.sentences:
        in_step = any(a < sent.end and sent.start < b for a, b in spans)
        if not in_step and _LEGAL_EXPLANATION.search(sent.text):
            continue
        seen.update(w.lower() for w in re.findall(r"\w+", sent.text) if len(w) > 3 or w[:1].isdigit())
    return math.log(1 + len(seen))


def plan_features(doc: Document, findings: Sequence[Finding], rule_scores: dict[str, int]) -> dict[str, float]:
    """All features of one checked plan."""
    text = doc.text
    words = re.findall(r"\w+", text)
    n_words = max(1, len(words))
    per100 = 100.0 / n_words
    steps = doc.steps
    timed = [s for s in steps if s.timed]
    client = [s for s in steps if s.owner in ("client", "both")]
    jc = [s for s in steps if s.owner in ("jobcenter", "both")]
    step_texts = [s.text for s in steps]
    client_timed = _share(client, lambda s: s.timed)
    jc_timed = _share(jc, lambda s: s.timed)
    kinds = set()
    for t in step_texts:
        if _APPLICATION.search(t):
            kinds.add("apply")
        elif re.search(r"Kurs|Lehrgang|Maßnahme|Weiterbildung|Schulung|Qualifizierung|Seminar|Coaching", t, re.I):
            kinds.add("learn")
        elif re.search(r"Praktikum|Probe|Hospitation|Arbeitserprobung", t, re.I):
            kinds.add("try")
        elif re.search(r"Antrag|beantrag|Anmeld|meldet|anmelden|Termin", t, re.I):
            kinds.add("admin")
        else:
            kinds.add("other")
    review = 0.0
    if doc.review_date is not None:
        base = doc.plan_date
        review = 2.0 if base is None or 0 <= (doc.review_date - base).days <= 190 else 0.5
    elif doc.reading is not None and doc.reading.review_vague:
        review = 1.0
    sents = doc.sentences
    sent_len = sum(len(s.words) for s in sents) / len(sents) if sents else 30.0
    long_words = sum(1 for w in words if len(w) > 12) / n_words
    goal = doc.goal_text
    goal_words = _content_words(goal)
    step_words = _content_words(" ".join(step_texts))
    obstacles = {m.group(0).lower()[:5] for m in _OBSTACLE.finditer(text)}
    addressed = {o for o in obstacles if o in " ".join(step_texts).lower()}
    named_obstacles, addressed_obstacles = _obstacles(doc, " ".join(step_texts))
    client_words = _content_words(" ".join(s.text for s in client)) | goal_words
    jc_fit = _share(jc, lambda s: bool(_content_words(s.text) & client_words)) if jc else 0.0
    voice = voice_marks(text)
    interim = bool(doc.reading.interim_goal) if doc.reading is not None else bool(
        doc.plan is not None and doc.plan.interim_goal.strip())
    sanction = any(f.indicator == "sanktionsfreiheit" and f.severity == "error" for f in findings)
    out: dict[str, float] = {
        "steps": min(len(steps), 8),
        "timed_share": len(timed) / len(steps) if steps else 0.0,
        "vague_share": _share(step_texts, lambda t: bool(_VAGUE.search(t))),
        "client_steps": min(len(client), 6),
        "jc_steps": min(len(jc), 4),
        "jc_timed_share": jc_timed,
        "jc_vague_share": _share([s.text for s in jc], lambda t: bool(_VAGUE.search(t))) if jc else 1.0,
        "jc_concrete_gap": max(0.0, client_timed - jc_timed) if jc else 1.0,
        "interim_goal": 1.0 if interim else 0.0,
        "goal": 1.0 if goal.strip() else 0.0,
        "application_only": 1.0 if kinds == {"apply"} else 0.0,
        "step_kinds": min(len(kinds), 4),
        "review": review,
        "directive_rate": len(_DIRECTIVE.findall(text)) * per100,
        "depersonal_rate": len(_DEPERSONAL.findall(text)) * per100,
        "cooperative_rate": len(_COOPERATIVE.findall(text)) * per100,
        "sentence_length": min(sent_len, 40.0),
        "long_words": long_words,
        "legalese_rate": len(_LEGALISE.findall(text)) * per100,
        "abbreviations": _abbreviations(text) * per100,
        "voice_rate": voice * per100,
        "quotes": min(own_words(text), 3),
        "specifics": len(_SPECIFIC.findall(text)) * per100 + len(set(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text)))
        * per100 / 5,
        "vocabulary": _own_vocabulary(doc),
        "obstacles_addressed": (len(addressed) / len(obstacles) if obstacles else 0.5) / 2
        + (addressed_obstacles / named_obstacles if named_obstacles else 0.5) / 2,
        "obstacles_ignored": float(named_obstacles - addressed_obstacles),
        "obstacles_worked_against": float(len(worked_against(doc))),
        "jc_fit": jc_fit,
        "voice_count": float(min(voice, 10)),
        "first_person": 1.0 if doc.reading is not None and doc.reading.first_person else 0.0,
        "goal_link": len(goal_words & step_words) / len(goal_words) if goal_words else 0.0,
        "goal_mismatch": goal_mismatch(doc),
        "sanction": 1.0 if sanction else 0.0,
    }
    for key in INDICATORS:
        out[f"rules_{key}"] = float(rule_scores.get(key, 100))
    return out
