"""Tests of the pseudonymiser (augenhoehe.privacy)."""
