"""Writing to the durable outbox: side effects recorded with the change that causes them."""

from __future__ import annotations

from typing import Any

from evserver.core.errors import AlreadyExists
from evserver.storage.documents.outbox import OutboxMessage
from evserver.storage.repository import TenantRepository

outbox = TenantRepository(OutboxMessage)


async def enqueue(tenant_id: str, channel: str, kind: str, payload: dict[str, Any],
                  idempotency_key: str) -> bool:
    """Queue a message for delivery; False if one with this key was already queued."""
    try:
        await outbox.insert(tenant_id, OutboxMessage(
            tenant_id=tenant_id, channel=channel, kind=kind, payload=payload,
            idempotency_key=idempotency_key))
    except AlreadyExists:
        return False
    return True
