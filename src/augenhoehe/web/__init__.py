"""The Django web app: caseworker workspace, client portal, team view, admin."""
