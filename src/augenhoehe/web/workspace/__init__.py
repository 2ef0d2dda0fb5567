"""Workspace: cases, Potenzialanalyse, plans with versions, reviews, Summons, Schlichtung, audit."""
