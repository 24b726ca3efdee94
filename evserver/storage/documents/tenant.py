"""Tenants: one charge point operator each, plus the platform tenant `default`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import BaseDocument

PLATFORM_SLUG = "default"
RegistrationPolicy = Literal["reject", "pending", "token"]


class TenantComponents(BaseModel):
    """Modules switched on for a tenant."""

    pricing: bool = False
    billing: bool = False
    notifications: bool = False
    ocpi: bool = False


class Tenant(BaseDocument):
    """A tenant, addressed by its unique slug (in URLs and at login)."""

    slug: str
    name: str
    components: TenantComponents = TenantComponents()
    currency: str = "EUR"
    default_locale: str = "en_US"
    timezone: str = "UTC"
    # What happens when an unknown station connects: refuse it, accept it as Pending, or accept it
    # only with a valid registration token in its URL.
    registration_policy: RegistrationPolicy = "token"

    @property
    def is_platform(self) -> bool:
        """Tell whether this is the platform tenant that holds SuperAdmins."""
        return self.slug == PLATFORM_SLUG

    class Settings:
        name = "tenants"
        indexes = [IndexModel([("slug", ASCENDING)], name="slug_unique", unique=True)]
