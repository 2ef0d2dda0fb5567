"""Changing one's own password; after an initial password this is the first page the person sees."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordChangeForm
from django.http import HttpResponse

from augenhoehe.web.accounts.models import User


class PasswordChange(auth_views.PasswordChangeView):
    """Django's password change; it also ends the duty to replace an initial password."""

    template_name = "auth/password_change.html"
    success_url = "/passwort/geaendert/"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """The form, and whether an initial password is being replaced."""
        return {**super().get_context_data(**kwargs),
                "initial_password": getattr(self.request.user, "must_change_password", False)}

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        """Save the new password and lift the duty to change it."""
        response = super().form_valid(form)
        User.objects.filter(pk=form.user.pk).update(must_change_password=False)
        return response
