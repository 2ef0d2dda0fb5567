"""Tests of the rule registry and its fixtures."""
