"""Agreement statistics against published worked examples with known values."""

from __future__ import annotations

import pytest

from augenhoehe.research.agreement import (
    brennan_prediger,
    cohen_kappa,
    krippendorff_alpha_nominal,
    segment_agreement,
    unitized_alpha,
    unitized_disagreements,
)


def _table(yy: int, yn: int, ny: int, nn: int) -> tuple[list[int], list[int]]:
    a = [1] * yy + [1] * yn + [0] * ny + [0] * nn
    b = [1] * yy + [0] * yn + [1] * ny + [0] * nn
    return a, b


@pytest.mark.parametrize(("table", "kappa"), [
    ((20, 5, 10, 15), 0.4),          # 50 items, po = .70, pe = .50
    ((45, 15, 25, 15), 0.1304),      # po = .60, pe = .54
    ((25, 35, 5, 35), 0.2593),       # po = .60, pe = .46
])
def test_cohen_kappa_textbook_tables(table, kappa):
    a, b = _table(*table)
    assert cohen_kappa(a, b) == pytest.approx(kappa, abs=1e-4)


def test_cohen_kappa_krippendorff_1995_digitized_example():
    # Krippendorff (1995), example A digitised (Bertha/Bill): κ = 0.385, α = 0.329
    bertha = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    bill = [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    assert cohen_kappa(bertha, bill) == pytest.approx(0.385, abs=1e-3)
    assert krippendorff_alpha_nominal(list(zip(bertha, bill, strict=True))) == pytest.approx(0.329, abs=1e-3)


def test_brennan_prediger_uses_one_over_q():
    a, b = _table(20, 5, 10, 15)
    assert brennan_prediger(a, b) == pytest.approx((0.7 - 0.5) / 0.5)
    assert brennan_prediger(a, b, categories=4) == pytest.approx((0.7 - 0.25) / 0.75)


def test_krippendorff_alpha_nominal_2011_reliability_data():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders × 12 units
    # with missing values; nominal α = 0.743.
    n = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    units = list(zip(*coders, strict=True))
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_alpha_binary_two_coder_example():
    # Krippendorff (2011), section A: two coders, ten units, binary: α = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha_nominal(list(zip(a, b, strict=True))) == pytest.approx(0.095, abs=5e-4)


def test_krippendorff_alpha_without_variation_is_undefined():
    assert krippendorff_alpha_nominal([(1, 1), (1, 1)]) is None
    assert cohen_kappa([1, 1], [1, 1]) is None


def _example_2004():
    # Krippendorff (2004: 254): two coders, continuum [150, 450), categories c and k,
    # units as (begin, length).
    return {
        "c": [[(225, 70), (370, 30)], [(220, 80), (355, 20), (400, 20)]],
        "k": [[(180, 60), (300, 50)], [(180, 60), (300, 50)]],
    }


def test_unitized_alpha_krippendorff_2004_example():
    data = _example_2004()
    d_o, d_e = unitized_disagreements(data["c"], 150, 300)
    assert d_o == pytest.approx(0.0144, abs=1e-4)
    assert d_e == pytest.approx(0.0532, abs=1e-4)
    d_o, d_e = unitized_disagreements(data["k"], 150, 300)
    assert d_o == 0
    assert d_e == pytest.approx(0.0490, abs=1e-4)
    total, per = unitized_alpha(data, 150, 300)
    assert per["c"] == pytest.approx(0.7286, abs=1e-4)
    assert per["k"] == pytest.approx(1.0)
    assert total == pytest.approx(0.8591, abs=5e-4)


def test_unitized_observed_disagreement_krippendorff_1995_example_a():
    # Krippendorff (1995: 57), example A (Bertha/Bill), continuum of 24: uDo = 0.03125
    d_o, _ = unitized_disagreements([[(2, 8), (14, 6)], [(4, 4), (15, 2)]], 0, 24)
    assert d_o == pytest.approx(0.03125)


def test_unitized_alpha_identical_coders_is_one():
    total, per = unitized_alpha({"x": [[(3, 5), (20, 4)], [(3, 5), (20, 4)]]}, 0, 40)
    assert total == pytest.approx(1.0)


def test_segment_agreement_with_minimum_overlap():
    a = [(0, 100), (200, 250)]
    b = [(5, 100), (300, 320)]
    assert segment_agreement(a, b, 0.9) == (2, 4)  # 95/100 overlap agrees both ways
    assert segment_agreement(a, b, 0.96) == (0, 4)
