"""Sites: places where stations stand."""

from __future__ import annotations

from pydantic import BaseModel
from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument


class Address(BaseModel):
    """A postal address."""

    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""


class Site(TenantDocument):
    """A site; `access_control = False` means any badge may charge there (free charging)."""

    name: str
    address: Address = Address()
    # GeoJSON order: [longitude, latitude].
    coordinates: list[float] | None = None
    timezone: str = "UTC"
    access_control: bool = True

    class Settings:
        name = "sites"
        indexes = [IndexModel([("tenant_id", ASCENDING), ("name", ASCENDING)], name="tenant_name")]
