"""Tests of the monitoring read side."""
