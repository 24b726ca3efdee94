"""Per-tenant sequences (OCPP 1.6 transaction ids, invoice numbers...)."""

from __future__ import annotations

from beanie import Document
from pydantic import Field


class Counter(Document):
    """A named sequence; `_id` is `<tenant_id>:<name>` so one `$inc` finds and bumps it."""

    id: str = Field()  # type: ignore[assignment]
    tenant_id: str
    name: str
    value: int = 0

    class Settings:
        name = "counters"
