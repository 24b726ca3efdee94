"""Badges (idTags): creation and lookup."""

from __future__ import annotations

from datetime import datetime

from evserver.core.errors import AlreadyExists, InvalidInput
from evserver.storage.documents.badge import Badge
from evserver.storage.repository import TenantRepository

badges = TenantRepository(Badge)

MAX_UID_LENGTH = 36  # OCPP 2.x idToken; 1.6 idTags are at most 20


class BadgeService:
    """Create and find badges; every method takes the tenant first."""

    async def create(
        self,
        tenant_id: str,
        uid: str,
        *,
        user_id: str | None = None,
        visual_id: str = "",
        description: str = "",
        active: bool = True,
        expires_at: datetime | None = None,
    ) -> Badge:
        """Create a badge whose uid is new in the tenant."""
        uid = uid.strip()
        if not uid or len(uid) > MAX_UID_LENGTH:
            raise InvalidInput(f"uid must be 1-{MAX_UID_LENGTH} characters", field="uid")
        badge = Badge(
            tenant_id=tenant_id,
            uid=uid,
            user_id=user_id,
            visual_id=visual_id or uid,
            description=description,
            active=active,
            expires_at=expires_at,
        )
        try:
            return await badges.insert(tenant_id, badge)
        except AlreadyExists:
            raise AlreadyExists(f"badge `{uid}` exists", field="uid") from None

    async def find_by_uid(self, tenant_id: str, uid: str) -> Badge | None:
        """The tenant's badge with this uid, or None."""
        return await badges.find_one(tenant_id, {"uid": uid})
