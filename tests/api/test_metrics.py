"""Prometheus metrics: the text format, request timing by route template, values from storage."""

from __future__ import annotations

import re

import pytest
from litestar import Litestar, get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.testing import AsyncTestClient

from evserver.api.metrics import RequestMetricsMiddleware, count_active_sessions, metrics_handlers
from evserver.core.clock import utcnow
from evserver.core.metrics import CONTENT_TYPE, MetricsRegistry
from evserver.core.server_metrics import ServerMetrics
from evserver.storage.client import MongoClientT
from evserver.storage.documents.session import Session

pytestmark = pytest.mark.asyncio(loop_scope="session")

# A sample line of the text format: name, optional labels, value.
SAMPLE_RE = re.compile(
    r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? '
    r"(-?[0-9.e+]+|[+-]Inf|NaN)$")


def assert_exposition_format(text: str) -> None:
    assert text.endswith("\n")
    for line in text.splitlines():
        if line.startswith("# HELP ") or line.startswith("# TYPE "):
            continue
        assert SAMPLE_RE.match(line), line


async def test_text_format_of_each_kind() -> None:
    registry = MetricsRegistry()
    hits = registry.counter("app_hits_total", "Hits.", ("path",))
    temperature = registry.gauge("app_temperature", "Temperature\nin C.")
    latency = registry.histogram("app_latency_seconds", "Latency.", buckets=(0.1, 1.0))
    hits.inc("/a")
    hits.inc("/a", amount=2)
    hits.inc('say "hi"\\\n')
    temperature.set(21.5)
    temperature.inc(amount=-0.5)
    for value in (0.1, 0.5, 3.0):
        latency.observe(value)
    text = registry.render()
    assert text == (
        "# HELP app_hits_total Hits.\n"
        "# TYPE app_hits_total counter\n"
        'app_hits_total{path="/a"} 3\n'
        'app_hits_total{path="say \\"hi\\"\\\\\\n"} 1\n'
        "# HELP app_temperature Temperature\\nin C.\n"
        "# TYPE app_temperature gauge\n"
        "app_temperature 21\n"
        "# HELP app_latency_seconds Latency.\n"
        "# TYPE app_latency_seconds histogram\n"
        'app_latency_seconds_bucket{le="0.1"} 1\n'
        'app_latency_seconds_bucket{le="1"} 2\n'
        'app_latency_seconds_bucket{le="+Inf"} 3\n'
        "app_latency_seconds_sum 3.6\n"
        "app_latency_seconds_count 3\n")
    assert_exposition_format(text)


async def test_misuse_is_refused() -> None:
    registry = MetricsRegistry()
    counter = registry.counter("x_total", "X.", ("a",))
    with pytest.raises(ValueError, match="cannot go down"):
        counter.inc("v", amount=-1)
    with pytest.raises(ValueError, match="takes labels"):
        counter.inc()
    with pytest.raises(ValueError, match="already registered"):
        registry.gauge("x_total", "again")
    with pytest.raises(ValueError, match="increasing"):
        registry.histogram("h", "H.", buckets=(1.0, 0.5))


async def test_ocpp_and_station_figures() -> None:
    metrics = ServerMetrics()
    metrics.ocpp_message("MeterValues", "1.6", "in")
    metrics.ocpp_message("MeterValues", "1.6", "in")
    metrics.ocpp_message("RemoteStartTransaction", "2.0.1", "out")
    metrics.set_connected_stations(12)
    metrics.set_connected_stations(3, protocol="soap")
    text = await metrics.exposition()
    assert ('evserver_ocpp_messages_total{action="MeterValues",version="1.6",direction="in"} 2'
            in text)
    assert ('evserver_ocpp_messages_total{action="RemoteStartTransaction",version="2.0.1",'
            'direction="out"} 1' in text)
    assert 'evserver_connected_stations{protocol="json"} 12' in text
    assert 'evserver_connected_stations{protocol="soap"} 3' in text
    assert_exposition_format(text)


def app_with_metrics(metrics: ServerMetrics, count: int = 0) -> Litestar:
    async def sessions() -> int:
        return count

    @get("/things/{thing_id:str}", sync_to_thread=False)
    def thing(thing_id: FromPath[str]) -> dict[str, str]:
        if thing_id == "missing":
            raise NotFoundException("no such thing")
        return {"id": thing_id}

    return Litestar([thing, *metrics_handlers(metrics, sessions)],
                    middleware=[RequestMetricsMiddleware(metrics)])


async def test_requests_are_counted_by_route_template() -> None:
    metrics = ServerMetrics()
    async with AsyncTestClient(app_with_metrics(metrics, count=4)) as client:
        for thing_id in ("a", "b", "missing"):
            await client.get(f"/things/{thing_id}")
        response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"] == CONTENT_TYPE
    text = response.text
    assert_exposition_format(text)
    assert ('evserver_http_requests_total{method="GET",route="/things/{thing_id}",'
            'status="200"} 2') in text
    assert ('evserver_http_requests_total{method="GET",route="/things/{thing_id}",'
            'status="404"} 1') in text
    assert metrics.http_latency.count("GET", "/things/{thing_id}") == 3
    assert "evserver_sessions_in_progress 4" in text
    assert "/things/a" not in text


async def test_sessions_are_counted_at_most_every_few_seconds() -> None:
    metrics = ServerMetrics()
    calls = 0

    async def sessions() -> int:
        nonlocal calls
        calls += 1
        return calls

    metrics_handlers(metrics, sessions)
    await metrics.exposition()
    text = await metrics.exposition()
    assert calls == 1
    assert "evserver_sessions_in_progress 1" in text


async def test_a_failing_source_leaves_the_rest_of_the_scrape() -> None:
    metrics = ServerMetrics()

    async def broken() -> int:
        raise RuntimeError("database down")

    metrics_handlers(metrics, broken)
    metrics.set_connected_stations(2)
    text = await metrics.exposition()
    assert 'evserver_connected_stations{protocol="json"} 2' in text


async def test_active_sessions_of_every_tenant_are_counted(db: MongoClientT) -> None:
    now = utcnow()
    for n, (tenant_id, status) in enumerate([("t-1", "active"), ("t-2", "active"),
                                             ("t-1", "completed")]):
        await Session(tenant_id=tenant_id, transaction_id=n, station_id="CP", connector_id=1,
                      started_at=now, status=status).insert()  # type: ignore[arg-type]
    assert await count_active_sessions() == 2
