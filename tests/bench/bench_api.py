"""Benchmark: REST list pages, a consumption curve and the events fan-out on a seeded store.

Run with ``make bench-api`` (``python tests/bench/bench_api.py [--quick]``). Starts the embedded
MongoDB-wire server (file database, as `storage.url = "embedded"` does), seeds it directly with
10,000 stations, 100,000 completed sessions and a session of 1,000 meter readings, starts
``evserver serve`` on it as a child process, signs in as the demo tenant's Admin and measures:

- p50 / p99 latency (sequential requests on one keep-alive connection) and requests/s
  (concurrent clients) of the list pages, without and with `withTotal=true`, and of the curve;
- the events fan-out delay to 500 WebSocket clients: from the event's creation (its `at`, kept
  to the millisecond) to its arrival at each client. Events are injected as another node would,
  over Redis pub/sub, so the measure does not depend on any station protocol.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import msgspec
import websockets
from pymongo import MongoClient
from redis.asyncio import Redis

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: make `tests` importable

from evserver.charging.model import MeterReading, SampledValue  # noqa: E402
from evserver.charging.sessions import curve_point  # noqa: E402
from evserver.cluster.event_bridge import CHANNEL, channel_message  # noqa: E402
from evserver.core.events import DomainEvent  # noqa: E402
from evserver.storage.documents.meter_sample import MeterSample  # noqa: E402
from evserver.storage.documents.session import Session  # noqa: E402
from evserver.storage.documents.station import ChargingStation, Connector  # noqa: E402
from evserver.storage.embedded import EmbeddedMongo  # noqa: E402
from tests.api.live_server import LiveServer, live_server  # noqa: E402

REDIS_URL = os.environ.get("EVSERVER_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
DATABASE = "evserver"
TENANT = "demo"
LIST_P99_TARGET_MS = 50.0
FANOUT_TARGET_MS = 100.0


@dataclass(frozen=True)
class Scale:
    """How big the data set and the measurements are."""

    stations: int = 10_000
    sessions: int = 100_000
    curve_readings: int = 1_000
    ws_clients: int = 500
    requests: int = 300
    concurrency: int = 8
    # A slow endpoint stops early: its percentiles are clear long before 300 requests.
    budget_s: float = 20.0
    fanout_rounds: int = 20


QUICK = Scale(stations=1_000, sessions=10_000, curve_readings=1_000, ws_clients=100,
              requests=100, fanout_rounds=5)


# ---- seeding ------------------------------------------------------------------------------


def _raw(document: Any, /, **fields: Any) -> dict[str, Any]:
    """A stored `document` class instance with `fields` and every default, as a dict."""
    # model_construct: a Beanie document's constructor wants an initialised collection.
    raw: dict[str, Any] = document.model_construct(**fields).model_dump(by_alias=True)
    raw.pop("revision_id", None)
    return raw


def _batched(docs: Iterator[dict[str, Any]], size: int = 5_000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def seed(url: str, scale: Scale) -> str:
    """Insert stations, completed sessions and one metered session; return that session's id."""
    client: MongoClient[dict[str, Any]] = MongoClient(url, tz_aware=True)
    db = client[DATABASE]
    tenant = db.tenants.find_one({"slug": TENANT})
    assert tenant is not None, "the demo tenant should exist after the first start"
    tenant_id = str(tenant["_id"])
    now = datetime.now(UTC).replace(microsecond=0)

    station = _raw(ChargingStation, tenant_id=tenant_id, station_id="T", vendor="Bench",
                   model="B-22", registration_status="Accepted",
                   connectors=[Connector(connector_id=1, status="Available"),
                               Connector(connector_id=2, status="Available")])

    def stations() -> Iterator[dict[str, Any]]:
        for n in range(scale.stations):
            yield station | {"_id": uuid.uuid4().hex[:24], "station_id": f"BENCH-{n:05d}"}

    started = time.perf_counter()
    for batch in _batched(stations()):
        db.charging_stations.insert_many(batch, ordered=False)
    print(f"  {scale.stations:,} stations in {time.perf_counter() - started:.1f} s")

    template = _raw(Session, tenant_id=tenant_id, transaction_id=0, station_id="T",
                    connector_id=1, started_at=now, status="completed", user_id="bench-user",
                    id_tag="BENCH-TAG", stop_reason="Local")

    def sessions() -> Iterator[dict[str, Any]]:
        for n in range(scale.sessions):
            stopped = now - timedelta(minutes=5 * n)
            yield template | {
                "_id": uuid.uuid4().hex[:24], "transaction_id": 1_000_000 + n,
                "station_id": f"BENCH-{n % scale.stations:05d}", "connector_id": 1 + n % 2,
                "started_at": stopped - timedelta(minutes=90), "stopped_at": stopped,
                "meter_stop_wh": 20_000.0, "energy_wh": 20_000.0, "duration_s": 5400,
            }

    started = time.perf_counter()
    for batch in _batched(sessions()):
        db.sessions.insert_many(batch, ordered=False)
    print(f"  {scale.sessions:,} sessions in {time.perf_counter() - started:.1f} s")

    metered = next(sessions()) | {"_id": uuid.uuid4().hex[:24], "transaction_id": 999_999}
    db.sessions.insert_one(metered)
    begin = metered["started_at"]
    sample = _raw(MeterSample, tenant_id=tenant_id, session_id=metered["_id"],
                  station_id=metered["station_id"], connector_id=1, at=begin, value=0)

    def readings() -> Iterator[dict[str, Any]]:
        for n in range(scale.curve_readings):
            at = begin + timedelta(seconds=5 * n)
            for measurand, value, unit in (
                    ("Energy.Active.Import.Register", 20.0 * n, "Wh"),
                    ("Power.Active.Import", 11_000.0, "W"), ("SoC", min(100.0, 20 + n / 12),
                                                             "Percent")):
                yield sample | {"_id": uuid.uuid4().hex[:24], "at": at, "measurand": measurand,
                                "value": value, "unit": unit}

    for batch in _batched(readings()):
        db.meter_samples.insert_many(batch, ordered=False)

    # The curve points the server writes beside the samples, computed by the same function.
    session = Session.model_construct(id=metered["_id"], tenant_id=tenant_id,
                                      meter_start_wh=metered.get("meter_start_wh", 0.0))

    def points() -> Iterator[dict[str, Any]]:
        for n in range(scale.curve_readings):
            reading = MeterReading(at=begin + timedelta(seconds=5 * n), values=[
                SampledValue(value=20.0 * n),
                SampledValue(value=11_000.0, measurand="Power.Active.Import", unit="W"),
                SampledValue(value=min(100.0, 20 + n / 12), measurand="SoC", unit="Percent")])
            point = curve_point(tenant_id, session, reading)
            if point is not None:
                yield point

    for batch in _batched(points()):
        db.session_curves.insert_many(batch, ordered=False)
    client.close()
    return str(metered["_id"])


