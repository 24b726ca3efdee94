"""OCPP-S benchmark: boots, heartbeats and full sessions per second over SOAP 1.2 (OCPP 1.6).

Run alone with ``.venv/bin/python tests/bench/bench_soap.py [--quick]``: it starts an embedded
database, provisions a tenant with stations and badges, runs the OCPP-S listener in its own
process (``--serve``, the same listener ``evserver serve`` runs) and drives it from this one.
``bench_ocpp.py`` calls ``soap_phases(...)`` against its own server process instead.

Phases, each with every station keeping one request outstanding (a closed loop: the highest
rate the server sustains):
1. boots: every station sends BootNotification ``--boots`` times;
2. heartbeats: Heartbeat back to back for ``--duration`` seconds;
3. sessions: Authorize, StartTransaction, 3 x MeterValues, StopTransaction in a loop for
   ``--duration`` seconds; the database must then hold every acknowledged session.
Reports requests/s, the phase's own unit per second, and p50/p99 latency as stations see it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# Run as a script from any directory: import evserver from this checkout.
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

TENANT = "bench-soap"
STATION_ID = "SOAP-{n:05d}"
ID_TAG = "SOAP-TAG-{n}"
USER_EMAIL = "bench-soap@example.com"
USER_PASSWORD = "Bench!2345"  # a throw-away account in a temporary database
NS = "urn://Ocpp/Cs/2015/10/"
CONTENT_TYPE = "application/soap+xml; charset=utf-8"
METER_VALUES_PER_SESSION = 3
_TRANSACTION_ID = re.compile(rb"transactionId>(\d+)<")


# ---- what stations send ---------------------------------------------------------------------

def envelope(station_id: str, body: str) -> bytes:
    """A 1.6 CentralSystemService request as a station writes it."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
        f'xmlns:a="http://www.w3.org/2005/08/addressing" xmlns:o="{NS}"><s:Header>'
        f"<o:chargeBoxIdentity>{station_id}</o:chargeBoxIdentity>"
        f"<a:MessageID>urn:uuid:{os.urandom(16).hex()}</a:MessageID>"
        "</s:Header><s:Body>" + body + "</s:Body></s:Envelope>").encode()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


BOOT = ("<o:bootNotificationRequest><o:chargePointVendor>Bench</o:chargePointVendor>"
        "<o:chargePointModel>SOAP</o:chargePointModel></o:bootNotificationRequest>")
HEARTBEAT = "<o:heartbeatRequest/>"


def authorize(id_tag: str) -> str:
    return f"<o:authorizeRequest><o:idTag>{id_tag}</o:idTag></o:authorizeRequest>"


def start(id_tag: str, meter_wh: int) -> str:
    return (f"<o:startTransactionRequest><o:connectorId>1</o:connectorId><o:idTag>{id_tag}"
            f"</o:idTag><o:timestamp>{now()}</o:timestamp><o:meterStart>{meter_wh}"
            "</o:meterStart></o:startTransactionRequest>")


def meter_values(transaction_id: int, meter_wh: int) -> str:
    return (f"<o:meterValuesRequest><o:connectorId>1</o:connectorId><o:transactionId>"
            f"{transaction_id}</o:transactionId><o:meterValue><o:timestamp>{now()}"
            f"</o:timestamp><o:sampledValue><o:value>{meter_wh}</o:value><o:unit>Wh</o:unit>"
            "</o:sampledValue><o:sampledValue><o:value>7200</o:value>"
            "<o:measurand>Power.Active.Import</o:measurand><o:unit>W</o:unit></o:sampledValue>"
            "</o:meterValue></o:meterValuesRequest>")


def stop(transaction_id: int, id_tag: str, meter_wh: int) -> str:
    return (f"<o:stopTransactionRequest><o:transactionId>{transaction_id}</o:transactionId>"
            f"<o:idTag>{id_tag}</o:idTag><o:timestamp>{now()}</o:timestamp>"
            f"<o:meterStop>{meter_wh}</o:meterStop></o:stopTransactionRequest>")


