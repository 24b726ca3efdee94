"""Stations, connectors, badges, sessions and meter values: one domain for every protocol."""
