"""Thin adapters over the library: the command line and the web (HTTP API and pages)."""
