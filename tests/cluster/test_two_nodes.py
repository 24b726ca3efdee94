"""Two server processes on one database and one Redis: a command sent through either reaches a
station connected to the other."""

from __future__ import annotations

import asyncio
import json
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from tests.api.live_server import LiveServer, live_server
from tests.cluster.conftest import REDIS_URL
from tests.support import server_env, start_server, wait_http

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory,
          mongo_url: str) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    shared = {"EVSERVER_STORAGE__URL": mongo_url,
              "EVSERVER_STORAGE__DATABASE": f"two_nodes_{uuid.uuid4().hex[:8]}",
              "EVSERVER_CLUSTER__REDIS_URL": REDIS_URL}
    suffix = uuid.uuid4().hex[:8]
    with live_server(tmp_path_factory.mktemp("node-a"), EVSERVER_CLUSTER__NODE_ID=f"a-{suffix}",
                     **shared) as a:
        folder = tmp_path_factory.mktemp("node-b")
        env_b = server_env(folder, EVSERVER_CLUSTER__NODE_ID=f"b-{suffix}", **shared)
        b = start_server(env_b, folder)
        try:
            wait_http(f"http://127.0.0.1:{env_b['EVSERVER_REST__PORT']}/ready", b)
            yield a, env_b
        finally:
            b.send_signal(signal.SIGTERM)
            b.communicate(timeout=20)


async def answer_commands(ws: ClientConnection, seen: list[str]) -> None:
    async for raw in ws:
        frame = json.loads(raw)
        if frame[0] == 2:
            seen.append(frame[2])
            reply: Any = {"status": "Accepted"} if frame[2] == "Reset" else {}
            await ws.send(json.dumps([3, frame[1], reply]))


async def test_a_command_through_one_node_reaches_a_station_on_the_other(
        nodes: tuple[LiveServer, dict[str, str]], tmp_path: Path) -> None:
    a, env_b = nodes
    url_b = f"ws://127.0.0.1:{env_b['EVSERVER_CENTRAL_SYSTEMS__0__PORT']}/ocpp/demo/DEMO-CP1"
    async with connect(url_b, subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        seen: list[str] = []
        await ws.send(json.dumps([2, "boot", "BootNotification", {
            "chargePointVendor": "Demo", "chargePointModel": "Two nodes"}]))
        assert json.loads(await ws.recv())[:2] == [3, "boot"]
        station = asyncio.create_task(answer_commands(ws, seen))
        headers = {"Authorization": f"Bearer {a.login('demo', 'Admin')}"}
        async with httpx.AsyncClient(base_url=a.base_url, headers=headers, timeout=30) as rest:
            reply = await rest.post("/api/v1/charging-stations/DEMO-CP1/commands/reset",
                                    json={"type": "Soft"})
        assert reply.status_code == 200, reply.text
        assert reply.json() == {"status": "Accepted", "data": {"status": "Accepted"}}
        assert "Reset" in seen
        station.cancel()
