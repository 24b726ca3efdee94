"""Domain primitives shared by every package: no evserver imports here."""
