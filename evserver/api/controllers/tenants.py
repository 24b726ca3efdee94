"""`/tenants`: SuperAdmins manage tenants; an Admin reads and tunes its own."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, delete, get, patch, post
from litestar.params import JSONBody, PathParameter

from evserver.api.dto import tenants as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.sites import validate_timezone
from evserver.core.errors import NotFound
from evserver.storage.documents.tenant import Tenant, TenantComponents
from evserver.storage.repository import indexed_filter
from evserver.tenants.removal import delete_tenant

TenantId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                        description="The tenant's id.")]
SORTABLE = {"slug": "slug", "name": "name", "createdAt": "created_at"}
SETTINGS = {"name": "name", "currency": "currency", "locale": "default_locale",
            "timezone": "timezone", "registration_policy": "registration_policy"}


def tenant_out(tenant: Tenant) -> dto.Tenant:
    """The wire shape of a tenant."""
    return dto.Tenant(
        id=tenant.id, slug=tenant.slug, name=tenant.name, currency=tenant.currency,
        locale=tenant.default_locale, timezone=tenant.timezone,
        registration_policy=tenant.registration_policy,
        components=dto.Components(**tenant.components.model_dump()),
        created_at=tenant.created_at)


async def load_tenant(tenant_id: str) -> Tenant:
    """The tenant with this id, or `NotFound`."""
    tenant = await Tenant.get(tenant_id)
    if tenant is None:
        raise NotFound(f"no tenant `{tenant_id}`")
    return tenant


class TenantController(Controller):
    """Tenants (charge point operators)."""

    path = "/tenants"
    tags = ["Tenants"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "Tenant"}

    @get("/", operation_id="listTenants", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_tenants(self, params: Paging) -> Page[dto.Tenant]:
        """List every tenant (tenants are not tenant-scoped: this is the platform's view)."""
        filters = params.search_filter(("slug", "name"))
        collection: Any = Tenant.get_pymongo_collection()
        cursor = collection.find(indexed_filter(filters)).sort(params.sort_by(SORTABLE, "slug"))
        found = [Tenant.model_validate(raw)
                 async for raw in cursor.skip(params.skip).limit(params.limit)]

        async def count() -> int:
            rows = await (await collection.aggregate(
                [{"$match": filters}, {"$count": "n"}])).to_list()
            return int(rows[0]["n"]) if rows else 0

        return await params.page([tenant_out(t) for t in found], count)

    @post("/", operation_id="createTenant", opt={"action": "create"},
          responses=error_responses(401, 403, 409, 422))
    async def create_tenant(self, services: Services,
                            data: JSONBody[dto.TenantCreate]) -> dto.TenantCreated:
        """Create a tenant with its first Admin (e-mailed a link to set a password if none)."""
        container = services.container
        components = TenantComponents(**changes_of(data.components)) if data.components \
            else None
        tenant = await container.tenants.create(
            data.slug, data.name, currency=data.currency, locale=data.locale,
            timezone=validate_timezone(data.timezone),
            registration_policy=data.registration_policy, components=components)
        admin = await container.users.create(
            tenant, data.admin.email, data.admin.password, role="Admin",
            first_name=data.admin.first_name, last_name=data.admin.last_name)
        if data.admin.password is None:
            await services.password_reset.request(tenant.slug, admin.email)
        return dto.TenantCreated(tenant=tenant_out(tenant), admin_id=admin.id)

    @get("/{tenant_id:str}", operation_id="getTenant", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_tenant(self, access: Accessed, tenant_id: TenantId) -> dto.Tenant:
        """Read a tenant (an Admin reads its own only)."""
        tenant = await load_tenant(tenant_id)
        access.check(ObjectAttrs(tenant_id=tenant.id))
        return tenant_out(tenant)

    @patch("/{tenant_id:str}", operation_id="updateTenant", opt={"action": "update_settings"},
           responses=error_responses(401, 403, 404, 422))
    async def update_tenant(self, access: Accessed, services: Services, tenant_id: TenantId,
                            data: JSONBody[dto.TenantUpdate]) -> dto.Tenant:
        """Change a tenant's settings; switching components on or off is for SuperAdmins."""
        tenant = await load_tenant(tenant_id)
        target = ObjectAttrs(tenant_id=tenant.id)
        access.check(target)
        changes = changes_of(data)
        values: dict[str, Any] = {SETTINGS[k]: v for k, v in changes.items() if k in SETTINGS}
        if "components" in changes:
            access.check(target, "update")
            values["components"] = tenant.components.model_copy(
                update=changes_of(changes["components"]))
        if "timezone" in values:
            validate_timezone(values["timezone"])
        return tenant_out(await services.container.tenants.update(tenant.id, values))

    @delete("/{tenant_id:str}", operation_id="deleteTenant", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 409, 422))
    async def delete_tenant(self, access: Accessed, tenant_id: TenantId) -> None:
        """Delete a tenant and everything stored for it (never the platform tenant)."""
        tenant = await load_tenant(tenant_id)
        access.check(ObjectAttrs(tenant_id=tenant.id))
        await delete_tenant(tenant)
