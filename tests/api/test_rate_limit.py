"""Sign-in attempts are limited per client address and per account."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from evserver.storage.client import MongoClientT
from tests.api.conftest import World, build_world

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(db: MongoClientT, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async for built in build_world(db, tmp_path_factory.mktemp("api"),
                                   EVSERVER_REST__LOGIN_ATTEMPTS_PER_MINUTE="3"):
        yield built


async def test_too_many_attempts_are_refused_with_retry_after(world: World) -> None:
    body = {"email": "nobody@example.com", "password": "x", "tenant": world.tenant.slug}
    statuses = [(await world.client.post("/api/v1/auth/login", json=body)).status_code
                for _ in range(3)]
    assert statuses == [401, 401, 401]
    refused = await world.client.post("/api/v1/auth/login", json=body)
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.json()["retryAfter"] == int(refused.headers["retry-after"])
