"""`/sites`: places where stations stand."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, delete, get, patch, post
from litestar.params import JSONBody, PathParameter

from evserver.api.dto import sites as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.sites import sites, validate_timezone
from evserver.core.errors import Conflict, InvalidInput, NotFound
from evserver.storage.documents.site import Address, Site
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository

stations = TenantRepository(ChargingStation)

SiteId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                      description="The site's id.")]
SORTABLE = {"name": "name", "createdAt": "created_at", "timezone": "timezone"}
SEARCHED = ("name", "address.city", "address.street")


def site_out(site: Site) -> dto.Site:
    """The wire shape of a site."""
    address = site.address
    return dto.Site(id=site.id, name=site.name,
                    address=dto.Address(street=address.street, postal_code=address.postal_code,
                                        city=address.city, country=address.country),
                    coordinates=site.coordinates, timezone=site.timezone,
                    access_control=site.access_control, created_at=site.created_at)


def address_in(address: dto.AddressInput | None) -> Address | None:
    """The stored shape of an address."""
    if address is None:
        return None
    return Address(street=address.street, postal_code=address.postal_code, city=address.city,
                   country=address.country)


async def load_site(access: Access, site_id: str) -> Site:
    """The caller tenant's site with this id, or `NotFound`."""
    site = await sites.get(access.tenant_id, site_id)
    if site is None:
        raise NotFound(f"no site `{site_id}`")
    return site


def check_coordinates(coordinates: list[float] | None) -> None:
    """Raise `InvalidInput` unless `coordinates` is a [longitude, latitude] pair."""
    if coordinates is not None and not (-180 <= coordinates[0] <= 180
                                        and -90 <= coordinates[1] <= 90):
        raise InvalidInput("coordinates must be [longitude, latitude]", field="coordinates")


class SiteController(Controller):
    """Sites of the caller's tenant."""

    path = "/sites"
    tags = ["Sites"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "Site"}

    @get("/", operation_id="listSites", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_sites(self, access: Accessed, params: Paging) -> Page[dto.Site]:
        """List sites."""
        filters = params.search_filter(SEARCHED)
        found = await sites.find(access.tenant_id, filters,
                                 sort=params.sort_by(SORTABLE, "name"),
                                 skip=params.skip, limit=params.limit)
        return await params.page([site_out(s) for s in found],
                                 lambda: sites.count(access.tenant_id, filters))

    @post("/", operation_id="createSite", opt={"action": "create"},
          responses=error_responses(401, 403, 422))
    async def create_site(self, access: Accessed, services: Services,
                          data: JSONBody[dto.SiteCreate]) -> dto.Site:
        """Create a site."""
        site = await services.container.sites.create(
            access.tenant_id, data.name, address=address_in(data.address),
            coordinates=data.coordinates, timezone=data.timezone,
            access_control=data.access_control)
        return site_out(site)

    @get("/{site_id:str}", operation_id="getSite", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_site(self, access: Accessed, site_id: SiteId) -> dto.Site:
        """Read a site."""
        site = await load_site(access, site_id)
        access.check(ObjectAttrs(tenant_id=site.tenant_id))
        return site_out(site)

    @patch("/{site_id:str}", operation_id="updateSite", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 422))
    async def update_site(self, access: Accessed, site_id: SiteId,
                          data: JSONBody[dto.SiteUpdate]) -> dto.Site:
        """Change a site."""
        site = await load_site(access, site_id)
        access.check(ObjectAttrs(tenant_id=site.tenant_id))
        changes: dict[str, Any] = changes_of(data)
        if "name" in changes:
            changes["name"] = changes["name"].strip()
            if not changes["name"]:
                raise InvalidInput("name must not be empty", field="name")
        if "timezone" in changes:
            validate_timezone(changes["timezone"])
        if "coordinates" in changes:
            check_coordinates(changes["coordinates"])
        if "address" in changes:
            changes["address"] = (address_in(changes["address"]) or Address()).model_dump()
        updated = await sites.update(access.tenant_id, site.id, changes)
        if updated is None:
            raise NotFound(f"no site `{site_id}`")
        return site_out(updated)

    @delete("/{site_id:str}", operation_id="deleteSite", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 409, 422))
    async def delete_site(self, access: Accessed, site_id: SiteId) -> None:
        """Delete a site that no station stands on any more."""
        site = await load_site(access, site_id)
        access.check(ObjectAttrs(tenant_id=site.tenant_id))
        if await stations.find_one(access.tenant_id, {"site_id": site.id}) is not None:
            raise Conflict("stations stand on this site: move them first")
        await sites.delete(access.tenant_id, site.id)
