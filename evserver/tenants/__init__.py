"""Tenants: lookup by slug or id, components switched on per tenant."""
