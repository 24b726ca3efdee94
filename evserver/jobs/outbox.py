"""Delivers outbox messages with retries: a crash or a peer outage delays, never loses."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from pymongo import ReturnDocument

from evserver.core.clock import utcnow
from evserver.storage.documents.outbox import OutboxMessage

logger = logging.getLogger(__name__)

# A handler delivers one message or raises; it must be idempotent on `idempotency_key`.
Deliver = Callable[[OutboxMessage], Awaitable[None]]

MAX_ATTEMPTS = 12
LEASE = timedelta(minutes=5)


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 30 s, 1 min, 2 min, ... capped at one hour."""
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


class OutboxDispatcher:
    """Claims due messages one by one (safe with several nodes) and hands them to handlers."""

    def __init__(self) -> None:
        self._handlers: dict[str, Deliver] = {}

    def register(self, channel: str, deliver: Deliver) -> None:
        """Deliver messages of `channel` (e.g. `email`, `stripe`, `ocpi`) with `deliver`."""
        self._handlers[channel] = deliver

    async def drain(self, limit: int = 100) -> int:
        """Deliver up to `limit` due messages; return how many were delivered."""
        delivered = 0
        for _ in range(limit):
            message = await self._claim()
            if message is None:
                break
            delivered += await self._deliver(message)
        return delivered

    async def _claim(self) -> OutboxMessage | None:
        now = utcnow()
        collection: Any = OutboxMessage.get_pymongo_collection()
        # Pending and due, or claimed by a node that died before finishing (lease expired).
        for query in ({"status": {"$eq": "pending"}, "next_attempt_at": {"$lte": now},
                       "channel": {"$in": list(self._handlers)}},
                      {"status": {"$eq": "sending"}, "lease_until": {"$lt": now},
                       "channel": {"$in": list(self._handlers)}}):
            raw = await collection.find_one_and_update(
                query, {"$set": {"status": "sending", "lease_until": now + LEASE}},
                sort=[("next_attempt_at", 1)], return_document=ReturnDocument.AFTER)
            if raw is not None:
                claimed: OutboxMessage = OutboxMessage.model_validate(raw)
                return claimed
        return None

    async def _deliver(self, message: OutboxMessage) -> int:
        collection: Any = OutboxMessage.get_pymongo_collection()
        key = {"_id": message.id, "tenant_id": message.tenant_id}
        try:
            await self._handlers[message.channel](message)
        except Exception as exc:
            attempts = message.attempts + 1
            failed = attempts >= MAX_ATTEMPTS
            await collection.update_one(key, {"$set": {
                "status": "failed" if failed else "pending", "attempts": attempts,
                "next_attempt_at": utcnow() + backoff(attempts), "lease_until": None,
                "last_error": f"{type(exc).__name__}: {exc}"[:500]}})
            logger.warning("outbox delivery failed", extra={
                "tenant": message.tenant_id, "channel": message.channel, "kind": message.kind,
                "attempts": attempts, "gave_up": failed})
            return 0
        await collection.update_one(key, {"$set": {
            "status": "sent", "sent_at": utcnow(), "attempts": message.attempts + 1,
            "lease_until": None, "last_error": None}})
        return 1
