"""Agreement between coders of a project, per code and overall, and the checker's validity report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.research.agreement import (
    brennan_prediger,
    cohen_kappa,
    krippendorff_alpha_nominal,
    percent,
    segment_agreement,
    unitized_alpha,
)
from augenhoehe.research.export import CHECKER_GUID, CHECKER_NAME
from augenhoehe.research.guide import stable_guid
from augenhoehe.research.project import Project, User


class AgreementError(ValueError):
    """Coders or codes not found; German message."""


@dataclass
class Figures:
    """Agreement figures for one code (or all codes) and one group of coders."""

    code: str
    coders: list[str]
    documents: int
    segments_agree: int = 0
    segments_total: int = 0
    percent_segments: float | None = None
    percent_presence: float | None = None
    cohen_kappa: float | None = None
    brennan_prediger: float | None = None
    alpha_nominal: float | None = None
    alpha_unitized: float | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return asdict(self)


def resolve_coders(project: Project, names: list[str]) -> list[User]:
    """Users for the names (or GUIDs) given; AgreementError names the missing ones and the known ones."""
    out: list[User] = []
    for n in names:
        u = project.find_user(n.strip())
        if u is None:
            known = ", ".join(sorted(x.name for x in project.users)) or "keine"
            raise AgreementError(f"Codierer „{n.strip()}“ nicht im Projekt (vorhanden: {known}).")
        out.append(u)
    if len({u.guid for u in out}) < 2:
        raise AgreementError("Für Übereinstimmung braucht es mindestens zwei verschiedene Codierer.")
    return out


def _seen(project: Project, user: str) -> set[str]:
    names = project.user_by_guid()
    if user == CHECKER_GUID or (user in names and names[user].name == CHECKER_NAME):
        return {s.guid for s in project.sources}
    return {c.source for c in project.codings if c.user == user}


def figures(project: Project, coders: list[User], codes: list[str], label: str,
            min_overlap: float = 0.9) -> Figures:
    """Agreement of the coders on the codes (GUIDs), over the documents all of them coded."""
    docs = set.intersection(*(_seen(project, u.guid) for u in coders))
    sources = [s for s in project.sources if s.guid in docs]
    fig = Figures(label, [u.name for u in coders], len(sources))
    if not sources:
        fig.notes.append("keine Dokumente, die alle diese Codierer bearbeitet haben")
        return fig
    spans: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for c in project.codings:
        if c.source in docs and c.code in codes:
            spans.setdefault((c.user, c.source, c.code), []).append((c.start, c.end))
    units = [(s.guid, code) for s in sources for code in codes]
    presence = {u.guid: [int(bool(spans.get((u.guid, d, code)))) for d, code in units] for u in coders}
    fig.alpha_nominal = krippendorff_alpha_nominal(list(zip(*presence.values(), strict=True)))
    if len(coders) == 2:
        a, b = (presence[u.guid] for u in coders)
        fig.cohen_kappa = cohen_kappa(a, b)
        fig.brennan_prediger = brennan_prediger(a, b)
        fig.percent_presence = percent(a, b)
    else:
        fig.notes.append("κ und Prozentwerte für zwei Codierer; bei mehr Codierern gilt α")
    for x, y in combinations(coders, 2):
        for d, code in units:
            agree, total = segment_agreement(spans.get((x.guid, d, code), []), spans.get((y.guid, d, code), []),
                                             min_overlap)
            fig.segments_agree += agree
            fig.segments_total += total
    fig.percent_segments = fig.segments_agree / fig.segments_total if fig.segments_total else None
    # αu: the documents laid end to end as one continuum, one category per code
    offsets: dict[str, int] = {}
    pos = 0
    for s in sources:
        offsets[s.guid] = pos
        pos += max(len(s.text), 1)
    cats = {code: [[(offsets[d] + a, b - a) for (u2, d, c2), lst in spans.items() if u2 == u.guid and c2 == code
                    for a, b in lst if b > a] for u in coders] for code in codes}
    fig.alpha_unitized, _per = unitized_alpha(cats, 0, pos)
    return fig


def agreement_report(project: Project, coder_names: list[str], code_name: str | None = None,
                     min_overlap: float = 0.9) -> list[Figures]:
    """Per code used by these coders, then 'gesamt' over all those codes."""
    coders = resolve_coders(project, coder_names)
    by_guid = project.code_by_guid()
    used = sorted({c.code for c in project.codings if c.user in {u.guid for u in coders}},
                  key=lambda g: by_guid[g].name if g in by_guid else g)
    if code_name:
        wanted = [c.guid for c in project.codes if c.name.casefold() == code_name.casefold() or c.guid == code_name]
        if not wanted:
            raise AgreementError(f"Code „{code_name}“ nicht im Projekt.")
        used = wanted
    out = [figures(project, coders, [g], by_guid[g].name if g in by_guid else g, min_overlap) for g in used]
    if len(used) > 1:
        out.append(figures(project, coders, used, "gesamt", min_overlap))
    return out


@dataclass
class IndicatorValidity:
    """For one indicator: each human against the checker, and the humans among themselves."""

    indicator: str
    label: str
    human_vs_checker: list[Figures]
    human_vs_human: list[Figures]

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"indicator": self.indicator, "label": self.label,
                "human_vs_checker": [f.to_dict() for f in self.human_vs_checker],
                "human_vs_human": [f.to_dict() for f in self.human_vs_human]}


def indicator_codes(project: Project) -> dict[str, str]:
    """Indicator key -> code GUID in this project (by the export's GUID, else by the German label)."""
    out: dict[str, str] = {}
    guids = {c.guid for c in project.codes}
    for key in INDICATORS:
        guid = stable_guid("code", key)
        if guid in guids:
            out[key] = guid
            continue
        for c in project.codes:
            if c.name.strip().casefold() in (INDICATOR_LABELS[key].casefold(), key):
                out[key] = c.guid
                break
    return out


def validity_report(project: Project, min_overlap: float = 0.9) -> list[IndicatorValidity]:
    """Per indicator: agreement of each human coder with the checker beside agreement between humans."""
    checker = next((u for u in project.users if u.guid == CHECKER_GUID or u.name == CHECKER_NAME), None)
    if checker is None:
        raise AgreementError(f"Kein Codierer „{CHECKER_NAME}“ im Projekt – wurde es mit "
                             "`augenhoehe research export` erzeugt?")
    codes = indicator_codes(project)
    if not codes:
        raise AgreementError("Das Projekt enthält keine Indikator-Codes.")
    humans = [u for u in project.users if u.guid != checker.guid
              and any(c.user == u.guid and c.code in codes.values() for c in project.codings)]
    if not humans:
        raise AgreementError("Keine menschlichen Codierungen der Indikator-Codes gefunden.")
    out = []
    for key, guid in codes.items():
        label = INDICATOR_LABELS[key]
        vs_checker = [figures(project, [h, checker], [guid], label, min_overlap) for h in humans]
        vs_human = [figures(project, [a, b], [guid], label, min_overlap) for a, b in combinations(humans, 2)]
        out.append(IndicatorValidity(key, label, vs_checker, vs_human))
    return out