# ---- measuring ------------------------------------------------------------------------------

class BenchError(Exception):
    """The server answered something other than a success."""


@dataclass
class PhaseResult:
    """What one phase measured."""

    name: str
    unit: str
    units: int = 0
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    """Per process: CPU seconds per wall second during the phase (1.0 = one core)."""

    def per_second(self, count: int) -> float:
        return count / self.seconds if self.seconds else 0.0

    def percentile_ms(self, q: float) -> float | None:
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


class Station:
    """One simulated OCPP-S station: a sequence of blocking-in-turn SOAP requests."""

    def __init__(self, client: httpx.AsyncClient, url: str, n: int, result: PhaseResult,
                 station_id: str | None = None, id_tag: str | None = None) -> None:
        self.client = client
        self.url = url
        self.station_id = station_id or STATION_ID.format(n=n)
        self.id_tag = id_tag or ID_TAG.format(n=n)
        self.result = result
        self.meter_wh = 0

    async def send(self, body: str) -> bytes:
        started = time.perf_counter()
        response = await self.client.post(self.url, content=envelope(self.station_id, body),
                                          headers={"content-type": CONTENT_TYPE})
        self.result.latencies.append(time.perf_counter() - started)
        self.result.requests += 1
        if response.status_code != 200:
            self.result.errors += 1
            raise BenchError(f"{self.station_id}: HTTP {response.status_code}: "
                             f"{response.text[:300]}")
        return response.content

    async def session(self) -> None:
        await self.send(authorize(self.id_tag))
        reply = await self.send(start(self.id_tag, self.meter_wh))
        found = _TRANSACTION_ID.search(reply)
        if found is None:
            raise BenchError(f"{self.station_id}: no transactionId in {reply[:300]!r}")
        transaction_id = int(found.group(1))
        for _ in range(METER_VALUES_PER_SESSION):
            self.meter_wh += 250
            await self.send(meter_values(transaction_id, self.meter_wh))
        self.meter_wh += 250
        await self.send(stop(transaction_id, self.id_tag, self.meter_wh))


class CpuWatch:
    """CPU time of named processes (this one is the `generator`)."""

    def __init__(self, pids: dict[str, int] | None = None) -> None:
        self.processes = {"generator": psutil.Process()}
        for name, pid in (pids or {}).items():
            self.processes[name] = psutil.Process(pid)

    def seconds(self) -> dict[str, float]:
        out = {}
        for name, process in self.processes.items():
            try:
                times = process.cpu_times()
                out[name] = times.user + times.system
            except psutil.Error:
                out[name] = 0.0
        return out

    def share(self, before: dict[str, float], wall_s: float) -> dict[str, float]:
        after = self.seconds()
        return {name: (after[name] - before.get(name, 0.0)) / wall_s for name in after}


async def _run_for(stations: Sequence[Station], step: str, duration_s: float,
                   result: PhaseResult) -> None:
    deadline = time.perf_counter() + duration_s

    async def loop(station: Station) -> None:
        while time.perf_counter() < deadline:
            if step == "heartbeat":
                await station.send(HEARTBEAT)
            else:
                await station.session()
            result.units += 1

    started = time.perf_counter()
    await asyncio.gather(*(loop(s) for s in stations))
    result.seconds = time.perf_counter() - started


