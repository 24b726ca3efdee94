"""The durable outbox: side effects (e-mail, Stripe, OCPI) waiting for delivery."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field
from pymongo import ASCENDING, IndexModel

from evserver.core.clock import utcnow
from evserver.storage.documents.base import TenantDocument, UtcDateTime

OutboxStatus = Literal["pending", "sending", "sent", "failed"]


class OutboxMessage(TenantDocument):
    """A message written with the change that causes it, delivered later with retries."""

    channel: str
    kind: str
    payload: dict[str, Any] = {}
    # Delivering twice is prevented by this key (unique per tenant).
    idempotency_key: str
    status: OutboxStatus = "pending"
    attempts: int = 0
    next_attempt_at: UtcDateTime = Field(default_factory=utcnow)
    lease_until: UtcDateTime | None = None
    last_error: str | None = None
    sent_at: UtcDateTime | None = None

    class Settings:
        name = "outbox"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("idempotency_key", ASCENDING)],
                       name="tenant_key_unique", unique=True),
            IndexModel([("status", ASCENDING), ("next_attempt_at", ASCENDING)],
                       name="status_due"),
        ]
