"""The durable outbox: retries with backoff, crash recovery, no double delivery."""

from __future__ import annotations

from datetime import timedelta

import pytest

from evserver.core.clock import utcnow
from evserver.jobs.outbox import OutboxDispatcher, backoff
from evserver.storage.client import MongoClientT
from evserver.storage.documents import OutboxMessage
from evserver.storage.outbox import enqueue
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")
outbox = TenantRepository(OutboxMessage)


async def make_due(tenant_id: str) -> None:
    for message in await outbox.find(tenant_id, {}, limit=0):
        await outbox.update(tenant_id, message.id, {"next_attempt_at": utcnow()})


async def test_failing_peer_is_retried_until_it_answers(db: MongoClientT) -> None:
    assert await enqueue("t1", "email", "welcome", {"to": "a@x.example"}, "welcome:a")
    assert not await enqueue("t1", "email", "welcome", {"to": "a@x.example"}, "welcome:a")
    delivered: list[str] = []
    failures = 2

    async def deliver(message: OutboxMessage) -> None:
        nonlocal failures
        if failures:
            failures -= 1
            raise ConnectionError("smtp down")
        delivered.append(message.idempotency_key)

    dispatcher = OutboxDispatcher()
    dispatcher.register("email", deliver)
    assert await dispatcher.drain() == 0
    stored = await outbox.find_one("t1", {"idempotency_key": "welcome:a"})
    assert stored is not None and stored.status == "pending" and stored.attempts == 1
    assert stored.last_error == "ConnectionError: smtp down"
    assert stored.next_attempt_at > utcnow() + timedelta(seconds=20)
    assert await dispatcher.drain() == 0, "not due yet"
    await make_due("t1")
    assert await dispatcher.drain() == 0
    await make_due("t1")
    assert await dispatcher.drain() == 1
    assert delivered == ["welcome:a"]
    stored = await outbox.find_one("t1", {"idempotency_key": "welcome:a"})
    assert stored is not None and stored.status == "sent" and stored.attempts == 3
    assert await dispatcher.drain() == 0, "never delivered twice"


async def test_a_claim_left_by_a_dead_node_is_taken_again(db: MongoClientT) -> None:
    await enqueue("t2", "stripe", "charge", {}, "charge:1")
    message = await outbox.find_one("t2", {"idempotency_key": "charge:1"})
    assert message is not None
    await outbox.update("t2", message.id, {"status": "sending",
                                           "lease_until": utcnow() - timedelta(seconds=1)})
    seen: list[str] = []

    async def deliver(m: OutboxMessage) -> None:
        seen.append(m.kind)

    dispatcher = OutboxDispatcher()
    dispatcher.register("stripe", deliver)
    assert await dispatcher.drain() == 1 and seen == ["charge"]


@pytest.mark.filterwarnings("ignore::pytest.PytestWarning")
def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(50) == timedelta(hours=1)
