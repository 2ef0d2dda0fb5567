"""Accounts: users with a role (caseworker, team lead, client, admin) and a team."""
