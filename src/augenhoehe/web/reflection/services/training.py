"""Plan-writing training: rewrite an old-style plan, the checker compares before and after; private."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from augenhoehe.check import check_text
from augenhoehe.domain.clock import today
from augenhoehe.domain.errors import ValidationError
from augenhoehe.domain.text import clean_text
from augenhoehe.web.accounts.models import User
from augenhoehe.web.reflection.exercises import Exercise, exercise
from augenhoehe.web.reflection.models import TrainingAttempt
from augenhoehe.web.workspace import checker_texts


def checked(text: str) -> dict[str, Any]:
    """The checker's result for a plain-text plan, as the contract's JSON with the findings' messages
    in the reader's language."""
    data = checker_texts.with_texts(check_text(text, source="training", today=today()))
    data["findings"] = checker_texts.localised_findings(data["findings"])
    return data


def rewrite(user: User, key: str, text: str) -> tuple[TrainingAttempt, dict[str, Any], Exercise]:
    """Check the trainee's rewrite and keep the before/after scores for the trainee only."""
    item = exercise(key)
    text = clean_text(text, 20000).strip()
    if len(text) < 40:
        raise ValidationError(_("Bitte schreiben Sie den Plan neu (mindestens einige Sätze)."))
    before, after = checked(item.text), checked(text)
    attempt = TrainingAttempt.objects.create(trainee=user, exercise=key, rewrite=text,
                                             before=before["scores"]["gesamt"], after=after["scores"]["gesamt"])
    return attempt, after, item


def own_attempts(user: User, key: str | None = None) -> list[TrainingAttempt]:
    """The user's own attempts, newest first."""
    qs = TrainingAttempt.objects.filter(trainee=user)
    return list(qs.filter(exercise=key) if key else qs)
