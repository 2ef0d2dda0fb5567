"""Integration tests of the monitoring against the workspace database."""
