"""Beanie documents, the database client, the embedded server and tenant-scoped repositories."""
