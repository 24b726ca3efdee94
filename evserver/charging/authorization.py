"""Badge authorization for Authorize / StartTransaction / TransactionEvent, one rule for all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from evserver.charging.badges import badges
from evserver.charging.model import IdTagInfo
from evserver.charging.sites import sites
from evserver.core.clock import utcnow
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.session import Session
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository

users = TenantRepository(User)
sessions = TenantRepository(Session)

# Decides whether `user` may start charging at `station` (the Casbin `RemoteStart` permission).
StartPermission = Callable[[User, Badge, ChargingStation], bool]


@dataclass
class BadgeVerdict:
    """The verdict with what it was based on."""

    info: IdTagInfo
    badge: Badge | None
    user: User | None


class BadgeAuthorizer:
    """Applies the authorization spec: badge known, active, unexpired, owned by an Active user
    allowed to charge here; free-charging sites accept any badge."""

    def __init__(self, may_start: StartPermission) -> None:
        self._may_start = may_start

    async def authorize(self, station: ChargingStation, id_tag: str, *,
                        check_concurrent: bool = True,
                        exclude_session_id: str | None = None) -> BadgeVerdict:
        """Decide on `id_tag` presented at `station`."""
        tenant_id = station.tenant_id
        badge = await badges.find_one(tenant_id, {"uid": id_tag})
        user = await users.get(tenant_id, badge.user_id) if badge and badge.user_id else None
        if await self._free_charging(station):
            return BadgeVerdict(IdTagInfo(status="Accepted"), badge, user)
        if badge is None:
            return BadgeVerdict(IdTagInfo(status="Invalid"), None, None)
        parent = badge.parent_uid
        if badge.expires_at is not None and badge.expires_at <= utcnow():
            return BadgeVerdict(IdTagInfo(status="Expired", expiry_date=badge.expires_at,
                                          parent_id_tag=parent), badge, user)
        if not badge.active or user is None or user.status != "Active":
            return BadgeVerdict(IdTagInfo(status="Blocked", parent_id_tag=parent), badge, user)
        if not self._may_start(user, badge, station):
            return BadgeVerdict(IdTagInfo(status="Blocked", parent_id_tag=parent), badge, user)
        if check_concurrent:
            query: dict[str, object] = {"id_tag": id_tag, "status": "active"}
            if exclude_session_id:
                query["_id"] = {"$ne": exclude_session_id}
            if await sessions.find_one(tenant_id, query) is not None:
                return BadgeVerdict(IdTagInfo(status="ConcurrentTx", expiry_date=badge.expires_at,
                                              parent_id_tag=parent), badge, user)
        return BadgeVerdict(IdTagInfo(status="Accepted", expiry_date=badge.expires_at,
                                      parent_id_tag=parent), badge, user)

    @staticmethod
    async def _free_charging(station: ChargingStation) -> bool:
        if station.site_id is None:
            return False
        site = await sites.get(station.tenant_id, station.site_id)
        return site is not None and not site.access_control
