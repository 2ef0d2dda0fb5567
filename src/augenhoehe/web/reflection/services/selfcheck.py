"""Self-reflection on the role orientation: private results, a team aggregate only from five people."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from augenhoehe.domain.errors import ValidationError
from augenhoehe.monitoring.queries import MIN_GROUP
from augenhoehe.web.accounts.models import Team, User
from augenhoehe.web.reflection.instruments import DIMENSIONS, ITEMS, score
from augenhoehe.web.reflection.models import SelfReflection


def submit(user: User, answers: dict[str, Any], share_with_team: bool) -> SelfReflection:
    """Store one filled-in questionnaire of the user; every item needs an answer from 1 to 5."""
    clean: dict[str, int] = {}
    for item in ITEMS:
        value = str(answers.get(item.key, "")).strip()
        if value not in {"1", "2", "3", "4", "5"}:
            raise ValidationError(_("Bitte beantworten Sie alle Aussagen."))
        clean[item.key] = int(value)
    return SelfReflection.objects.create(author=user, team_id=user.team_id, answers=clean,
                                         scores=score(clean), share_with_team=share_with_team)


def own_history(user: User) -> list[SelfReflection]:
    """The user's own results, oldest first (nobody else ever gets them)."""
    return list(SelfReflection.objects.filter(author=user).order_by("taken_at", "pk"))


def changes(history: list[SelfReflection]) -> list[dict[str, Any]]:
    """Per dimension: first, last and the change between them."""
    if not history:
        return []
    first, last = history[0].scores, history[-1].scores
    return [{"key": k, "label": label, "first": first.get(k), "last": last.get(k),
             "change": round(last.get(k, 0) - first.get(k, 0), 1)} for k, label in DIMENSIONS.items()]


def delete_own(user: User) -> int:
    """Delete all of the user's own results (participation is voluntary)."""
    count, _detail = SelfReflection.objects.filter(author=user).delete()
    return count


def team_aggregate(team: Team | None) -> dict[str, Any]:
    """Mean per dimension over the latest shared result of each participant; suppressed under five."""
    if team is None:
        return {"suppressed": True, "participants": None, "rows": []}
    latest: dict[int, SelfReflection] = {}
    for r in SelfReflection.objects.filter(team=team, share_with_team=True).order_by("taken_at", "pk"):
        latest[r.author_id] = r
    if len(latest) < MIN_GROUP:
        return {"suppressed": True, "participants": None, "rows": []}
    rows = []
    for key, label in DIMENSIONS.items():
        values = [r.scores[key] for r in latest.values() if key in r.scores]
        rows.append({"key": key, "label": label, "mean": round(sum(values) / len(values), 1)})
    return {"suppressed": False, "participants": len(latest), "rows": rows}
