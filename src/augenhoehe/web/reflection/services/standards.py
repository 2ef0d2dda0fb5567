"""A team's own standards for the Kooperationsplan, mapped to checker rules and thresholds; versioned."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from augenhoehe.check import Config
from augenhoehe.check.model import INDICATOR_LABELS, INDICATORS
from augenhoehe.check.rules import all_rules
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.monitoring.queries import MIN_GROUP
from augenhoehe.web.accounts.models import Team, User
from augenhoehe.web.reflection.models import StandardRevision
from augenhoehe.web.workspace import checker_texts
from augenhoehe.web.workspace.models import PlanVersion
from augenhoehe.web.workspace.services import audit
from augenhoehe.web.workspace.services.quality import TeamCheck

ACTIONS = ("require", "ignore")
"""require: the rules' findings become errors marked with the standard; ignore: the rules do not run."""
TEAM_CODE = "TEAM"


def rule_codes() -> list[str]:
    """Every rule code of the checker, sorted."""
    return sorted(r.code for r in all_rules())


def current(team: Team | int | None) -> StandardRevision | None:
    """The revision in force for the team, or None when it has none."""
    if team is None:
        return None
    return StandardRevision.objects.filter(team_id=getattr(team, "pk", team)).order_by("-number").first()


def standards_of(team: Team | int | None) -> list[dict[str, Any]]:
    """The team's standards in force (a list of dicts; empty when none)."""
    revision = current(team)
    return list(revision.standards) if revision else []


def history(team: Team) -> list[StandardRevision]:
    """All revisions of the team's standards, newest first."""
    return list(StandardRevision.objects.filter(team=team).select_related("changed_by").order_by("-number"))


def _threshold(value: Any) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if not 0 <= number <= 100:
        raise ValidationError(_("Bitte eine Schwelle zwischen 0 und 100 angeben."))
    return number


def _clean(standard: dict[str, Any]) -> dict[str, Any]:
    title = clean_text(str(standard.get("title", "")), 200).strip()
    if not title:
        raise ValidationError(_("Bitte geben Sie dem Standard einen Titel."))
    known = set(rule_codes())
    rules = [c.strip().upper() for c in standard.get("rules", []) if str(c).strip()]
    unknown = [c for c in rules if not any(k.startswith(c) for k in known)]
    if unknown:
        raise ValidationError(_("Unbekannte Regel: %(codes)s") % {"codes": ", ".join(unknown)})
    action = standard.get("action") or "require"
    if action not in ACTIONS:
        raise ValidationError(_("Unbekannte Wirkung des Standards."))
    indicator = standard.get("indicator") or ""
    if indicator and indicator not in INDICATORS:
        raise ValidationError(_("Unbekanntes Qualitätsmerkmal."))
    threshold = _threshold(standard.get("threshold")) if indicator else None
    if not rules and not indicator:
        raise ValidationError(_("Bitte ordnen Sie dem Standard mindestens eine Regel oder eine Schwelle zu."))
    return {"title": title, "text": clean_text(str(standard.get("text", "")), 1000).strip(), "rules": rules,
            "action": action, "indicator": indicator, "threshold": threshold}


@transaction.atomic
def save(team: Team, user: User, standards: list[dict[str, Any]], note: str = "") -> StandardRevision:
    """Store a new revision of the team's standards (the old ones stay) and audit the change."""
    if user.team_id != team.pk:
        raise ValidationError(_("Nur das eigene Team kann seine Standards ändern."))
    cleaned = [_clean(s) for s in standards]
    last = current(team)
    revision = StandardRevision.objects.create(team=team, number=(last.number + 1) if last else 1,
                                               standards=cleaned, changed_by=user,
                                               note=clean_text(note, 300))
    audit.record(user, "standards.change", None, revision, team=team.pk, number=revision.number,
                 count=len(cleaned))
    return revision


def add(team: Team, user: User, standard: dict[str, Any]) -> StandardRevision:
    """A new revision with one standard more."""
    return save(team, user, [*standards_of(team), standard], _("Standard hinzugefügt: %(title)s")
                % {"title": standard.get("title", "")})


def remove(team: Team, user: User, index: int) -> StandardRevision:
    """A new revision without the standard at index."""
    items = standards_of(team)
    if not 0 <= index < len(items):
        raise ValidationError(_("Diesen Standard gibt es nicht (mehr)."))
    gone = items.pop(index)
    return save(team, user, items, _("Standard entfernt: %(title)s") % {"title": gone["title"]})


