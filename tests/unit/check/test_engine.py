"""check_text / check_plan behave as the contract promises."""

from __future__ import annotations

from datetime import date

from tests.unit.check.helpers import TODAY

from augenhoehe.check import INDICATORS, check_plan, check_text
from augenhoehe.domain.plan import CooperationPlan, Section, Step, StepOwner
from augenhoehe.domain.render import plan_to_text

EGV = """Eingliederungsvereinbarung vom 03.02.2022

Ziel: Integration in den ersten Arbeitsmarkt

1. Unterstützung durch das Jobcenter
Das Jobcenter unterstützt Sie bei Ihren Bemühungen.

2. Bemühungen des Kunden
Sie haben monatlich mindestens fünf Bewerbungen vorzulegen.

Rechtsfolgenbelehrung
Verstoßen Sie ohne wichtigen Grund gegen die Pflichten, wird Ihr Arbeitslosengeld II um 30 % gemindert.
"""

GOOD = """Kooperationsplan vom 01.09.2026

Berufsziel
Sie möchten als Pflegehelferin in Teilzeit in Kassel arbeiten.

Kurzfristiges Zwischenziel
Bis Dezember haben Sie einen Kita-Platz für Ihre Tochter.

Nächste Schritte
- Sie melden Ihre Tochter bis zum 15.09.2026 bei der Kita-Platzvergabe an.
- Sie besuchen am 20.09.2026 den Infotag der Pflegeschule in Kassel, den Sie selbst gefunden haben.
- Sie bewerben sich ab Oktober zweimal im Monat bei Pflegediensten in Kassel.

Unterstützung durch das Jobcenter
- Wir übernehmen bis zum 30.09.2026 die Fahrtkosten zum Infotag.
- Wir schicken Ihnen jeden Monat zwei Stellenangebote aus der Pflege.

Das ist mir wichtig
Ich möchte vormittags arbeiten.

Überprüfung
Wir besprechen den Plan gemeinsam am 15.01.2027.
"""


def test_result_has_all_ten_indicators_and_gesamt_as_ints():
    result = check_text(GOOD, "good.txt", today=TODAY).to_dict()
    assert set(result["scores"]) == {*INDICATORS, "gesamt"}
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in result["scores"].values())
    assert result["source"] == "good.txt" and result["regime"] == "grundsicherung"


def test_good_individual_plan_scores_high_without_errors():
    result = check_text(GOOD, today=TODAY)
    assert not result.has_errors
    # gesamt is the rubric's 0-10 overall label times ten; 7 and more is a good plan
    assert result.scores["gesamt"] >= 70, [f.code for f in result.findings]


def test_empty_and_near_empty_plans_score_low_with_a_reason():
    empty = check_text("Kooperationsplan vom 01.09.2026\n", today=TODAY)
    thin = check_text("Kooperationsplan vom 01.09.2026\nSie bemühen sich um Arbeit.\n", today=TODAY)
    good = check_text(GOOD, today=TODAY)
    assert empty.scores["gesamt"] <= 30 and thin.scores["gesamt"] <= 40
    assert good.scores["gesamt"] - thin.scores["gesamt"] >= 25
    assert empty.reasons["gesamt"], "gesamt must say what lowered it"


def test_old_egv_with_rechtsfolgenbelehrung_is_capped_and_regime_is_egv():
    result = check_text(EGV, today=TODAY)
    assert result.regime == "egv"
    assert result.scores["gesamt"] <= 40
    assert result.scores["sanktionsfreiheit"] < 50
    assert {"SF101", "SF102"} <= {f.code for f in result.findings}


def test_regime_can_be_forced():
    assert check_text(EGV, regime="buergergeld").regime == "buergergeld"


def test_haben_zu_infinitive_is_reported_with_cooperative_rewrite():
    result = check_text(EGV, today=TODAY)
    finding = next(f for f in result.findings if f.code == "KS101")
    assert finding.excerpt == "haben monatlich mindestens fünf Bewerbungen vorzulegen"
    assert "Sie legen monatlich mindestens fünf Bewerbungen vor." in finding.suggestions[0]


