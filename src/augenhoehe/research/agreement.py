"""Agreement statistics: percentage agreement, Cohen's κ, Brennan–Prediger κ, Krippendorff's α and αu.

Sources (see docs/research.md):
- Cohen, J. (1960). A coefficient of agreement for nominal scales. EPM 20(1), 37–46.
- Brennan, R. L. & Prediger, D. J. (1981). Coefficient kappa: some uses, misuses, and alternatives.
  EPM 41(3), 687–699.
- Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Working paper, Annenberg
  School for Communication, University of Pennsylvania.
- Krippendorff, K. (2004). Measuring the reliability of qualitative text analysis data. Quality &
  Quantity 38, 787–800; Content Analysis, 2nd ed., ch. 12 (unitized alpha uα).
- Krippendorff, K., Mathet, Y., Bouvry, S. & Widlöcher, A. (2016). On the reliability of unitizing
  textual continua: further developments. Quality & Quantity 50, 2347–2364.
- MAXQDA manual, "Intercoder agreement", segment level with minimum overlap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

Value = Hashable | None


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's κ for two coders rating the same units; None when expected agreement is 1."""
    if len(a) != len(b):
        raise ValueError("beide Codierer brauchen gleich viele Einheiten")
    n = len(a)
    if n == 0:
        return None
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return None if pe == 1 else (po - pe) / (1 - pe)


def brennan_prediger(a: Sequence[Hashable], b: Sequence[Hashable], categories: int = 2) -> float | None:
    """Brennan–Prediger κn: chance agreement 1/q for q categories (q = 2 for presence/absence)."""
    if len(a) != len(b):
        raise ValueError("beide Codierer brauchen gleich viele Einheiten")
    if not a or categories < 2:
        return None
    po = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
    pe = 1 / categories
    return (po - pe) / (1 - pe)


def percent(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Share of units on which two coders agree."""
    if not a:
        return None
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def krippendorff_alpha_nominal(units: Sequence[Sequence[Value]]) -> float | None:
    """Krippendorff's α (nominal) from a units × coders matrix; None marks a missing value.

    Units with fewer than two values are not pairable and are left out (Krippendorff 2011).
    None when there is no variation at all (expected disagreement 0).
    """
    coincidence: dict[tuple[Hashable, Hashable], float] = {}
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[(c, k)] = coincidence.get((c, k), 0.0) + 1 / (m - 1)
    n_c: dict[Hashable, float] = {}
    for (c, _k), w in coincidence.items():
        n_c[c] = n_c.get(c, 0.0) + w
    n = sum(n_c.values())
    if n <= 1:
        return None
    d_o = sum(w for (c, k), w in coincidence.items() if c != k) / n
    d_e = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k) / (n * (n - 1))
    if d_e == 0:
        return None
    return 1 - d_o / d_e


@dataclass(frozen=True)
class Section:
    """A stretch of a continuum as one coder divided it: a unit of the category or a gap."""

    begin: int
    length: int
    unit: bool


def sections(units: Sequence[tuple[int, int]], begin: int, length: int) -> list[Section]:
    """A coder's units (begin, length) of one category, with the gaps between them, over [begin, begin+length).

    Overlapping units of one coder are merged first (αu assumes a coder does not overlap itself).
    """
    merged: list[list[int]] = []
    for b, ln in sorted(units):
        e = b + ln
        b, e = max(b, begin), min(e, begin + length)
        if e <= b:
            continue
        if merged and b <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([b, e])
    out: list[Section] = []
    pos = begin
    for b, e in merged:
        if b > pos:
            out.append(Section(pos, b - pos, False))
        out.append(Section(b, e - b, True))
        pos = e
    if pos < begin + length:
        out.append(Section(pos, begin + length - pos, False))
    return out


def _delta2(g: Section, h: Section) -> int:
    """Squared distance of two sections of different coders (Krippendorff 2004)."""
    if g.unit and h.unit:
        if -g.length < g.begin - h.begin < h.length:
            return (g.begin - h.begin) ** 2 + (g.begin + g.length - h.begin - h.length) ** 2
        return 0
    if g.unit and not h.unit:
        return g.length ** 2 if h.length - g.length >= g.begin - h.begin >= 0 else 0
    if h.unit and not g.unit:
        return h.length ** 2 if g.length - h.length >= h.begin - g.begin >= 0 else 0
    return 0


def unitized_disagreements(coders: Sequence[Sequence[tuple[int, int]]], begin: int,
                           length: int) -> tuple[float, float]:
    """(observed, expected) disagreement uDo, uDe of one category over one continuum.

    `coders` holds for every coder the units (begin, length) of the category.
    """
    m = len(coders)
    if m < 2 or length <= 0:
        raise ValueError("αu braucht mindestens zwei Codierer und eine Länge > 0")
    secs = [sections(u, begin, length) for u in coders]
    observed = 0
    for i, si in enumerate(secs):
        for j, sj in enumerate(secs):
            if i != j:
                observed += sum(_delta2(g, h) for g in si for h in sj)
    d_o = observed / (m * (m - 1) * length ** 2)
    n_units = sum(1 for s in secs for x in s if x.unit)
    gaps = [x.length for s in secs for x in s if not x.unit]
    numerator = 0.0
    for s in secs:
        for x in s:
            if not x.unit:
                continue
            ln = x.length
            term = (n_units - 1) / 3 * (2 * ln ** 3 - 3 * ln ** 2 + ln)
            term += ln ** 2 * sum(g - ln + 1 for g in gaps if g >= ln)
            numerator += term
    numerator *= 2 / length
    denominator = m * length * (m * length - 1) - sum(x.length * (x.length - 1) for s in secs for x in s
                                                      if x.unit)
    d_e = numerator / denominator if denominator else 0.0
    return d_o, d_e


def unitized_alpha(categories: Mapping[str, Sequence[Sequence[tuple[int, int]]]], begin: int,
                   length: int) -> tuple[float | None, dict[str, float | None]]:
    """αu over all categories (1 − ΣuDo/ΣuDe) and per category (1 − uDo/uDe).

    A category without expected disagreement (nobody coded it) gets None.
    """
    per: dict[str, float | None] = {}
    total_o = total_e = 0.0
    for name, coders in categories.items():
        d_o, d_e = unitized_disagreements(coders, begin, length)
        per[name] = None if d_e == 0 else 1 - d_o / d_e
        total_o += d_o
        total_e += d_e
    return (None if total_e == 0 else 1 - total_o / total_e), per


def overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans (start, end) relative to the stretch both cover together (MAXQDA)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union


def segment_agreement(first: Sequence[tuple[int, int]], second: Sequence[tuple[int, int]],
                      min_overlap: float = 0.9) -> tuple[int, int]:
    """(agreements, total) at segment level: every segment of either coder counts once and agrees
    when the other coder has a segment of the same code overlapping it by at least `min_overlap`."""
    agree = sum(any(overlap_share(s, t) >= min_overlap for t in second) for s in first)
    agree += sum(any(overlap_share(s, t) >= min_overlap for t in first) for s in second)
    return agree, len(first) + len(second)