# ---- HTTP ---------------------------------------------------------------------------------


@dataclass
class HttpResult:
    """Latencies of sequential requests and the throughput of concurrent ones."""

    name: str
    status: int
    p50_ms: float
    p99_ms: float
    rps: float
    target_ms: float | None


def percentile(values: list[float], q: float) -> float:
    """The `q` quantile (0..1) of `values`, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def measure_http(server: LiveServer, token: str, name: str, path: str, scale: Scale,
                 target_ms: float | None) -> HttpResult:
    """Warm up, time `scale.requests` sequential GETs, then run concurrent clients for rps."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=60) as http:
        first = http.get(path)
        if first.status_code != 200:
            print(f"  {name}: {first.status_code} {first.text[:200]}")
            return HttpResult(name, first.status_code, 0, 0, 0, target_ms)
        for _ in range(5):
            http.get(path)
        latencies: list[float] = []
        deadline = time.perf_counter() + scale.budget_s
        while len(latencies) < scale.requests and time.perf_counter() < deadline:
            started = time.perf_counter()
            http.get(path).raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
    rps = asyncio.run(_throughput(server.base_url, headers, path, scale))
    return HttpResult(name, 200, percentile(latencies, 0.5), percentile(latencies, 0.99), rps,
                      target_ms)


