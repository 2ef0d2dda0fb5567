"""Template tags of the workspace."""
