"""Shared test setup (settings come from tests/settings.py via pyproject)."""
