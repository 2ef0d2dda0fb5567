"""OIDC settings from AUGENHOEHE_OIDC_* variables (read by settings.py; no Django imports here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

STAFF_ROLES = {"caseworker", "team_lead", "admin"}
DEFAULT_ROLE_MAP = "augenhoehe-fachkraft=caseworker,augenhoehe-teamleitung=team_lead,augenhoehe-admin=admin"


def role_map(raw: str) -> dict[str, str]:
    """Parse 'group=role,group=role'; only staff roles are allowed."""
    mapping = {}
    for pair in filter(None, (p.strip() for p in raw.split(","))):
        group, _, role = pair.partition("=")
        if role.strip() not in STAFF_ROLES:
            raise ValueError(f"AUGENHOEHE_OIDC_ROLE_MAP: unbekannte oder nicht erlaubte Rolle {role!r}")
        mapping[group.strip()] = role.strip()
    return mapping


def oidc_settings(env: Mapping[str, str]) -> dict[str, Any]:
    """Django settings for single sign-on; SSO is off unless AUGENHOEHE_OIDC_CLIENT_ID is set."""
    if not env.get("AUGENHOEHE_OIDC_CLIENT_ID"):
        return {"OIDC_ENABLED": False}
    return {
        "OIDC_ENABLED": True,
        "OIDC_RP_CLIENT_ID": env["AUGENHOEHE_OIDC_CLIENT_ID"],
        "OIDC_RP_CLIENT_SECRET": env.get("AUGENHOEHE_OIDC_CLIENT_SECRET", ""),
        "OIDC_OP_AUTHORIZATION_ENDPOINT": env["AUGENHOEHE_OIDC_AUTHORIZATION_ENDPOINT"],
        "OIDC_OP_TOKEN_ENDPOINT": env["AUGENHOEHE_OIDC_TOKEN_ENDPOINT"],
        "OIDC_OP_USER_ENDPOINT": env["AUGENHOEHE_OIDC_USERINFO_ENDPOINT"],
        "OIDC_OP_JWKS_ENDPOINT": env["AUGENHOEHE_OIDC_JWKS_ENDPOINT"],
        "OIDC_RP_SIGN_ALGO": env.get("AUGENHOEHE_OIDC_SIGN_ALGO", "RS256"),
        "OIDC_RP_SCOPES": env.get("AUGENHOEHE_OIDC_SCOPES", "openid profile email"),
        "OIDC_USE_NONCE": True,
        "OIDC_USE_PKCE": True,
        "OIDC_CREATE_USER": True,
        "OIDC_ROLES_CLAIM": env.get("AUGENHOEHE_OIDC_ROLES_CLAIM", "groups"),
        "OIDC_TEAM_CLAIM": env.get("AUGENHOEHE_OIDC_TEAM_CLAIM", "team"),
        "OIDC_USERNAME_CLAIM": env.get("AUGENHOEHE_OIDC_USERNAME_CLAIM", "preferred_username"),
        "OIDC_ROLE_MAP": role_map(env.get("AUGENHOEHE_OIDC_ROLE_MAP", DEFAULT_ROLE_MAP)),
        "LOGIN_REDIRECT_URL_FAILURE": "/anmelden/?sso=fehlgeschlagen",
    }
