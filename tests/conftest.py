"""Shared test setup: fast password hashing for the many demo users tests create."""

import os

os.environ.setdefault("AUGENHOEHE_FAST_PASSWORD_HASH", "1")