def test_spans_are_code_point_offsets_with_one_based_line_and_column():
    result = check_text(EGV, today=TODAY)
    for f in result.findings:
        assert EGV[f.start : f.end].startswith(f.excerpt.rstrip("…")[:20])
        line_text = EGV.split("\n")[f.line - 1]
        assert line_text[f.column - 1 :].startswith(EGV[f.start : f.end][:10])


def test_structured_plan_uses_rendered_text_and_structured_fields():
    plan = CooperationPlan(
        goal="Arbeit als Lagerist in Bremen", plan_date=date(2026, 9, 1),
        review_date=date(2027, 6, 1),
        steps=[Step("Sie machen den Staplerschein bei der DEKRA", StepOwner.CLIENT,
                    due_date=date(2026, 11, 30)),
               Step("Wir übernehmen die Kosten des Staplerkurses", StepOwner.JOBCENTER,
                    Section.UNTERSTUETZUNG_JOBCENTER, frequency="einmalig")],
    )
    result = check_plan(plan, "p.json", today=TODAY)
    text = plan_to_text(plan)
    codes = {f.code for f in result.findings}
    assert "NH103" in codes  # review more than six months after the plan date
    assert "AF102" not in codes  # due_date and frequency count as timing
    for f in result.findings:
        assert text[f.start : f.end] == f.excerpt or f.excerpt.endswith("…")


def test_text_without_headings_still_finds_steps_and_actors():
    text = ("Frau Kaya möchte als Verkäuferin arbeiten. Sie bewerben sich bis zum 30.10.2026 bei "
            "drei Supermärkten in Essen. Wir übernehmen die Bewerbungskosten bis zum 30.10.2026. "
            "Wir besprechen den Plan am 15.12.2026.")
    result = check_text(text, today=TODAY)
    codes = {f.code for f in result.findings}
    assert "ZS101" not in codes and "GS101" not in codes and "NH101" not in codes


def test_finding_is_frozen_and_serialises_suggestions_as_list():
    f = check_text(EGV, today=TODAY).findings[0]
    data = f.to_dict()
    assert isinstance(data["suggestions"], list)
    assert set(data) == {"code", "slug", "indicator", "severity", "message", "line", "column",
                         "start", "end", "excerpt", "suggestions"}


def test_windows_line_endings_keep_offsets_into_the_original_text():
    text = EGV.replace("\n", "\r\n")
    result = check_text(text, today=TODAY)
    finding = next(f for f in result.findings if f.code == "KS101")
    assert text[finding.start:finding.end] == finding.excerpt
    assert finding.line == 9
    assert {f.code for f in result.findings} == {f.code for f in check_text(EGV, today=TODAY).findings}


def test_structured_owner_overrides_the_section_heading():
    data = {"schema": "augenhoehe.plan/1", "goal": "Arbeit als Koch in Leipzig",
            "plan_date": "2026-09-01", "review_date": "2026-12-01",
            "steps": [{"text": "Wir rufen beim Restaurant Grüne Gans an", "owner": "jobcenter",
                       "section": "naechste_schritte", "due_date": "2026-09-10"},
                      {"text": "Sie bewerben sich bei drei Restaurants", "owner": "client",
                       "frequency": "im Monat"}]}
    codes = {f.code for f in check_plan(data, today=TODAY).findings}
    assert "GS101" not in codes  # the jobcenter step counts although it sits under "Nächste Schritte"
    assert "AF102" not in codes


def test_near_duplicates_keep_fitted_scores_with_the_duplicate_finding():
    """Regression: adding AK104 to a group used to overwrite the fitted scores with the rules' points."""
    from augenhoehe.check.corpus import apply_duplicates
    from augenhoehe.check.fitted import default_model, to_scores

    results = [check_text(GOOD, f"p{i}.txt", today=TODAY) for i in range(2)]
    apply_duplicates(results)
    model = default_model()
    assert model is not None
    for res in results:
        assert any(f.code == "AK104" for f in res.findings)
        assert res.scores["gesamt"] == to_scores(model.predict(res.features))["gesamt"]
        assert res.reasons["gesamt"] is not None
