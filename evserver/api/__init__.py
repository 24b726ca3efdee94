"""REST adapter: Litestar controllers, DTOs, guards, error mapping, events stream."""
