"""`/me`: the caller's own profile and permissions."""

from __future__ import annotations

from litestar import Controller, get

from evserver.api.controllers.users import user_out, users
from evserver.api.dto import me as dto
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Caller, authenticated
from evserver.api.services import Services
from evserver.auth.errors import Unauthenticated


class MeController(Controller):
    """What a frontend needs right after sign-in."""

    path = "/me"
    tags = ["Profile"]
    guards = [authenticated]
    security = BEARER

    @get("/", operation_id="getMe", responses=error_responses(401))
    async def get_me(self, principal: Caller, services: Services) -> dto.Me:
        """Read the caller's profile, tenant and permissions (resource -> actions)."""
        user = await users.get(principal.tenant_id, principal.user_id)
        if user is None:
            raise Unauthenticated("the account of this token is gone")
        tenant = await services.container.tenants.get(principal.tenant_id)
        permissions = services.container.authorizer.permissions_for(principal.subject)
        return dto.Me(user=user_out(user),
                      tenant=dto.TenantSummary(id=tenant.id, slug=tenant.slug, name=tenant.name),
                      permissions=permissions)
