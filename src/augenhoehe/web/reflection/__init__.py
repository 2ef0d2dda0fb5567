"""Reflection, training and team standards: the paper's implications for practice (issue 13)."""
