"""Common shape of stored documents: string ids, UTC timestamps, the tenant first."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from beanie import Document
from pydantic import AfterValidator, Field

from evserver.core.clock import as_utc, utcnow
from evserver.core.ids import new_id

# Every stored instant reads back aware and in UTC, whatever the server hands back.
UtcDateTime = Annotated[datetime, AfterValidator(as_utc)]


class BaseDocument(Document):
    """A document with a string id and creation / update times."""

    # String ids: references are stored as strings (the embedded server cannot match ObjectId
    # equality outside `_id`), so ids themselves are strings too and compare the same everywhere.
    id: str = Field(default_factory=new_id)  # type: ignore[assignment]
    created_at: UtcDateTime = Field(default_factory=utcnow)
    updated_at: UtcDateTime = Field(default_factory=utcnow)


class TenantDocument(BaseDocument):
    """A document that belongs to one tenant; every index on it is led by `tenant_id`."""

    tenant_id: str
