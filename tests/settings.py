"""Test settings: the app's settings with fast password hashing and an existing static root."""

from augenhoehe.web.settings import *  # noqa: F403
from augenhoehe.web.settings import STATIC_ROOT

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every request otherwise
