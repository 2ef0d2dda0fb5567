"""Template tags of the reflection app."""
