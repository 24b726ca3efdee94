"""Sites."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from msgspec import Meta

from evserver.api.dto.common import (
    UNSET,
    Input,
    Name,
    Output,
    RequiredName,
    Timezone,
    Unset,
)

Coordinates = Annotated[list[float], Meta(min_length=2, max_length=2,
                                          description="[longitude, latitude]")]


class AddressInput(Input):
    """A postal address."""

    street: Name = ""
    postal_code: Name = ""
    city: Name = ""
    country: Name = ""


class Address(Output):
    """A postal address."""

    street: str
    postal_code: str
    city: str
    country: str


class SiteCreate(Input):
    """A new site; `accessControl: false` lets any badge charge there (free charging)."""

    name: RequiredName
    address: AddressInput | None = None
    coordinates: Coordinates | None = None
    timezone: Timezone = "UTC"
    access_control: bool = True


class SiteUpdate(Input):
    """Changes to a site."""

    name: RequiredName | Unset = UNSET
    address: AddressInput | Unset = UNSET
    coordinates: Coordinates | Unset | None = UNSET
    timezone: Timezone | Unset = UNSET
    access_control: bool | Unset = UNSET


class Site(Output):
    """A site."""

    id: str
    name: str
    address: Address
    coordinates: list[float] | None
    timezone: str
    access_control: bool
    created_at: datetime
