"""Shared test setup (settings come from tests/settings.py via pyproject)."""


def pytest_configure(config: object) -> None:
    """Build the application the way the CLI and wsgi do (settings from pyproject, one clock)."""
    from augenhoehe import bootstrap

    bootstrap.setup()
