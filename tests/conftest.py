"""Shared test setup: every test gets a fresh data directory."""