async def soap_phases(url: str, stations: int, *, boots: int = 5, duration_s: float = 10.0,
                      station_ids: Sequence[str] | None = None,
                      id_tags: Sequence[str] | None = None,
                      pids: dict[str, int] | None = None) -> list[PhaseResult]:
    """Run the three phases against `url` (``http://HOST:PORT/ocpp/<tenant>``).

    The stations (``STATION_ID`` numbered from 1 unless `station_ids` names them) must exist
    in the tenant, each with its own badge (``ID_TAG``, or `id_tags`) usable for charging.
    `pids` names processes (``{"server": pid, "database": pid}``) whose CPU is reported.
    """
    watch = CpuWatch(pids)
    limits = httpx.Limits(max_connections=stations, max_keepalive_connections=stations)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        results = [PhaseResult("boots", "boots"), PhaseResult("heartbeats", "heartbeats"),
                   PhaseResult("sessions", "sessions")]

        def fleet(result: PhaseResult) -> list[Station]:
            return [Station(client, url, n + 1, result,
                            station_ids[n] if station_ids else None,
                            id_tags[n] if id_tags else None) for n in range(stations)]

        boot_result, heartbeat_result, session_result = results
        booting = fleet(boot_result)

        async def boot_all(station: Station) -> None:
            for _ in range(boots):
                await station.send(BOOT)
                boot_result.units += 1

        cpu = watch.seconds()
        started = time.perf_counter()
        await asyncio.gather(*(boot_all(s) for s in booting))
        boot_result.seconds = time.perf_counter() - started
        boot_result.cpu = watch.share(cpu, boot_result.seconds)
        for result, step in ((heartbeat_result, "heartbeat"), (session_result, "session")):
            cpu = watch.seconds()
            await _run_for(fleet(result), step, duration_s, result)
            result.cpu = watch.share(cpu, result.seconds)
        return results


def print_table(results: Sequence[PhaseResult], stations: int,
                stored_sessions: int | None = None) -> None:
    """The report: one row per phase."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nOCPP-S (SOAP 1.2, OCPP 1.6), {stations} stations, one request outstanding each; "
          f"{os.cpu_count()} CPUs, load average {load} (other work shares the cores)")
    print(f"{'phase':<11} {'per second':>11} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'requests':>9} {'errors':>7}  CPU (cores)")
    for r in results:
        p50, p99 = r.percentile_ms(0.50), r.percentile_ms(0.99)
        cpu = " ".join(f"{name} {share:.2f}" for name, share in r.cpu.items())
        print(f"{r.name:<11} {r.per_second(r.units):>11,.1f} {r.per_second(r.requests):>11,.1f}"
              f" {p50 or 0:>8.1f} {p99 or 0:>8.1f} {r.requests:>9,} {r.errors:>7}  {cpu}")
    if stored_sessions is not None:
        acknowledged = results[-1].units
        ok = "ok" if stored_sessions >= acknowledged else "MISSING"
        print(f"sessions stored: {stored_sessions:,} for {acknowledged:,} acknowledged ({ok})")


# ---- standalone: database, provisioning, the listener in its own process ----------------------

async def provision(mongo_url: str, stations: int) -> str:
    """Create the tenant, a user, one station and one badge per simulated station."""
    from evserver.auth.users import UserService
    from evserver.charging.badges import BadgeService
    from evserver.charging.stations import StationService
    from evserver.settings.model import StorageSettings
    from evserver.storage.lifecycle import open_storage
    from evserver.tenants.service import TenantService

    async with open_storage(StorageSettings(url=mongo_url)):
        tenant = await TenantService().create(TENANT, "Bench SOAP", registration_policy="reject")
        user = await UserService().create(tenant, USER_EMAIL, USER_PASSWORD, role="Basic")
        service, badges = StationService(), BadgeService()
        for n in range(1, stations + 1):
            await service.add(tenant.id, STATION_ID.format(n=n))
            await badges.create(tenant.id, ID_TAG.format(n=n), user_id=user.id)
        return str(tenant.id)


def stored_sessions(mongo_url: str, tenant_id: str) -> int:
    """Completed sessions of the bench tenant."""
    from pymongo import MongoClient

    from evserver.settings.model import StorageSettings

    client: MongoClient[dict[str, Any]] = MongoClient(mongo_url)
    try:
        database = client[StorageSettings().database]
        return int(database["sessions"].count_documents({"tenant_id": tenant_id,
                                                          "status": "completed"}))
    finally:
        client.close()


async def serve_listener(mongo_url: str, port: int) -> None:
    """Run the OCPP-S listener over `mongo_url` until SIGTERM (the ``--serve`` mode)."""
    from evserver.app import Container
    from evserver.ocpp.soap.server import SoapCentralSystem
    from evserver.settings.loader import load_settings
    from evserver.settings.model import CentralSystemSettings
    from evserver.storage.lifecycle import open_storage

    settings = load_settings(ROOT / "config/evserver.toml", env={
        "EVSERVER_STORAGE__URL": mongo_url,
        "EVSERVER_AUTHORIZATION__POLICY_DIR": str(ROOT / "config/casbin"),
        "EVSERVER_CHARGING_STATION__TEMPLATES_DIR": str(ROOT / "config/station-templates"),
    })
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    async with open_storage(settings.storage) as storage:
        container = Container(settings=settings, storage=storage, jwt_secret="b" * 48)
        listener = SoapCentralSystem(container, CentralSystemSettings(
            implementation="soap", protocol="http", host="127.0.0.1", port=port))
        await listener.start()
        print(f"listening on http://127.0.0.1:{port}/ocpp", flush=True)
        await stopping.wait()
        await listener.stop()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 stations, 5 s per phase")
    parser.add_argument("--stations", type=int, help="concurrent stations (default 50)")
    parser.add_argument("--boots", type=int, default=5, help="BootNotifications per station")
    parser.add_argument("--duration", type=float, help="seconds per timed phase (default 15)")
    parser.add_argument("--url", help="an already running server's http://HOST:PORT/ocpp/TENANT"
                        " (stations and badges provisioned as this script names them)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mongo", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.stations = args.stations or (20 if args.quick else 50)
    args.duration = args.duration or (5.0 if args.quick else 15.0)
    return args


def start_listener(mongo_url: str, port: int, workdir: Path) -> subprocess.Popen[str]:
    """This script in ``--serve`` mode, once it listens."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--mongo", mongo_url, "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True, cwd=workdir)
    try:
        _wait_listening(process)
    except BaseException:
        process.kill()
        raise
    return process


