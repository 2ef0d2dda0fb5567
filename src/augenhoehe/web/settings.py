"""Django settings; the database comes from AUGENHOEHE_DATABASE_URL (SQLite by default)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from augenhoehe.web.guards import keys
from augenhoehe.web.languages import LANGUAGES as CHOSEN_LANGUAGES

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = keys.data_dir_from_env()

DEBUG = os.environ.get("AUGENHOEHE_DEBUG", "0") == "1"
# Refuses to start outside DEBUG without a key (see augenhoehe.web.guards.keys).
SECRET_KEY = keys.secret_key(DATA_DIR, DEBUG)
ALLOWED_HOSTS = os.environ.get("AUGENHOEHE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "augenhoehe.web.accounts",
    "augenhoehe.web.workspace",
    "augenhoehe.web.research",
    "augenhoehe.web.reflection",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "augenhoehe.web.middleware.ChosenLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "augenhoehe.web.errors.ErrorEdgeMiddleware",
]

ROOT_URLCONF = "augenhoehe.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]
WSGI_APPLICATION = "augenhoehe.web.wsgi.application"


def database_from_url(url: str) -> dict:
    """Turn sqlite:///path or postgresql://user@host:port/name into a Django DATABASES entry."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        name = unquote(parsed.path[1:] if parsed.path.startswith("//") else parsed.path)
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": name,
            "OPTIONS": {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"},
        }
    if parsed.scheme.startswith("postgres"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": parsed.path.lstrip("/"),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
        }
    raise ValueError(f"Unsupported database URL: {url}")


DATABASES = {
    "default": database_from_url(
        os.environ.get("AUGENHOEHE_DATABASE_URL", f"sqlite:///{DATA_DIR / 'augenhoehe.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = CHOSEN_LANGUAGES  # German, Einfache Sprache and five more (web/languages.py)
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

if os.environ.get("AUGENHOEHE_FAST_PASSWORD_HASH") == "1":
    # Tests only: demo users are created in milliseconds instead of seconds.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

CSRF_FAILURE_VIEW = "augenhoehe.web.errors.csrf_failure"

# --- Hardening (augenhoehe.web.security; docs/operations.md "Production settings") ---------------
# Browser headers on every dynamic response, session limits after authentication.
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "augenhoehe.web.security.middleware.BrowserHeadersMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1,
                  "augenhoehe.web.security.middleware.SessionLimitsMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("augenhoehe.web.security.middleware.SessionLimitsMiddleware") + 1,
                  "augenhoehe.web.security.middleware.MethodNotAllowedPageMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("augenhoehe.web.security.middleware.SessionLimitsMiddleware") + 1,
                  "augenhoehe.web.security.middleware.PasswordChangeRequiredMiddleware")

# A working day at most, and logged out after a pause; the cookie ends with the browser.
SESSION_MAX_SECONDS = int(float(os.environ.get("AUGENHOEHE_SESSION_HOURS", "10")) * 3600)
SESSION_IDLE_SECONDS = int(float(os.environ.get("AUGENHOEHE_SESSION_IDLE_MINUTES", "30")) * 60)
SESSION_COOKIE_AGE = SESSION_MAX_SECONDS
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# AUGENHOEHE_HTTPS=1 behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it
# from clients): secure cookies, HSTS, redirect of plain HTTP.
HTTPS = os.environ.get("AUGENHOEHE_HTTPS", "0") == "1"
SILENCED_SYSTEM_CHECKS: list[str] = []
if HTTPS:
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("AUGENHOEHE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("AUGENHOEHE_HSTS_SUBDOMAINS", "1") == "1"
    SECURE_HSTS_PRELOAD = os.environ.get("AUGENHOEHE_HSTS_PRELOAD", "0") == "1"
    if not SECURE_HSTS_PRELOAD:
        # Entering the browsers' preload list is the domain owner's decision, not the app's.
        SILENCED_SYSTEM_CHECKS.append("security.W021")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("AUGENHOEHE_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Login throttling (django-axes) on /anmelden/ and /admin/login/: after AUGENHOEHE_LOGIN_FAILURES wrong
# passwords for one user name, that login is locked for AUGENHOEHE_LOGIN_LOCK_MINUTES; admins unlock
# in the admin ("Sperre aufheben" on users, or by deleting the access attempt).
INSTALLED_APPS += ["axes", "augenhoehe.web.security"]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
MIDDLEWARE += ["augenhoehe.web.security.middleware.DeniedAccessAuditMiddleware", "axes.middleware.AxesMiddleware"]
AXES_FAILURE_LIMIT = int(os.environ.get("AUGENHOEHE_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("AUGENHOEHE_LOGIN_LOCK_MINUTES", "15")))
# Lock by user name: staff often share one address (terminal servers, NAT), so locking by address would
# lock out a whole office. AUGENHOEHE_LOGIN_LOCK_BY=username,ip_address adds a lock per address.
AXES_LOCKOUT_PARAMETERS = [p.strip() for p in os.environ.get("AUGENHOEHE_LOGIN_LOCK_BY", "username").split(",")]
if "ip_address" not in AXES_LOCKOUT_PARAMETERS:
    SILENCED_SYSTEM_CHECKS.append("axes.W006")
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "augenhoehe.web.security.lockout.lockout_response"
AXES_VERBOSE = False
if HTTPS:
    AXES_IPWARE_PROXY_COUNT = 1  # the address the TLS proxy reports in X-Forwarded-For
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Single sign-on for staff (OpenID Connect) when AUGENHOEHE_OIDC_CLIENT_ID is set; local passwords stay.
from augenhoehe.web.security.oidc_config import oidc_settings  # noqa: E402

globals().update(oidc_settings(os.environ))
if os.environ.get("AUGENHOEHE_OIDC_CLIENT_ID"):
    AUTHENTICATION_BACKENDS.append("augenhoehe.web.security.oidc.DirectoryBackend")
TEMPLATES[0]["OPTIONS"]["context_processors"].append("augenhoehe.web.security.context.sso")  # type: ignore[index]

# Löschfristen (augenhoehe retention): closed cases after this many days, audit entries after that many.
RETENTION_CASE_DAYS = int(os.environ.get("AUGENHOEHE_RETENTION_CASE_DAYS", "1826"))  # about five years
AUDIT_RETENTION_DAYS = int(os.environ.get("AUGENHOEHE_AUDIT_RETENTION_DAYS", "730"))  # two years

# Least privilege inside a team (augenhoehe.web.guards.grants): `reason` (default) opens a teammate's
# case only after a recorded reason such as Vertretung; `own` never; `team` always (as before).
CASE_ACCESS = os.environ.get("AUGENHOEHE_CASE_ACCESS", "reason")
if CASE_ACCESS not in ("team", "reason", "own"):
    raise ValueError("AUGENHOEHE_CASE_ACCESS muss team, reason oder own sein.")
MIDDLEWARE.append("augenhoehe.web.security.middleware.AccessReasonMiddleware")