async def _throughput(base_url: str, headers: dict[str, str], path: str, scale: Scale) -> float:
    done = 0
    deadline = time.perf_counter() + scale.budget_s / 2

    async def worker(http: httpx.AsyncClient) -> None:
        nonlocal done
        while done < scale.requests and time.perf_counter() < deadline:
            done += 1
            (await http.get(path)).raise_for_status()

    limits = httpx.Limits(max_connections=scale.concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60,
                                 limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(worker(http) for _ in range(scale.concurrency)))
        return done / (time.perf_counter() - started)


# ---- events fan-out -------------------------------------------------------------------------


@dataclass
class FanoutResult:
    """Per-client delays over every round, and the delay to the last client of each round."""

    clients: int
    rounds: int
    p50_ms: float
    p99_ms: float
    last_client_p50_ms: float
    last_client_max_ms: float
    missed: int


async def measure_fanout(server: LiveServer, token: str, tenant_id: str,
                         scale: Scale) -> FanoutResult:
    """Connect the clients, inject events from a fake node, time their arrival everywhere."""
    url = f"{server.ws_url}/api/v1/events?token={token}"
    received: list[list[float]] = [[] for _ in range(scale.fanout_rounds)]
    warm = asyncio.Event()
    sockets: list[Any] = []

    async def connect() -> Any:
        return await websockets.connect(url, max_queue=None, ping_interval=None)

    for start in range(0, scale.ws_clients, 50):
        batch = range(start, min(start + 50, scale.ws_clients))
        sockets.extend(await asyncio.gather(*(connect() for _ in batch)))

    async def listen(ws: Any) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            async for text in ws:
                arrived = time.time()
                message = msgspec.json.decode(text)
                data = message["data"]
                if data.get("bench") is None:
                    continue
                if data["bench"] < 0:
                    warm.set()
                    continue
                at = datetime.fromisoformat(message["at"]).timestamp()
                received[data["bench"]].append((arrived - at) * 1000)

    listeners = [asyncio.create_task(listen(ws)) for ws in sockets]
    redis = Redis.from_url(REDIS_URL)
    node = f"bench-{uuid.uuid4().hex[:6]}"

    async def inject(n: int) -> None:
        event = DomainEvent(type="connector.status", tenant_id=tenant_id,
                            data={"stationId": "BENCH-00000", "connectorId": 1,
                                  "status": "Charging", "bench": n})
        await redis.publish(CHANNEL, channel_message(node, event))

    try:
        # Subscriptions register after the upgrade; repeat a warm-up event until one arrives.
        async with asyncio.timeout(30):
            while not warm.is_set():
                await inject(-1)
                await asyncio.sleep(0.2)
        await asyncio.sleep(0.5)
        last_clients = []
        for n in range(scale.fanout_rounds):
            await inject(n)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(5):
                    while len(received[n]) < scale.ws_clients:  # noqa: ASYNC110
                        await asyncio.sleep(0.005)
            if received[n]:
                last_clients.append(max(received[n]))
            await asyncio.sleep(0.2)
    finally:
        await redis.aclose()
        for task in listeners:
            task.cancel()
        await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)
    delays = [d for per_round in received for d in per_round]
    missed = scale.ws_clients * scale.fanout_rounds - len(delays)
    return FanoutResult(scale.ws_clients, scale.fanout_rounds, percentile(delays, 0.5),
                        percentile(delays, 0.99), statistics.median(last_clients),
                        max(last_clients), missed)


# ---- report -------------------------------------------------------------------------------


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return "(reported)"
    return f"< {target:.0f} ms  {'OK' if value < target else 'MISSED'}"