def _wait_listening(process: subprocess.Popen[str], timeout_s: float = 60) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("listening on"):
            return
        if not line and process.poll() is not None:
            raise RuntimeError(f"the OCPP-S listener exited with {process.returncode}")
    raise RuntimeError("the OCPP-S listener did not start")


async def standalone(args: argparse.Namespace, workdir: Path) -> int:
    """Database, provisioning, listener process, phases, report."""
    from evserver.storage.embedded import EmbeddedMongo, free_port

    db = EmbeddedMongo(workdir / "db")
    mongo_url = await asyncio.to_thread(db.start)
    process: subprocess.Popen[str] | None = None
    try:
        tenant_id = await provision(mongo_url, args.stations)
        port = free_port()
        process = await asyncio.to_thread(start_listener, mongo_url, port, workdir)
        print(f"{args.stations} stations, {args.boots} boots each, {args.duration:g} s per "
              "timed phase ...", flush=True)
        pids = {"server": process.pid}
        if db.pid is not None:
            pids["database"] = db.pid
        results = await soap_phases(f"http://127.0.0.1:{port}/ocpp/{TENANT}", args.stations,
                                    boots=args.boots, duration_s=args.duration, pids=pids)
        print_table(results, args.stations, await asyncio.to_thread(stored_sessions, mongo_url,
                                                                    tenant_id))
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(15)
            if process.poll() is None:
                process.kill()
        db.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: standalone bench, bench against `--url`, or the `--serve` child."""
    args = parse_args(argv)
    if args.serve:
        asyncio.run(serve_listener(args.mongo, args.port))
        return 0
    if args.url:
        results = asyncio.run(soap_phases(args.url, args.stations, boots=args.boots,
                                          duration_s=args.duration))
        print_table(results, args.stations)
        return 0
    with tempfile.TemporaryDirectory(prefix="evserver-bench-soap-") as tmp:
        return asyncio.run(standalone(args, Path(tmp)))


if __name__ == "__main__":
    sys.exit(main())
