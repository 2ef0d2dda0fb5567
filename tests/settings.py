"""Test settings: the app's settings with fast password hashing."""

from augenhoehe.web.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
