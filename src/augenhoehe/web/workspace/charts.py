"""Small server-side SVG charts (no JavaScript) that also print: trends with regime changes marked.

Colours, strokes and fonts are attributes on the elements, not CSS classes, so a PDF renderer
(WeasyPrint) draws them as on screen. A month without a value is a gap: the line stops there and
starts again, it never joins two months across missing ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from augenhoehe.domain.regimes import BUERGERGELD_START, GRUNDSICHERUNG_START

REGIME_MARKS = ((BUERGERGELD_START, "Bürgergeld"), (GRUNDSICHERUNG_START, "Neue Grundsicherung"))
INK, ACCENT, BAND, GRID, RED = "#333333", "#0b5394", "#cfe0f3", "#d6d9de", "#a4161a"
FONT = 'font-family="DejaVu Sans, sans-serif" font-size="11"'
CHAR_WIDTH = 6.6
"""Approximate width of a character at 11px, to keep labels inside the drawing."""


@dataclass(frozen=True)
class Point:
    """One month of a trend: the value (None: no data or suppressed) and an optional band."""

    month: date
    value: float | None
    low: float | None = None
    high: float | None = None


def _runs(points: list[Point]) -> list[list[Point]]:
    """Consecutive months with a value; a None ends a run."""
    runs: list[list[Point]] = [[]]
    for p in points:
        if p.value is None:
            runs.append([])
        else:
            runs[-1].append(p)
    return [r for r in runs if r]


def _text(x: float, y: float, content: str, anchor: str = "start") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{INK}" {FONT}>'
            f"{escape(content)}</text>")


def trend_svg(points: list[Point], label: str, y_max: float = 100.0, unit: str = "",
              width: int = 640, height: int = 220) -> str:
    """A line chart of monthly values with a shaded band, gaps for missing months and regime changes."""
    if not any(p.value is not None for p in points) or len(points) < 2:
        return ""
    left, right, top, bottom = 8 + len(f"{y_max:g}{unit}") * CHAR_WIDTH + 8, 14, 16, 30
    first, last = points[0].month.toordinal(), points[-1].month.toordinal()
    span = max(1, last - first)

    def x(day: date) -> float:
        return left + (day.toordinal() - first) / span * (width - left - right)

    def y(value: float) -> float:
        return top + (1 - min(max(value, 0), y_max) / y_max) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(label)}" class="chart"><title>{escape(label)}</title>']
    for tick in (0, y_max / 2, y_max):
        parts.append(f'<line x1="{left:.1f}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'stroke="{GRID}" stroke-width="1"/>')
        parts.append(_text(left - 6, y(tick) + 4, f"{tick:g}{unit}", "end"))
    for run in _runs(points):
        band = [p for p in run if p.low is not None and p.high is not None]
        if len(band) >= 2:
            upper = " ".join(f"{x(p.month):.1f},{y(p.high or 0):.1f}" for p in band)
            lower = " ".join(f"{x(p.month):.1f},{y(p.low or 0):.1f}" for p in reversed(band))
            parts.append(f'<polygon points="{upper} {lower}" fill="{BAND}" stroke="none"/>')
        if len(run) >= 2:
            line = " ".join(f"{x(p.month):.1f},{y(p.value or 0):.1f}" for p in run)
            parts.append(f'<polyline points="{line}" fill="none" stroke="{ACCENT}" stroke-width="2.5"/>')
        for p in run:
            parts.append(f'<circle cx="{x(p.month):.1f}" cy="{y(p.value or 0):.1f}" r="3" fill="{ACCENT}" '
                         f'stroke="none"><title>{p.month:%m/%Y}: {p.value:.0f}{escape(unit)}</title></circle>')
    for day, name in REGIME_MARKS:
        if first <= day.toordinal() <= last:
            at = x(day)
            parts.append(f'<line x1="{at:.1f}" x2="{at:.1f}" y1="{top}" y2="{height - bottom}" '
                         f'stroke="{RED}" stroke-width="1.5" stroke-dasharray="5 4"/>')
            fits_right = at + 4 + len(name) * CHAR_WIDTH <= width - right
            parts.append(_text(at + 4 if fits_right else at - 4, top + 10, name,
                               "start" if fits_right else "end"))
    parts.append(_text(left, height - 8, f"{points[0].month:%m/%Y}"))
    parts.append(_text(width - right, height - 8, f"{points[-1].month:%m/%Y}", "end"))
    parts.append("</svg>")
    return "".join(parts)
