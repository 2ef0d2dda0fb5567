"""Test settings: the app's settings with fast password hashing and an existing static root."""

import os

# The app refuses to start without a secret key outside DEBUG; tests use a fixed, test-only key.
os.environ.setdefault("AUGENHOEHE_SECRET_KEY", "test-only-secret-key-" + "k" * 40)

from augenhoehe.web.settings import *  # noqa: E402,F403
from augenhoehe.web.settings import STATIC_ROOT  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The web tests describe team-wide access; tests/integration/security/test_least_privilege.py covers
# the production default (`reason`) and `own`.
CASE_ACCESS = "team"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every request otherwise
