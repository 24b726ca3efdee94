"""Registration tokens that let unknown stations register themselves."""

from __future__ import annotations

from datetime import datetime

from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime


class RegistrationToken(TenantDocument):
    """A token an admin hands to a station installer; valid until expiry or revocation."""

    token: str
    description: str = ""
    site_id: str | None = None
    expires_at: UtcDateTime
    revoked_at: UtcDateTime | None = None
    created_by: str | None = None

    def is_usable(self, now: datetime) -> bool:
        """A token registers stations while it is neither expired nor revoked."""
        return self.revoked_at is None and self.expires_at > now

    class Settings:
        name = "registration_tokens"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("token", ASCENDING)],
                       name="tenant_token_unique", unique=True),
        ]
