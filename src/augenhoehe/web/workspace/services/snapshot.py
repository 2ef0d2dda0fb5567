"""Snapshot of the workspace database (Django ORM, read-only) in the monitoring's Parquet schema.

The monitoring itself never imports Django; this adapter on the web side feeds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings

from augenhoehe.domain.clock import today
from augenhoehe.domain.render import plan_to_text
from augenhoehe.monitoring.clusters import team_clusters
from augenhoehe.monitoring.flags import plan_flags
from augenhoehe.monitoring.snapshot import plan_values
from augenhoehe.monitoring.tables import pseudonym, write_table
from augenhoehe.web.workspace.models import Case, Contact, PlanVersion, Schlichtung, Summons
from augenhoehe.web.workspace.services.stored import to_domain


def workspace_salt() -> str:
    """The pseudonym salt, a secret of its own (not derived from the secret key) and rotatable.

    Analysts holding the Parquet cannot re-identify caseworkers, even if they know the secret key.
    """

    from augenhoehe.web.guards.keys import pseudonym_salt

    return pseudonym_salt(Path(settings.DATA_DIR))


def own_pseudonym(user_id: int) -> str:
    """The pseudonym of one caseworker in workspace snapshots (for their private view)."""
    return pseudonym(str(user_id), workspace_salt())


def snapshot_from_workspace(out_dir: str | Path) -> Path:
    """Read cases, plan versions, findings, Summons and Schlichtungen; write the Parquet snapshot.

    Only reads the database. No names or plan texts leave it; caseworkers become pseudonyms.
    """
    out = Path(out_dir)
    salt = workspace_salt()
    case_info: dict[int, tuple[str, str, str]] = {}
    case_rows = []
    for case in Case.objects.select_related("team").prefetch_related("potential_analyses"):
        cid, team, cw = f"C{case.pk}", f"T{case.team_id}", pseudonym(str(case.caseworker_id), salt)
        case_info[case.pk] = (cid, team, cw)
        pas = [p.conducted_on for p in case.potential_analyses.all()]
        case_rows.append((cid, team, cw, case.opened_on, min(pas) if pas else None, case.cooperation_assessment))
    write_table(out, "cases", case_rows)

    texts: dict[str, list[tuple[str, str]]] = {}
    plan_rows: list[list[Any]] = []
    finding_rows: list[tuple[Any, ...]] = []
    versions = (PlanVersion.objects.select_related("plan")
                .prefetch_related("steps", "dismissals").order_by("plan_id", "number"))
    for v in versions:
        cid, team, cw = case_info[v.plan.case_id]
        pv_id = f"{cid}-V{v.number}"
        plan = to_domain(v)
        text = plan_to_text(plan)
        texts.setdefault(team, []).append((pv_id, text))
        result: dict[str, Any] = v.check_result or {}
        scores = {k: int(x) for k, x in (result.get("scores") or {}).items()}
        deferred = bool(v.plan.deferred_reason) and v.concluded_on is None
        plan_rows.append(plan_values(pv_id, cid, team, cw, v.number, v.plan_date, v.concluded_on,
                                     deferred, v.review_date, str(plan.regime), scores,
                                     plan_flags(plan, text, scores)))
        dismissed = {d.code for d in v.dismissals.all()}
        seen = set()
        for f in result.get("findings") or []:
            seen.add(f.get("code"))
            finding_rows.append((pv_id, team, f.get("code"), f.get("indicator"),
                                 f.get("code") in dismissed))
        finding_rows.extend((pv_id, team, c, None, True) for c in dismissed - seen)
    cluster = team_clusters(texts)
    for row in plan_rows:
        row[-1] = cluster.get(row[0])
    write_table(out, "plan_versions", plan_rows)
    write_table(out, "findings", finding_rows)

    events: list[tuple[Any, ...]] = []
    for s in Summons.objects.all():
        cid, team, cw = case_info[s.case_id]
        kind = "verpflichtung" if s.kind == Summons.Kind.VERPFLICHTUNG else "summons"
        events.append((cid, team, cw, s.issued_on, kind, None))
    for contact in Contact.objects.values("case_id", "date", "minutes"):
        cid, team, cw = case_info[contact["case_id"]]
        events.append((cid, team, cw, contact["date"], "contact", contact["minutes"]))
    for sch in Schlichtung.objects.all():
        cid, team, cw = case_info[sch.case_id]
        events.append((cid, team, cw, sch.requested_on, "schlichtung", None))
    write_table(out, "events", events)
    (out / "SNAPSHOT").write_text(f"workspace {today()}\n", encoding="utf-8")
    return out
