"""Research workbench: Kuckartz category guide, REFI-QDA export/import and agreement statistics."""
