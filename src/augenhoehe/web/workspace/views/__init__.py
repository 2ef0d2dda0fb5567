"""Thin views: check access, call services, render templates."""
