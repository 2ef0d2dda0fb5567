"""Inline SVG charts for the HTML report (grouped bars, no scripts, no external files)."""

from __future__ import annotations

import math
from html import escape

PALETTE = ("#1f5f8b", "#d9822b", "#3c8d5a", "#8e44ad", "#c0392b", "#7f8c8d")


def nice_ceiling(value: float) -> float:
    """Round up to 1, 2, 2.5, 5 or 10 times a power of ten (readable axis ticks)."""
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def grouped_bars(
    title: str, categories: list[str], series: dict[str, list[float]], unit: str = "",
    max_value: float | None = None, width: int = 760, height: int = 300,
) -> str:
    """Return an SVG with one group of bars per category and one colour per series."""
    left, right, top, bottom = 80, 16, 34, 84
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for vs in series.values() for v in vs]
    top_value = max_value or nice_ceiling(max([1e-9, *values]) * 1.05)
    n_cat, n_ser = max(1, len(categories)), max(1, len(series))
    group_w = plot_w / n_cat
    bar_w = group_w * 0.8 / n_ser
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f'<text x="{left}" y="20" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for k in range(5):
        v = top_value * k / 4
        y = top + plot_h - plot_h * k / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                     'stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" '
                     f'text-anchor="end">{v:g}{escape(unit)}</text>')
    for c, cat in enumerate(categories):
        x0 = left + c * group_w + group_w * 0.1
        for s, (name, vs) in enumerate(series.items()):
            v = vs[c] if c < len(vs) else 0.0
            h = plot_h * min(v, top_value) / top_value
            x = x0 + s * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w * 0.92:.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[s % len(PALETTE)]}">'
                f'<title>{escape(name)}: {escape(cat)} = {v:.1f}{escape(unit)}</title></rect>')
        cx = left + c * group_w + group_w / 2
        parts.append(f'<text x="{cx:.1f}" y="{top + plot_h + 14}" font-size="11" '
                     f'text-anchor="end" transform="rotate(-30 {cx:.1f} {top + plot_h + 14})">'
                     f'{escape(cat)}</text>')
    lx = left
    for s, name in enumerate(series):
        parts.append(f'<rect x="{lx}" y="{height - 16}" width="10" height="10" '
                     f'fill="{PALETTE[s % len(PALETTE)]}"/>')
        parts.append(f'<text x="{lx + 14}" y="{height - 7}" font-size="12">{escape(name)}</text>')
        lx += 24 + 7 * len(name)
    parts.append("</svg>")
    return "\n".join(parts)
