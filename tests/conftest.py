"""Shared fixtures: one database server per test session, a fresh database per test module."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from evserver.storage.client import MongoClientT, connect, init_storage
from evserver.storage.embedded import EmbeddedMongo

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def mongo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real MongoDB when EVSERVER_STORAGE__URL names one, else the embedded server."""
    url = os.environ.get("EVSERVER_STORAGE__URL", "embedded")
    if url != "embedded":
        yield url
        return
    server = EmbeddedMongo(tmp_path_factory.mktemp("embedded-db"), memory=True)
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def _database_name(request: pytest.FixtureRequest) -> str:
    module = re.sub(r"[^A-Za-z0-9]", "_", request.module.__name__)[-40:]
    return f"t_{module}_{uuid.uuid4().hex[:6]}"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def db(mongo_url: str, request: pytest.FixtureRequest) -> AsyncIterator[MongoClientT]:
    """An initialised, empty database for the whole test module, dropped afterwards."""
    client = await connect(mongo_url, timeout_s=10)
    name = _database_name(request)
    await init_storage(client, name)
    try:
        yield client
    finally:
        await client.drop_database(name)
        await client.close()