def print_report(results: list[HttpResult], fanout: FanoutResult | None, scale: Scale) -> None:
    print()
    print(f"evserver API benchmark: {scale.stations:,} stations, {scale.sessions:,} completed "
          f"sessions, embedded store (file), {os.cpu_count()} CPUs")
    print(f"latency: up to {scale.requests} sequential requests (or {scale.budget_s:.0f} s) on "
          f"one keep-alive connection; req/s: {scale.concurrency} concurrent clients")
    print()
    header = f"{'request':<58} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}  target (p99)"
    print(header)
    print("-" * len(header))
    for r in results:
        if r.status != 200:
            print(f"{r.name:<58} {'HTTP ' + str(r.status):>26}")
            continue
        print(f"{r.name:<58} {r.p50_ms:8.1f} {r.p99_ms:8.1f} {r.rps:8.0f}  "
              f"{verdict(r.p99_ms, r.target_ms)}")
    if fanout is not None:
        print()
        print(f"events fan-out to {fanout.clients} WebSocket clients, {fanout.rounds} events "
              f"(event created -> received by a client)")
        print(f"  per client      p50 {fanout.p50_ms:6.1f} ms   p99 {fanout.p99_ms:6.1f} ms")
        print(f"  last client     p50 {fanout.last_client_p50_ms:6.1f} ms   max "
              f"{fanout.last_client_max_ms:6.1f} ms   "
              f"{verdict(fanout.last_client_max_ms, FANOUT_TARGET_MS)}")
        if fanout.missed:
            print(f"  MISSED DELIVERIES: {fanout.missed}")
    print()


def requests_to_time(session_id: str) -> list[tuple[str, str, float | None]]:
    """(label, path, p99 target) of every measured request."""
    stations = "/api/v1/charging-stations?limit=100"
    sessions = "/api/v1/sessions?status=completed&limit=100&sort=-stoppedAt"
    return [
        ("GET me (baseline: authentication alone)", "/api/v1/me", None),
        ("GET charging-stations?limit=100", stations, LIST_P99_TARGET_MS),
        ("GET sessions?status=completed&limit=100&sort=-stoppedAt", sessions,
         LIST_P99_TARGET_MS),
        ("GET sessions/{id}/consumption (1,000 readings)",
         f"/api/v1/sessions/{session_id}/consumption", LIST_P99_TARGET_MS),
        ("  same stations page, withTotal=true", stations + "&withTotal=true", None),
        ("  same sessions page, withTotal=true", sessions + "&withTotal=true", None),
    ]


def run(scale: Scale) -> None:
    """Seed, start, measure, print."""
    with tempfile.TemporaryDirectory(prefix="evserver-bench-") as folder:
        tmp = Path(folder)
        store = EmbeddedMongo(tmp / "db")
        url = store.start()
        try:
            env = {"EVSERVER_STORAGE__URL": url, "EVSERVER_STORAGE__DATABASE": DATABASE,
                   "EVSERVER_CLUSTER__REDIS_URL": REDIS_URL,
                   "EVSERVER_CLUSTER__NODE_ID": "bench-server",
                   "EVSERVER_LOGGING__LEVEL": "WARNING"}
            with live_server(tmp, **env) as server:
                print("seeding the embedded store")
                session_id = seed(url, scale)
                token = server.login(TENANT, "Admin")
                tenant_id = _tenant_id(url)
                results = []
                for name, path, target in requests_to_time(session_id):
                    print(f"timing {name.strip()}")
                    results.append(measure_http(server, token, name, path, scale, target))
                print(f"timing the events fan-out to {scale.ws_clients} clients")
                fanout = _fanout_or_none(lambda: asyncio.run(
                    measure_fanout(server, token, tenant_id, scale)))
                print_report(results, fanout, scale)
        finally:
            store.stop()


def _tenant_id(url: str) -> str:
    client: MongoClient[dict[str, Any]] = MongoClient(url)
    try:
        tenant = client[DATABASE].tenants.find_one({"slug": TENANT})
        assert tenant is not None
        return str(tenant["_id"])
    finally:
        client.close()


def _fanout_or_none(measure: Callable[[], FanoutResult]) -> FanoutResult | None:
    try:
        return measure()
    except (OSError, TimeoutError, websockets.InvalidStatus) as exc:
        print(f"  events fan-out not measured: {type(exc).__name__}: {exc}")
        return None


def main() -> None:
    """Parse the command line and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data, for a try")
    args = parser.parse_args()
    run(QUICK if args.quick else Scale())


if __name__ == "__main__":
    main()
