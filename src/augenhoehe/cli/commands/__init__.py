"""Subcommands: one module each, exposing NAME, HELP, add_arguments(parser) and run(args)."""
