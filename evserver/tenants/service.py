"""Create, find and change tenants."""

from __future__ import annotations

import time
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name
from pymongo.errors import DuplicateKeyError

from evserver.core.errors import AlreadyExists, InvalidInput, TenantNotFound
from evserver.core.ids import is_valid_tenant_slug
from evserver.storage.documents.tenant import RegistrationPolicy, Tenant, TenantComponents

_CACHE_TTL_S = 30.0


def validate_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code, or raise `InvalidInput` naming `currency`."""
    upper = code.upper()
    if len(upper) != 3 or get_currency_name(upper, locale="en") == upper:
        raise InvalidInput(f"unknown currency `{code}`", field="currency")
    return upper


def validate_locale(code: str) -> str:
    """Return `code` if Babel knows the locale, or raise `InvalidInput` naming `locale`."""
    try:
        Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        raise InvalidInput(f"unknown locale `{code}`", field="locale") from None
    return code


class TenantService:
    """Tenants with a short-lived cache for the hot path (every OCPP connection looks one up)."""

    def __init__(self) -> None:
        self._by_slug: dict[str, tuple[float, Tenant]] = {}

    async def create(
        self,
        slug: str,
        name: str,
        *,
        currency: str = "EUR",
        locale: str = "en_US",
        timezone: str = "UTC",
        registration_policy: RegistrationPolicy = "token",
        components: TenantComponents | None = None,
    ) -> Tenant:
        """Create a tenant; its slug must be new."""
        if not is_valid_tenant_slug(slug):
            raise InvalidInput(
                "slug must be 2-63 characters of a-z, 0-9 and '-', starting with a letter or digit",
                field="slug",
            )
        if not name.strip():
            raise InvalidInput("name must not be empty", field="name")
        tenant = Tenant(
            slug=slug,
            name=name.strip(),
            currency=validate_currency(currency),
            default_locale=validate_locale(locale),
            timezone=timezone,
            registration_policy=registration_policy,
            components=components or TenantComponents(),
        )
        try:
            await tenant.insert()
        except DuplicateKeyError:
            raise AlreadyExists(f"tenant `{slug}` already exists", field="slug") from None
        return tenant

    async def get_by_slug(self, slug: str, *, cached: bool = False) -> Tenant:
        """The tenant with this slug, or `TenantNotFound`."""
        if cached:
            hit = self._by_slug.get(slug)
            if hit and hit[0] > time.monotonic():
                return hit[1]
        tenant = await Tenant.find_one({"slug": {"$eq": slug}})
        if tenant is None:
            raise TenantNotFound(f"no tenant `{slug}`")
        self._by_slug[slug] = (time.monotonic() + _CACHE_TTL_S, tenant)
        return tenant

    async def find_by_slug(self, slug: str) -> Tenant | None:
        """The tenant with this slug, or None."""
        return await Tenant.find_one({"slug": {"$eq": slug}})

    async def get(self, tenant_id: str) -> Tenant:
        """The tenant with this id, or `TenantNotFound`."""
        tenant = await Tenant.get(tenant_id)
        if tenant is None:
            raise TenantNotFound(f"no tenant with id `{tenant_id}`")
        return tenant

    async def list(self, *, skip: int = 0, limit: int = 100) -> list[Tenant]:
        """Tenants ordered by slug."""
        return await Tenant.find({}).sort("slug").skip(skip).limit(limit).to_list()

    async def update(self, tenant_id: str, changes: dict[str, Any]) -> Tenant:
        """Change a tenant's settings (validated) and forget cached copies."""
        tenant = await self.get(tenant_id)
        if "currency" in changes:
            changes["currency"] = validate_currency(changes["currency"])
        if "default_locale" in changes:
            changes["default_locale"] = validate_locale(changes["default_locale"])
        updated: Tenant = tenant.model_copy(update=changes)
        await updated.save()
        self._by_slug.pop(tenant.slug, None)
        return updated
