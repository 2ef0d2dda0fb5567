"""Plan texts: German phrasing that follows the intended quality and matches the structure."""

from __future__ import annotations

import re
from collections import Counter

from augenhoehe.domain.render import step_line

DIRECTIVE = re.compile(r"\b(haben .{0,80}zu \w+|ist verpflichtet|unverzüglich|unaufgefordert)\b")
SANCTION = re.compile(r"Rechtsfolgenbelehrung|Minderung|§ 31|Sanktion")


def _plans(result):
    return [(c, pv) for c in result.cases for pv in c.plans]


def test_text_contains_every_structured_element(across_regimes):
    for _case, pv in _plans(across_regimes):
        plan = pv.plan
        for step in plan.steps:
            assert step_line(step) in pv.text
        assert plan.goal.strip() in pv.text
        if plan.review_date:
            assert plan.review_date.strftime("%d.%m.%Y") in pv.text
        if plan.client_wishes:
            assert plan.client_wishes in pv.text


def test_sanction_language_appears_exactly_when_intended(across_regimes):
    for _case, pv in _plans(across_regimes):
        has_threat = bool(SANCTION.search(pv.plan.other_notes))
        assert has_threat == (pv.intended_quality["sanktionsfreiheit"] < 50)


def test_directive_wording_goes_with_low_cooperative_language(across_regimes):
    plans = _plans(across_regimes)
    low = [pv for _c, pv in plans if pv.intended_quality["kooperative_sprache"] < 30]
    high = [pv for _c, pv in plans if pv.intended_quality["kooperative_sprache"] > 70]
    share = lambda pvs: sum(bool(DIRECTIVE.search(  # noqa: E731
        " ".join(s.text for s in pv.plan.steps))) for pv in pvs) / len(pvs)
    assert low and high
    assert share(low) > 0.6 > 0.3 > share(high)


def test_no_jobcenter_commitment_when_reciprocity_is_intended_low(across_regimes):
    for _case, pv in _plans(across_regimes):
        if pv.intended_quality["gegenseitigkeit"] < 10:
            assert not [s for s in pv.plan.steps if s.owner.value == "jobcenter"]


def test_pro_forma_plans_are_copies_of_the_caseworkers_template(across_regimes):
    by_template: dict[str, set[tuple[str, ...]]] = {}
    for _case, pv in _plans(across_regimes):
        if pv.template_id:
            body = (pv.plan.goal,) + tuple(re.sub(r"\d\d\.\d\d\.\d{4}", "<D>", s.text)
                                           for s in pv.plan.steps)
            by_template.setdefault(f"{pv.template_id}/{pv.regime}", set()).add(body)
    assert by_template
    assert all(len(v) <= 2 for v in by_template.values())  # gender forms only


def test_individual_plans_do_not_look_machine_made_in_bulk(across_regimes):
    individual = [pv for _c, pv in _plans(across_regimes) if not pv.template_id]
    bodies = Counter("\n".join(s.text for s in pv.plan.steps) for pv in individual)
    assert bodies.most_common(1)[0][1] <= 0.02 * len(individual)
    first_lines = Counter(pv.plan.steps[0].text for pv in individual)
    assert len(first_lines) > 100


def test_participation_gives_the_client_a_voice(across_regimes):
    for _case, pv in _plans(across_regimes):
        voiced = any(s.author.value == "client" for s in pv.plan.steps)
        if pv.intended_quality["beteiligung"] < 35:
            assert not voiced and not pv.plan.client_wishes


def test_wording_matches_the_persons_gender(across_regimes):
    gender = {c.id: c.gender for c in across_regimes.clients}
    checked = 0
    for case, pv in _plans(across_regimes):
        if gender[case.client_id] == "w":
            assert "Der Kunde " not in pv.text and "Der Leistungsberechtigte " not in pv.text
            checked += "Die Kundin " in pv.text
        else:
            assert "Die Kundin " not in pv.text and "Die Leistungsberechtigte " not in pv.text
    assert checked > 0
