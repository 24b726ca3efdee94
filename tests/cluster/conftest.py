"""A real Redis for the multi-node tests (EVSERVER_TEST_REDIS_URL, default the local one)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from redis.asyncio import Redis
from redis.exceptions import RedisError

REDIS_URL = os.environ.get("EVSERVER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest_asyncio.fixture(loop_scope="session")
async def channel() -> AsyncIterator[str]:
    """A channel of this test alone, on a Redis that must be reachable."""
    redis = Redis.from_url(REDIS_URL)
    try:
        await redis.ping()
    except (RedisError, OSError) as exc:
        pytest.fail(f"these tests need Redis at {REDIS_URL}: {type(exc).__name__}")
    finally:
        await redis.aclose()
    yield f"evserver:test:{uuid.uuid4().hex}"


