"""Badges (RFID tags, idTags / idTokens) that start charging sessions."""

from __future__ import annotations

from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime


class Badge(TenantDocument):
    """A badge, unique by `uid` in its tenant, usually assigned to a user."""

    uid: str
    visual_id: str = ""
    user_id: str | None = None
    active: bool = True
    expires_at: UtcDateTime | None = None
    parent_uid: str | None = None
    description: str = ""

    class Settings:
        name = "badges"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("uid", ASCENDING)],
                       name="tenant_uid_unique", unique=True),
            IndexModel([("tenant_id", ASCENDING), ("user_id", ASCENDING)], name="tenant_user"),
        ]
