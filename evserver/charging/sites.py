"""Sites: creation and lookup."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from evserver.core.errors import InvalidInput
from evserver.storage.documents.site import Address, Site
from evserver.storage.repository import TenantRepository

sites = TenantRepository(Site)


def validate_timezone(name: str) -> str:
    """Return `name` if it is an IANA timezone, or raise `InvalidInput` naming `timezone`."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown timezone `{name}`", field="timezone") from None
    return name


class SiteService:
    """Create sites; every method takes the tenant first."""

    async def create(
        self,
        tenant_id: str,
        name: str,
        *,
        address: Address | None = None,
        coordinates: list[float] | None = None,
        timezone: str = "UTC",
        access_control: bool = True,
    ) -> Site:
        """Create a site."""
        if not name.strip():
            raise InvalidInput("name must not be empty", field="name")
        if coordinates is not None and (
            len(coordinates) != 2
            or not -180 <= coordinates[0] <= 180
            or not -90 <= coordinates[1] <= 90
        ):
            raise InvalidInput("coordinates must be [longitude, latitude]", field="coordinates")
        site = Site(
            tenant_id=tenant_id,
            name=name.strip(),
            address=address or Address(),
            coordinates=coordinates,
            timezone=validate_timezone(timezone),
            access_control=access_control,
        )
        return await sites.insert(tenant_id, site)
