"""Small server-side SVG charts (no JavaScript): trends with regime changes marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from augenhoehe.domain.regimes import BUERGERGELD_START, GRUNDSICHERUNG_START

REGIME_MARKS = ((BUERGERGELD_START, "Bürgergeld"), (GRUNDSICHERUNG_START, "Neue Grundsicherung"))


@dataclass(frozen=True)
class Point:
    """One month of a trend: the value and an optional band (e.g. quartiles)."""

    month: date
    value: float | None
    low: float | None = None
    high: float | None = None


def trend_svg(points: list[Point], label: str, y_max: float = 100.0, unit: str = "",
              width: int = 640, height: int = 220) -> str:
    """A line chart of monthly values with a shaded band and the regime changes as dashed lines."""
    pts = [p for p in points if p.value is not None]
    if len(pts) < 2:
        return ""
    left, right, top, bottom = 44, 12, 14, 30
    first, last = pts[0].month.toordinal(), pts[-1].month.toordinal()
    span = max(1, last - first)

    def x(day: date) -> float:
        return left + (day.toordinal() - first) / span * (width - left - right)

    def y(value: float) -> float:
        return top + (1 - min(value, y_max) / y_max) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(label)}" class="chart"><title>{escape(label)}</title>']
    for tick in (0, y_max / 2, y_max):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'class="grid"/><text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">'
                     f'{tick:g}{escape(unit)}</text>')
    band = [p for p in pts if p.low is not None and p.high is not None]
    if len(band) >= 2:
        upper = " ".join(f"{x(p.month):.1f},{y(p.high or 0):.1f}" for p in band)
        lower = " ".join(f"{x(p.month):.1f},{y(p.low or 0):.1f}" for p in reversed(band))
        parts.append(f'<polygon points="{upper} {lower}" class="band"/>')
    line = " ".join(f"{x(p.month):.1f},{y(p.value or 0):.1f}" for p in pts)
    parts.append(f'<polyline points="{line}" class="line"/>')
    for p in pts:
        parts.append(f'<circle cx="{x(p.month):.1f}" cy="{y(p.value or 0):.1f}" r="3" class="dot">'
                     f'<title>{p.month:%m/%Y}: {p.value:.0f}{escape(unit)}</title></circle>')
    for day, name in REGIME_MARKS:
        if first <= day.toordinal() <= last:
            parts.append(f'<line x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{top}" y2="{height - bottom}" '
                         f'class="regime"/><text x="{x(day) + 4:.1f}" y="{top + 10}">{escape(name)}</text>')
    parts.append(f'<text x="{left}" y="{height - 8}">{pts[0].month:%m/%Y}</text>'
                 f'<text x="{width - right}" y="{height - 8}" text-anchor="end">{pts[-1].month:%m/%Y}</text>')
    parts.append("</svg>")
    return "".join(parts)
