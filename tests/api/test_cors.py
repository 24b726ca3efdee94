"""CORS: only the configured origins may call the API from a browser."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from evserver.storage.client import MongoClientT
from tests.api.conftest import World, build_world

pytestmark = pytest.mark.asyncio(loop_scope="session")

ORIGIN = "https://app.example.com"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(db: MongoClientT, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async for built in build_world(db, tmp_path_factory.mktemp("api"),
                                   EVSERVER_REST__CORS_ORIGINS=f'["{ORIGIN}"]'):
        yield built


async def test_configured_origin_is_allowed(world: World) -> None:
    preflight = await world.client.options("/api/v1/sites", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Authorization, Content-Type"})
    assert preflight.status_code in (200, 204)
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    response = await world.client.get("/api/v1/sites", headers={
        **world.headers("Admin"), "Origin": ORIGIN})
    assert response.headers["access-control-allow-origin"] == ORIGIN


async def test_other_origins_get_no_cors_headers(world: World) -> None:
    response = await world.client.get("/api/v1/sites", headers={
        **world.headers("Admin"), "Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in response.headers
