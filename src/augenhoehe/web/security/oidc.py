"""Single sign-on for staff through the Jobcenter's directory (OpenID Connect, mozilla-django-oidc).

The directory decides who is staff: the role comes from a claim (by default `groups`) through
AUGENHOEHE_OIDC_ROLE_MAP, the team from AUGENHOEHE_OIDC_TEAM_CLAIM (matched by team name), and both
are updated at every login. A person without a mapped role is refused. Clients (leistungsberechtigte
Personen) never log in this way; local passwords stay for them and for small installations.
"""

from __future__ import annotations

from typing import Any

from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from augenhoehe.web.accounts.models import Role, Team
from augenhoehe.web.security.oidc_config import STAFF_ROLES
from augenhoehe.web.workspace.services import access


class DirectoryBackend(OIDCAuthenticationBackend):
    """Staff accounts from the directory's claims: user name, name, role, team."""

    def _role(self, claims: dict[str, Any]) -> str | None:
        groups = claims.get(self.get_settings("OIDC_ROLES_CLAIM", "groups")) or []
        if isinstance(groups, str):
            groups = [groups]
        mapping = self.get_settings("OIDC_ROLE_MAP", {})
        mapped = [mapping[g] for g in groups if g in mapping]
        for role in (Role.ADMIN, Role.TEAM_LEAD, Role.CASEWORKER):  # the strongest mapped role wins
            if role in mapped:
                return role
        return None

    def _username(self, claims: dict[str, Any]) -> str:
        claim = self.get_settings("OIDC_USERNAME_CLAIM", "preferred_username")
        return str(claims.get(claim) or claims.get("sub", ""))[:150]

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        return bool(self._username(claims)) and self._role(claims) is not None

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        return self.UserModel.objects.filter(username=self._username(claims))

    def _apply(self, user: Any, claims: dict[str, Any]) -> Any:
        role = self._role(claims)
        if user.pk and access.may(user, access.Capability.USE_PORTAL):
            return None  # a client account is never taken over by a directory login
        user.role = role
        user.first_name = str(claims.get("given_name", user.first_name))[:150]
        user.last_name = str(claims.get("family_name", user.last_name))[:150]
        user.email = str(claims.get("email", user.email))[:254]
        team_name = claims.get(self.get_settings("OIDC_TEAM_CLAIM", "team"))
        user.team = Team.objects.filter(name=team_name).first() if team_name else None
        grants = access.GRANTS.get(role, frozenset()) if role is not None else frozenset()
        user.is_staff = user.is_superuser = access.Capability.ADMINISTER in grants
        user.set_unusable_password() if not user.pk else None
        user.save()
        return user

    def create_user(self, claims: dict[str, Any]) -> Any:
        return self._apply(self.UserModel(username=self._username(claims)), claims)

    def update_user(self, user: Any, claims: dict[str, Any]) -> Any:
        return self._apply(user, claims)

    def retrieve_matching_jwk(self, token: Any) -> Any:
        """Keys are matched by `kid`; a token without `kid` is accepted only if the provider has one key."""
        import jwt
        import requests
        from django.core.exceptions import SuspiciousOperation

        header = jwt.get_unverified_header(token)
        if "kid" in header:
            return super().retrieve_matching_jwk(token)
        response = requests.get(self.OIDC_OP_JWKS_ENDPOINT, timeout=self.get_settings("OIDC_TIMEOUT", 10))
        response.raise_for_status()
        keys = [k for k in response.json().get("keys", []) if k.get("alg", header.get("alg")) == header.get("alg")]
        if len(keys) != 1:
            raise SuspiciousOperation("Token ohne kid, aber der Anbieter hat nicht genau einen passenden Schlüssel.")
        return jwt.PyJWK(keys[0])

    def authenticate(self, request: Any, **kwargs: Any) -> Any:
        user = super().authenticate(request, **kwargs)
        return user if user is not None and user.role in STAFF_ROLES else None
