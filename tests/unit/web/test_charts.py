"""The SVG trend charts: gaps instead of lines across missing months, labels inside, printable colours."""

from __future__ import annotations

import re
from datetime import date

from augenhoehe.web.workspace.charts import CHAR_WIDTH, Point, trend_svg


def _months(values: list[float | None], start: date = date(2026, 1, 1)) -> list[Point]:
    return [Point(date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1), v)
            for i, v in enumerate(values)]


def test_a_missing_month_is_a_gap_not_a_line() -> None:
    svg = trend_svg(_months([50, 60, None, None, 70, 80]), "x")
    assert svg.count("<polyline") == 2
    assert svg.count("<circle") == 4


def test_a_lone_month_is_a_dot_without_a_line() -> None:
    svg = trend_svg(_months([None, 55, None]), "x")
    assert "<polyline" not in svg and svg.count("<circle") == 1


def test_every_element_has_an_explicit_fill_so_it_prints() -> None:
    svg = trend_svg(_months([50, 60, 70]), "x", unit=" %")
    for element in re.findall(r"<(?:polyline|polygon|circle|text)[^>]*>", svg):
        assert "fill=" in element, element
    assert 'fill="none"' in re.search(r"<polyline[^>]*>", svg).group(0)  # type: ignore[union-attr]


def test_the_labels_stay_inside_the_drawing() -> None:
    svg = trend_svg(_months([50, 60, 70, 65, 60, 62, 64], start=date(2026, 1, 1)), "x", unit=" %", width=640)
    hundred = re.search(r'<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>100 %</text>', svg)
    assert hundred and float(hundred.group(1)) - len("100 %") * CHAR_WIDTH >= 0
    regime = re.search(r'<text x="([\d.]+)"[^>]*text-anchor="(start|end)"[^>]*>Neue Grundsicherung</text>', svg)
    assert regime
    x, anchor = float(regime.group(1)), regime.group(2)
    right_end = x + len("Neue Grundsicherung") * CHAR_WIDTH if anchor == "start" else x
    assert right_end <= 640


def test_no_values_no_chart() -> None:
    assert trend_svg(_months([None, None]), "x") == ""
