"""Services of the research projects: access, import and export, coding, matrix."""