def _matches(code: str, prefixes: list[str]) -> bool:
    return any(code.upper().startswith(p) for p in prefixes)


def shape(standards: list[dict[str, Any]], data: dict[str, Any]) -> dict[str, Any]:
    """Mark findings the team requires as errors and add a finding per missed threshold.

    The editor shows the shaped result at once, so its messages are in the reader's language.
    """
    findings = []
    for f in data["findings"]:
        for s in standards:
            if s["action"] == "require" and s["rules"] and _matches(f["code"], s["rules"]):
                message = checker_texts.finding_message(f)
                f = {k: v for k, v in f.items() if k != checker_texts.MESSAGE_TEXT}
                f = {**f, "severity": "error", "team_standard": s["title"],
                     "message": _("%(message)s (Teamstandard „%(title)s“)") % {"message": message,
                                                                           "title": s["title"]}}
                break
        findings.append(f)
    for s in standards:
        indicator = s.get("indicator")
        if indicator and data["scores"].get(indicator, 100) < s["threshold"]:
            findings.append({
                "code": TEAM_CODE, "slug": "teamstandard", "indicator": indicator, "severity": "warning",
                "message": _("Teamstandard „%(title)s“: %(label)s %(score)d, das Team erwartet mindestens "
                             "%(threshold)d.") % {"title": s["title"], "label": _(INDICATOR_LABELS[indicator]),
                                                  "score": data["scores"][indicator], "threshold": s["threshold"]},
                "line": 1, "column": 1, "start": 0, "end": 0, "excerpt": "", "suggestions": [],
                "team_standard": s["title"]})
    return {**data, "findings": findings}


def team_check(team_id: int) -> TeamCheck:
    """The editor's checker configuration for a team (registered in TEAM_CHECKS by the app config)."""
    items = standards_of(team_id)
    if not items:
        return TeamCheck()
    ignore = tuple(c for s in items if s["action"] == "ignore" for c in s["rules"])
    return TeamCheck(config=Config(ignore=ignore), shape=lambda data: shape(items, data))


def met(standard: dict[str, Any], result: dict[str, Any]) -> bool | None:
    """Whether a stored check result meets a standard; None for 'ignore' standards (nothing to meet)."""
    if standard["action"] == "ignore" and not standard.get("indicator"):
        return None
    codes = [f["code"] for f in result.get("findings", [])]
    if standard["action"] == "require" and any(_matches(c, standard["rules"]) for c in codes):
        return False
    indicator = standard.get("indicator")
    return not (indicator and result.get("scores", {}).get(indicator, 100) < standard["threshold"])


def _row(label: str, versions: list[PlanVersion], items: list[dict[str, Any]]) -> dict[str, Any]:
    """One row of the development table; suppressed when fewer than five caseworkers wrote the plans."""
    caseworkers = {v.plan.case.caseworker_id for v in versions}
    if len(caseworkers) < MIN_GROUP:
        return {"month": label, "plans": None, "suppressed": True, "shares": [None] * len(items)}
    shares: list[int | None] = []
    for s in items:
        verdicts = [met(s, v.check_result or {}) for v in versions]
        shares.append(None if met(s, {}) is None else round(100 * sum(bool(x) for x in verdicts) / len(versions)))
    return {"month": label, "plans": len(versions), "suppressed": False, "shares": shares}


def development(team: Team) -> list[dict[str, Any]]:
    """Per month of plan date and overall: the share of the team's latest plan versions meeting each standard.

    Counts over the team's plans only, never per caseworker; a row written by fewer than five
    caseworkers is suppressed, as in the monitoring (ADR 0004).
    """
    items = standards_of(team)
    latest: dict[int, PlanVersion] = {}
    for v in (PlanVersion.objects.filter(plan__case__team=team, check_result__isnull=False)
              .select_related("plan__case").order_by("number")):
        latest[v.plan_id] = v
    months: dict[str, list[PlanVersion]] = defaultdict(list)
    for v in latest.values():
        months[v.plan_date.strftime("%Y-%m")].append(v)
    rows = [_row(m, vs, items) for m, vs in sorted(months.items())]
    if latest:
        rows.append(_row(_("alle Monate"), list(latest.values()), items))
    return rows
