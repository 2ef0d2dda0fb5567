"""Tests of augenhoehe.simulation, mirroring the source modules."""
