"""`/registration-tokens`: what station installers put in a station's URL."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, delete, get, patch, post
from litestar.params import FromQuery, JSONBody, PathParameter

from evserver.api.dto import registration_tokens as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, authorize
from evserver.api.services import ApiServices, Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.registration_tokens import (
    is_usable,
    registration_tokens,
    station_urls,
)
from evserver.core.clock import utcnow
from evserver.storage.documents.registration_token import RegistrationToken

TokenId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                       description="The token's id.")]
SORTABLE = {"createdAt": "created_at", "expiresAt": "expires_at",
            "description": "description"}


def token_out(services: ApiServices, access: Access,
              token: RegistrationToken) -> dto.RegistrationToken:
    """The wire shape of a token, with the station URLs that use it."""
    urls = station_urls(services.container.settings, access.principal.tenant_slug, token.token)
    return dto.RegistrationToken(
        id=token.id, token=token.token, description=token.description, site_id=token.site_id,
        expires_at=token.expires_at, revoked_at=token.revoked_at, usable=is_usable(token),
        ocpp_json_urls=urls.ocpp_json, ocpp_soap_urls=urls.ocpp_soap,
        created_at=token.created_at)


async def load_token(access: Access, services: ApiServices, token_id: str) -> RegistrationToken:
    """The caller tenant's token with this id, checked; or `NotFound`."""
    token = await services.registration_tokens.get(access.tenant_id, token_id)
    access.check(ObjectAttrs(tenant_id=token.tenant_id))
    return token


class RegistrationTokenController(Controller):
    """Registration tokens of the caller's tenant."""

    path = "/registration-tokens"
    tags = ["Registration tokens"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "RegistrationToken"}

    @get("/", operation_id="listRegistrationTokens", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_tokens(self, access: Accessed, services: Services, params: Paging,
                          usable: FromQuery[bool | None] = None,
                          ) -> Page[dto.RegistrationToken]:
        """List tokens; `usable=true` keeps those a station may still register with."""
        filters: dict[str, Any] = params.search_filter(("description",))
        now = utcnow()
        if usable is True:
            filters.update(revoked_at=None, expires_at={"$gt": now})
        elif usable is False:
            # `$nor` of `$gt` rather than `$lte`: see `time_range`.
            filters["$or"] = [{"revoked_at": {"$ne": None}},
                              {"$nor": [{"expires_at": {"$gt": now}}]}]
        found = await registration_tokens.find(access.tenant_id, filters,
                                               sort=params.sort_by(SORTABLE, "-createdAt"),
                                               skip=params.skip, limit=params.limit)
        return await params.page([token_out(services, access, t) for t in found],
                                 lambda: registration_tokens.count(access.tenant_id, filters))

    @post("/", operation_id="createRegistrationToken", opt={"action": "create"},
          responses=error_responses(401, 403, 422))
    async def create_token(self, access: Accessed, services: Services,
                           data: JSONBody[dto.RegistrationTokenCreate]) -> dto.RegistrationToken:
        """Create a token (valid 30 days unless `expiresAt` says otherwise)."""
        token = await services.registration_tokens.create(
            access.tenant_id, description=data.description, site_id=data.site_id,
            expires_at=data.expires_at, created_by=access.principal.user_id)
        return token_out(services, access, token)

    @get("/{token_id:str}", operation_id="getRegistrationToken", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_token(self, access: Accessed, services: Services,
                        token_id: TokenId) -> dto.RegistrationToken:
        """Read a token."""
        return token_out(services, access, await load_token(access, services, token_id))

    @patch("/{token_id:str}", operation_id="updateRegistrationToken", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 422))
    async def update_token(self, access: Accessed, services: Services, token_id: TokenId,
                           data: JSONBody[dto.RegistrationTokenUpdate],
                           ) -> dto.RegistrationToken:
        """Change a token's description, site or expiry."""
        await load_token(access, services, token_id)
        token = await services.registration_tokens.update(access.tenant_id, token_id,
                                                          changes_of(data))
        return token_out(services, access, token)

    @post("/{token_id:str}/revoke", operation_id="revokeRegistrationToken",
          opt={"action": "revoke"}, status_code=200,
          responses=error_responses(401, 403, 404, 409, 422))
    async def revoke_token(self, access: Accessed, services: Services,
                           token_id: TokenId) -> dto.RegistrationToken:
        """Revoke a token now (an expired or revoked one cannot be)."""
        await load_token(access, services, token_id)
        token = await services.registration_tokens.revoke(access.tenant_id, token_id)
        return token_out(services, access, token)

    @delete("/{token_id:str}", operation_id="deleteRegistrationToken", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 422))
    async def delete_token(self, access: Accessed, services: Services,
                           token_id: TokenId) -> None:
        """Delete a token."""
        await load_token(access, services, token_id)
        await services.registration_tokens.delete(access.tenant_id, token_id)
