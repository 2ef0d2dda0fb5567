"""Tests of the research workbench (augenhoehe.research)."""
