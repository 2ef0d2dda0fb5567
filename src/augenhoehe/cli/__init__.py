"""The `augenhoehe` command line."""
