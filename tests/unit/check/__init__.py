"""Tests of the plan checker (augenhoehe.check)."""
