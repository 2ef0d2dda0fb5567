"""Hardening of the web app: keys, transport and browser headers, login throttling, audit helpers."""
