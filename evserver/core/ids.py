"""Identifier helpers."""

from __future__ import annotations

import re
import secrets

from bson import ObjectId

STATION_ID_RE = re.compile(r"^[A-Za-z0-9_.\-~:]{1,48}$")
TENANT_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def new_id() -> str:
    """Return a new document id as a string (references are always stored as strings)."""
    return str(ObjectId())


def new_token(nbytes: int = 24) -> str:
    """Return a URL-safe random token."""
    return secrets.token_urlsafe(nbytes)


def is_valid_station_id(value: str) -> bool:
    """Tell whether `value` is an acceptable charging station id."""
    return bool(STATION_ID_RE.match(value))


def is_valid_tenant_slug(value: str) -> bool:
    """Tell whether `value` is an acceptable tenant slug (lower-case, digits and dashes)."""
    return bool(TENANT_SLUG_RE.match(value))
