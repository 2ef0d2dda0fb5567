"""Views of the reflection app: thin, guarded by capabilities, logic in services."""
