"""Views of the research projects (thin: services do the work)."""
