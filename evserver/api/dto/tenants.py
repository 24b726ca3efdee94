"""Tenants."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from msgspec import Meta

from evserver.api.dto.common import (
    UNSET,
    Email,
    Input,
    LocaleCode,
    Name,
    Output,
    Password,
    RequiredName,
    Timezone,
    Unset,
)

Currency = Annotated[str, Meta(min_length=3, max_length=3, examples=["EUR"])]
Slug = Annotated[str, Meta(min_length=2, max_length=63, examples=["acme"])]
RegistrationPolicyName = Literal["reject", "pending", "token"]


class Components(Output):
    """Modules switched on for the tenant."""

    pricing: bool = False
    billing: bool = False
    notifications: bool = False
    ocpi: bool = False


class ComponentsUpdate(Input):
    """Modules to switch on or off (unset ones are kept)."""

    pricing: bool | Unset = UNSET
    billing: bool | Unset = UNSET
    notifications: bool | Unset = UNSET
    ocpi: bool | Unset = UNSET


class TenantAdminCreate(Input):
    """The tenant's first Admin; without a password the account waits for its e-mail link."""

    email: Email
    password: Password | None = None
    first_name: Name = ""
    last_name: Name = ""


class TenantCreate(Input, kw_only=True):
    """A new tenant with its first Admin."""

    slug: Slug
    name: RequiredName
    currency: Currency = "EUR"
    locale: LocaleCode = "en_US"
    timezone: Timezone = "UTC"
    registration_policy: RegistrationPolicyName = "token"
    components: Components | None = None
    admin: TenantAdminCreate


class TenantUpdate(Input):
    """Changes to a tenant; `components` only by a SuperAdmin."""

    name: RequiredName | Unset = UNSET
    currency: Currency | Unset = UNSET
    locale: LocaleCode | Unset = UNSET
    timezone: Timezone | Unset = UNSET
    registration_policy: RegistrationPolicyName | Unset = UNSET
    components: ComponentsUpdate | Unset = UNSET


class Tenant(Output):
    """A tenant (charge point operator)."""

    id: str
    slug: str
    name: str
    currency: str
    locale: str
    timezone: str
    registration_policy: str
    components: Components
    created_at: datetime


class TenantCreated(Output):
    """The new tenant and the id of its first Admin."""

    tenant: Tenant
    admin_id: str
