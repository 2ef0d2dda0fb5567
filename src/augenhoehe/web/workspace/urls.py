"""Routes of the workspace, the client portal and the team view."""

from django.urls import path

urlpatterns: list = []
