"""Revoked access tokens (logout), forgotten once they would have expired anyway."""

from __future__ import annotations

from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime


class RevokedToken(TenantDocument):
    """A revoked JWT, by its `jti`."""

    jti: str
    expires_at: UtcDateTime

    class Settings:
        name = "revoked_tokens"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("jti", ASCENDING)],
                       name="tenant_jti_unique", unique=True),
            IndexModel([("expires_at", ASCENDING)], name="expires_ttl", expireAfterSeconds=0),
        ]
