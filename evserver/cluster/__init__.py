"""Several server processes working as one: what travels between nodes over Redis."""
