"""Registration tokens: what an installer puts in a station's URL so it may register itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from evserver.charging.sites import sites
from evserver.core.clock import as_utc, utcnow
from evserver.core.errors import Conflict, InvalidInput, NotFound
from evserver.core.ids import new_token
from evserver.settings.model import Settings
from evserver.storage.documents.registration_token import RegistrationToken
from evserver.storage.repository import TenantRepository

registration_tokens = TenantRepository(RegistrationToken)

DEFAULT_LIFETIME = timedelta(days=30)
STATION_PLACEHOLDER = "{stationId}"


@dataclass(frozen=True)
class StationUrls:
    """Where a station registers with a token: one URL per configured central system."""

    ocpp_json: list[str]
    ocpp_soap: list[str]


def station_urls(settings: Settings, tenant_slug: str, token: str) -> StationUrls:
    """The OCPP-J and OCPP-S URLs of `token`, with the host of `rest.public_url`.

    OCPP-J URLs end with the `{stationId}` placeholder, to be replaced by the station's id.
    """
    host = urlsplit(settings.rest.public_url).hostname or "localhost"
    tenant, secret = quote(tenant_slug, safe=""), quote(token, safe="")
    json_urls, soap_urls = [], []
    for cs in settings.central_systems:
        base = f"{cs.protocol}://{host}:{cs.port}/ocpp/{tenant}"
        if cs.implementation == "json":
            json_urls.append(f"{base}/{secret}/{STATION_PLACEHOLDER}")
        else:
            soap_urls.append(f"{base}?token={secret}")
    return StationUrls(json_urls, soap_urls)


def is_usable(token: RegistrationToken, now: datetime | None = None) -> bool:
    """Tell whether a station may still register with `token`."""
    return token.revoked_at is None and as_utc(token.expires_at) > as_utc(now or utcnow())


class RegistrationTokenService:
    """Create, change, revoke and delete registration tokens; every method takes the tenant."""

    async def create(self, tenant_id: str, *, description: str = "",
                     site_id: str | None = None, expires_at: datetime | None = None,
                     created_by: str | None = None) -> RegistrationToken:
        """Create a token valid until `expires_at` (30 days from now by default)."""
        expiry = self._check_expiry(expires_at) if expires_at else utcnow() + DEFAULT_LIFETIME
        await self._check_site(tenant_id, site_id)
        token = RegistrationToken(tenant_id=tenant_id, token=new_token(24),
                                  description=description, site_id=site_id,
                                  expires_at=expiry, created_by=created_by)
        return await registration_tokens.insert(tenant_id, token)

    async def get(self, tenant_id: str, token_id: str) -> RegistrationToken:
        """The token with this id, or `NotFound`."""
        token = await registration_tokens.get(tenant_id, token_id)
        if token is None:
            raise NotFound(f"no registration token `{token_id}`")
        return token

    async def update(self, tenant_id: str, token_id: str,
                     changes: dict[str, Any]) -> RegistrationToken:
        """Change the description, site or expiry of a token."""
        await self.get(tenant_id, token_id)
        if "expires_at" in changes:
            changes["expires_at"] = self._check_expiry(changes["expires_at"])
        if "site_id" in changes:
            await self._check_site(tenant_id, changes["site_id"])
        updated = await registration_tokens.update(tenant_id, token_id, changes)
        if updated is None:
            raise NotFound(f"no registration token `{token_id}`")
        return updated

    async def revoke(self, tenant_id: str, token_id: str) -> RegistrationToken:
        """Revoke a token now; an expired or already revoked token cannot be revoked."""
        token = await self.get(tenant_id, token_id)
        if not is_usable(token):
            raise Conflict("this token is already expired or revoked")
        updated = await registration_tokens.update(tenant_id, token_id,
                                                   {"revoked_at": utcnow()})
        return updated or token

    async def delete(self, tenant_id: str, token_id: str) -> None:
        """Delete a token (stations registered with it stay)."""
        if not await registration_tokens.delete(tenant_id, token_id):
            raise NotFound(f"no registration token `{token_id}`")

    @staticmethod
    def _check_expiry(expires_at: datetime) -> datetime:
        value = as_utc(expires_at)
        if value <= utcnow():
            raise InvalidInput("the expiry must be in the future", field="expires_at")
        return value

    @staticmethod
    async def _check_site(tenant_id: str, site_id: str | None) -> None:
        if site_id is not None and await sites.get(tenant_id, site_id) is None:
            raise InvalidInput(f"no site `{site_id}`", field="site_id")
