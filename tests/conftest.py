"""Shared test setup (settings come from tests/settings.py via pyproject)."""

import pytest


def pytest_configure(config: object) -> None:
    """Build the application the way the CLI and wsgi do (settings from pyproject, one clock)."""
    from augenhoehe import bootstrap

    bootstrap.setup()


@pytest.fixture(autouse=True)
def _german_by_default():
    """Each test starts in German: a request with the English cookie must not leak into the next test."""
    from django.utils import translation

    with translation.override("de"):
        yield
