"""The events stream: who sees which event, fan-out costs, WebSocket and SSE on a real socket."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import uuid
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
import uvicorn
import websockets
from litestar import Litestar
from websockets.exceptions import ConnectionClosed

from evserver.api.event_stream import EndReason, EventStream, StreamClient, event_about
from evserver.api.events import events_handlers
from evserver.api.principal import Principal
from evserver.api.privacy import HIDDEN
from evserver.api.problems import EXCEPTION_HANDLERS
from evserver.api.security import authenticate
from evserver.auth.policy import Authorizer
from evserver.charging.model import StatusReport
from evserver.cluster.event_bridge import bridged_events
from evserver.core.events import DomainEvent, EventBus
from evserver.core.server_metrics import ServerMetrics
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")

CASBIN = Path(__file__).resolve().parents[2] / "config/casbin"
FAR = datetime.now(UTC) + timedelta(hours=1)


def principal(role: str, user_id: str = "u-1", tenant_id: str = "t-1", *,
              platform: bool = False, expires_at: datetime = FAR) -> Principal:
    return Principal(user_id=user_id, tenant_id=tenant_id, tenant_slug=f"slug-{tenant_id}",
                     role=role, jti="jti", expires_at=expires_at, is_platform_tenant=platform)


def session_event(user_id: str | None, tenant_id: str = "t-1",
                  kind: str = "session.started") -> DomainEvent:
    return DomainEvent(type=kind, tenant_id=tenant_id,
                       data={"sessionId": "s-1", "userId": user_id, "idTag": "TAG-1",
                             "energyWh": 12.5})


def station_event(tenant_id: str = "t-1") -> DomainEvent:
    return DomainEvent(type="station.status", tenant_id=tenant_id,
                       data={"stationId": "CP-1", "online": True})


def connector_event(tenant_id: str = "t-1") -> DomainEvent:
    return DomainEvent(type="connector.status", tenant_id=tenant_id,
                       data={"stationId": "CP-1", "connectorId": 1, "status": "Charging"})


def pending(client: StreamClient) -> list[dict[str, Any]]:
    """The messages queued for `client`, decoded."""
    return [json.loads(frame.json) for frame in client._frames]


@pytest.fixture
def stream(world: World) -> EventStream:
    return EventStream(EventBus(), world.container.authorizer, metrics=ServerMetrics(),
                       buffer=4)


@contextlib.contextmanager
def clients(stream: EventStream, *principals: Principal) -> Generator[list[StreamClient]]:
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(stream.subscribe(p)) for p in principals]


# ---- who sees what ------------------------------------------------------------------------


async def test_event_categories_follow_the_policy_vocabulary() -> None:
    assert event_about(station_event()).category == "station"
    assert event_about(connector_event()).category == "station"
    about = event_about(session_event("u-9", kind="session.stopped"))
    assert (about.category, about.owner_id) == ("session", "u-9")
    assert event_about(DomainEvent(type="badge.created", tenant_id="t",
                                   data={"userId": "u"})).owner_id is None


async def test_admin_sees_every_event_of_its_tenant_only(stream: EventStream) -> None:
    with clients(stream, principal("Admin")) as [admin]:
        for event in (station_event(), connector_event(), session_event("u-2"),
                      session_event("u-2", tenant_id="t-2"), station_event("t-2")):
            stream.deliver(event)
        messages = pending(admin)
    assert [m["type"] for m in messages] == ["station.status", "connector.status",
                                             "session.started"]
    assert messages[2] == {"type": "session.started", "tenant": "slug-t-1",
                           "at": messages[2]["at"],
                           "data": {"sessionId": "s-1", "userId": "u-2", "idTag": "TAG-1",
                                    "energyWh": 12.5}}
    assert datetime.fromisoformat(messages[2]["at"]).tzinfo is not None


async def test_basic_sees_stations_and_its_own_sessions(stream: EventStream) -> None:
    with clients(stream, principal("Basic", "u-1"), principal("Basic", "u-2")) as [me, other]:
        stream.deliver(session_event("u-1"))
        stream.deliver(session_event(None))  # a session started without a known user
        stream.deliver(connector_event())
        mine, theirs = pending(me), pending(other)
    assert [(m["type"], m["data"].get("userId")) for m in mine] == [
        ("session.started", "u-1"), ("connector.status", None)]
    assert [m["type"] for m in theirs] == ["connector.status"]


async def test_demo_sees_station_events_only(stream: EventStream) -> None:
    with clients(stream, principal("Demo", "u-1")) as [demo]:
        stream.deliver(session_event("u-1"))
        stream.deliver(station_event())
        messages = pending(demo)
    assert [m["type"] for m in messages] == ["station.status"]


async def test_superadmin_sees_platform_events_not_tenant_events(stream: EventStream) -> None:
    superadmin = principal("SuperAdmin", tenant_id="platform", platform=True)
    with clients(stream, superadmin) as [client]:
        stream.deliver(station_event("t-1"))
        stream.deliver(DomainEvent(type="tenant.created", tenant_id="platform",
                                   data={"slug": "acme"}))
        messages = pending(client)
    assert [m["type"] for m in messages] == ["tenant.created"]


async def test_hidden_view_masks_personal_fields(tmp_path: Path) -> None:
    # No role has a hidden view of session events today; a policy that grants one must mask.
    policy = (CASBIN / "policy.csv").read_text().replace(
        'p, Demo, tenant, Events, subscribe, r.obj.category == "station", hidden',
        "p, Demo, tenant, Events, subscribe, True, hidden")
    (tmp_path / "policy.csv").write_text(policy)
    stream = EventStream(EventBus(), Authorizer(CASBIN / "model.conf", tmp_path / "policy.csv"))
    with clients(stream, principal("Demo"), principal("Admin")) as [demo, admin]:
        stream.deliver(session_event("u-1"))
        [hidden], [shown] = pending(demo), pending(admin)
    assert hidden["data"] == {"sessionId": "s-1", "userId": HIDDEN, "idTag": HIDDEN,
                              "energyWh": 12.5}
    assert shown["data"]["userId"] == "u-1"


# ---- fan-out mechanics ----------------------------------------------------------------------


async def test_one_serialisation_per_view_shared_by_clients(stream: EventStream) -> None:
    readers = [principal("Admin", f"a-{i}") for i in range(3)] + [principal("Demo", "d")]
    with clients(stream, *readers) as subscribed:
        stream.deliver(station_event())
        frames = [c._frames[0] for c in subscribed]
    assert frames[0] is frames[1] is frames[2]
    assert frames[3] is not frames[0]


async def test_slow_client_is_dropped_not_buffered(stream: EventStream) -> None:
    metrics = ServerMetrics()
    stream = EventStream(EventBus(), stream._authorizer, metrics=metrics, buffer=4)
    with clients(stream, principal("Admin", "slow"), principal("Admin", "fast")) as [slow, fast]:
        for _ in range(4):
            stream.deliver(station_event())
        for _ in range(4):
            assert await fast.next_frame() is not None
        stream.deliver(station_event())
        assert slow.ended is EndReason.TOO_SLOW
        assert await slow.next_frame() is None
        assert await fast.next_frame() is not None
        assert stream.client_count == 1
        assert metrics.event_stream_dropped.value() == 1
        assert metrics.event_stream_clients.value() == 1
    assert stream.client_count == 0


async def test_bus_subscription_only_while_someone_listens(world: World) -> None:
    bus = EventBus()
    stream = EventStream(bus, world.container.authorizer)
    assert not bus._subscribers
    with clients(stream, principal("Admin", "a"), principal("Admin", "b")) as [a, _b]:
        assert len(bus._subscribers) == 1
        bus.publish(station_event())
        assert (await a.next_frame()) is not None
    assert not bus._subscribers


async def test_idle_timeout_and_end() -> None:
    client = StreamClient(principal("Admin"), limit=2)
    assert await client.next_frame(idle_timeout=0.01) is None
    assert client.ended is None
    waiter = asyncio.create_task(client.next_frame())
    await asyncio.sleep(0)
    client.end(EndReason.SHUTDOWN)
    assert await waiter is None
    client.end(EndReason.TOO_SLOW)
    assert client.ended is EndReason.SHUTDOWN


# ---- over a real socket -------------------------------------------------------------------


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None]:
        yield  # the test process keeps its own signal handlers


@contextlib.asynccontextmanager
async def serving(app: Litestar) -> AsyncIterator[int]:
    """Serve `app` with uvicorn on a free loopback port; yield the port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = _Server(uvicorn.Config(app, log_config=None, lifespan="off"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        await task
        sock.close()


@dataclass
class Served:
    http: str
    ws: str
    stream: EventStream


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def served(world: World) -> AsyncIterator[Served]:
    """The events handlers alone (with the API's error mapping) behind a real socket."""
    container = world.container
    stream = EventStream(container.bus, container.authorizer)
    app = Litestar(route_handlers=events_handlers(container, partial(authenticate, container),
                                                  stream),
                   exception_handlers=EXCEPTION_HANDLERS)
    async with serving(app) as port:
        yield Served(f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", stream)
        stream.close_all()


async def until_subscribed(stream: EventStream, count: int) -> None:
    # A client cannot see when its subscription is registered; the test polls the counter.
    async with asyncio.timeout(5):
        while stream.client_count < count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_websocket_streams_domain_events_with_query_token(world: World,
                                                                served: Served) -> None:
    url = f"{served.ws}/api/v1/events?token={world.tokens['Admin']}"
    async with websockets.connect(url) as ws:
        await until_subscribed(served.stream, 1)
        station = await world.container.stations.add(world.tenant.id, "CP-EVENTS")
        await world.container.stations.status(station, StatusReport(connector_id=1,
                                                                    status="Available"))
        first = json.loads(await asyncio.wait_for(ws.recv(), 5))
        second = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert (first["type"], first["tenant"], first["data"]) == (
        "station.created", world.tenant.slug, {"stationId": "CP-EVENTS"})
    assert second["type"] == "connector.status"
    assert second["data"]["status"] == "Available"
    assert set(second) == {"type", "tenant", "at", "data"}


async def test_websocket_accepts_a_bearer_header_and_filters_by_role(world: World,
                                                                     served: Served) -> None:
    basic = world.users["Basic"]
    headers = {"Authorization": f"Bearer {world.tokens['Basic']}"}
    async with websockets.connect(f"{served.ws}/api/v1/events",
                                  additional_headers=headers) as ws:
        await until_subscribed(served.stream, 1)
        world.container.bus.publish(session_event("someone-else", world.tenant.id))
        world.container.bus.publish(session_event(basic.id, world.tenant.id, "session.stopped"))
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert (message["type"], message["data"]["userId"]) == ("session.stopped", basic.id)


@pytest.mark.parametrize(("query", "code"), [("", 4401), ("?token=not-a-jwt", 4401)])
async def test_websocket_without_valid_token_is_closed(served: Served, query: str,
                                                       code: int) -> None:
    async with websockets.connect(f"{served.ws}/api/v1/events{query}") as ws:
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == code
    assert served.stream.client_count == 0


async def test_websocket_closes_when_the_token_expires(world: World) -> None:
    soon = datetime.now(UTC) + timedelta(milliseconds=200)

    async def short_lived(token: str) -> Principal:
        found = await authenticate(world.container, token)
        return Principal(**{**found.__dict__, "expires_at": soon})

    app = Litestar(route_handlers=events_handlers(world.container, short_lived))
    async with serving(app) as port:
        url = f"ws://127.0.0.1:{port}/api/v1/events?token={world.tokens['Admin']}"
        async with websockets.connect(url) as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (4401, "token expired")


async def test_shutdown_closes_streams_with_going_away(world: World, served: Served) -> None:
    url = f"{served.ws}/api/v1/events?token={world.tokens['Admin']}"
    async with websockets.connect(url) as ws:
        await until_subscribed(served.stream, 1)
        served.stream.close_all()
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1001
    await until_unsubscribed(served.stream)


async def test_sse_streams_events(world: World, served: Served) -> None:
    headers = {"Authorization": f"Bearer {world.tokens['Demo']}"}
    async with httpx.AsyncClient(base_url=served.http, timeout=5) as http, \
            http.stream("GET", "/api/v1/events", headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.aiter_lines()
        assert await anext(lines) == "retry: 3000"
        await until_subscribed(served.stream, 1)
        world.container.bus.publish(session_event(world.users["Demo"].id, world.tenant.id))
        world.container.bus.publish(station_event(world.tenant.id))
        data = [line async for line in _until_data(lines)]
    message = json.loads(data[0].removeprefix("data: "))
    assert message["type"] == "station.status"
    assert message["tenant"] == world.tenant.slug
    await until_unsubscribed(served.stream)


async def _until_data(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    async for line in lines:
        if line.startswith("data: "):
            yield line
            return


async def until_unsubscribed(stream: EventStream) -> None:
    async with asyncio.timeout(5):
        while stream.client_count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


@pytest.mark.parametrize(("token", "status"), [(None, 401), ("bad", 401)])
async def test_sse_refusals_are_problem_details(served: Served, token: str | None,
                                                status: int) -> None:
    params = {"token": token} if token else {}
    async with httpx.AsyncClient(base_url=served.http, timeout=5) as http:
        response = await http.get("/api/v1/events", params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status
    assert {"type", "title", "detail"} <= set(problem)
    assert "Traceback" not in response.text


async def test_events_of_another_node_arrive_over_redis(world: World) -> None:
    """A station changes on node A; a client of node B's stream hears of it through Redis."""
    redis_url = os.environ.get("EVSERVER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    channel = f"evserver:test:{uuid.uuid4().hex}"
    container = world.container
    bus_b = EventBus()
    stream_b = EventStream(bus_b, container.authorizer)
    app_b = Litestar(route_handlers=events_handlers(container, partial(authenticate, container),
                                                    stream_b))
    async with bridged_events(container.bus, redis_url, "node-a", channel=channel), \
            bridged_events(bus_b, redis_url, "node-b", channel=channel), \
            serving(app_b) as port:
        url = f"ws://127.0.0.1:{port}/api/v1/events?token={world.tokens['Admin']}"
        async with websockets.connect(url) as ws:
            await until_subscribed(stream_b, 1)
            await container.stations.add(world.tenant.id, "CP-NODE-A")
            message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert (message["type"], message["data"]) == ("station.created", {"stationId": "CP-NODE-A"})
