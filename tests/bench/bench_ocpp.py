"""OCPP-J benchmark: evserver against the `ocpp` package's storage-less example central system.

Run with ``make bench-ocpp`` (or ``.venv/bin/python tests/bench/bench_ocpp.py [--quick]``).

1. Starts an embedded database and ``python -m evserver serve`` on free ports, with a tenant
   ``bench`` whose registration policy is "pending", a user, a badge and pre-registered
   throughput stations.
2. Idle connections: N stations connect and boot (Pending), then idle. Reports connections
   held (client and server side), the server's RSS per connection and the database's RSS.
3. MeterValues: M stations (one badge each) run a session and send MeterValues, one CALL
   outstanding per station, in two windows of D seconds after a warm-up each: back to back
   (closed loop: the highest rate the server sustains) and paced at 1,000 CALLs/s in total
   (latency at the target load). Reports CALLs/s, p50/p95/p99 latency as the stations see
   it, the CPU of every process, and checks that the database holds the samples of every
   acknowledged MeterValues.
4. The same phase 3 against ``tests/bench/ocpp_example_server.py``, and the ratio of the
   closed-loop rates.

This process is the load generator; the servers run in their own processes. On a 2-core
machine the server, the database and the generator share the cores: the report says when the
generator itself was the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import platform
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# Run as a script from any directory: import evserver from this checkout.
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

# The SOAP phases live beside this script (run as `python tests/bench/bench_ocpp.py`).
from bench_soap import ID_TAG as SOAP_ID_TAG  # noqa: E402
from bench_soap import STATION_ID as SOAP_STATION_ID  # noqa: E402
from bench_soap import print_table as print_soap_table  # noqa: E402
from bench_soap import soap_phases  # noqa: E402
from pymongo import MongoClient  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402
from websockets.exceptions import InvalidHandshake  # noqa: E402
from websockets.typing import Subprotocol  # noqa: E402

from evserver.simulator import (  # noqa: E402
    CallFailed,
    CallTimeout,
    SimulatedStation,
    SimulationStats,
    connect_fleet,
    make_fleet,
)
from evserver.storage.embedded import EmbeddedMongo, free_port  # noqa: E402

TENANT = "bench"
# One badge per station: a badge may be in only one transaction at a time.
ID_TAG = "BENCH-TAG-{n}"
USER_EMAIL = "bench@example.com"
USER_PASSWORD = "Bench!2345"  # a throw-away account in a temporary database
THROUGHPUT_PREFIX = "BENCH"
IDLE_PREFIX = "SIM"

TARGET_IDLE = 10_000
TARGET_RSS_BYTES = 1 << 30
TARGET_RATE = 1_000.0
TARGET_P99_MS = 100.0
TARGET_RATIO = 0.5
# Above this share of one core the generator, not the server, may be what limits the rate.
GENERATOR_SATURATED = 0.9


# -- measurements -------------------------------------------------------------------------------


@dataclass
class CpuSnapshot:
    """CPU seconds of some processes at one instant."""

    at: float
    seconds: dict[str, float]


class Watch:
    """Named processes to sample for CPU time and RSS; a vanished process reads as zero."""

    def __init__(self) -> None:
        self.processes: dict[str, psutil.Process] = {"generator": psutil.Process()}

    def add(self, name: str, pid: int | None) -> None:
        if pid is not None:
            self.processes[name] = psutil.Process(pid)

    def cpu(self) -> CpuSnapshot:
        seconds = {}
        for name, process in self.processes.items():
            try:
                times = process.cpu_times()
                seconds[name] = times.user + times.system
            except psutil.Error:
                seconds[name] = 0.0
        return CpuSnapshot(time.perf_counter(), seconds)

    def rss(self, name: str) -> int:
        try:
            return int(self.processes[name].memory_info().rss)
        except (KeyError, psutil.Error):
            return 0

    def established(self, name: str, port: int) -> int:
        """TCP connections of process `name` established on local `port`."""
        try:
            conns = self.processes[name].net_connections(kind="tcp")
        except (KeyError, psutil.Error):
            return -1
        return sum(1 for c in conns if c.laddr and c.laddr.port == port
                   and c.status == psutil.CONN_ESTABLISHED)


def cpu_share(before: CpuSnapshot, after: CpuSnapshot) -> dict[str, float]:
    """Per process: CPU seconds used per wall second between two snapshots (1.0 = one core)."""
    wall = after.at - before.at
    return {name: (after.seconds[name] - before.seconds.get(name, 0.0)) / wall
            for name in after.seconds}


def percentile_ms(ordered: Sequence[float], q: float) -> float | None:
    """The `q`-th percentile of sorted latencies in seconds, in milliseconds."""
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))] * 1000


@dataclass
class IdleResult:
    """Phase 2: many idle connections."""

    requested: int
    booted: int = 0
    held: int = 0
    server_established: int = -1
    accepted: int = 0
    pending: int = 0
    connect_s: float = 0.0
    failures: int = 0
    server_rss_before: int = 0
    server_rss_after: int = 0
    db_rss: int = 0

    @property
    def rss_per_connection(self) -> float:
        return (self.server_rss_after - self.server_rss_before) / max(1, self.held)


@dataclass
class ThroughputResult:
    """One measured window of MeterValues CALLs."""

    stations: int
    calls: int = 0
    seconds: float = 0.0
    errors: int = 0
    timeouts: int = 0
    latencies_ms: dict[int, float | None] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    machine_cpu: float = 0.0

    @property
    def rate(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0


# -- processes under test -----------------------------------------------------------------------


def wait_for_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout_s: float) -> None:
    """Poll `url` until it answers 200; fail early if `process` exits."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{tail(log)}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {timeout_s:.0f} s:\n{tail(log)}")


async def websocket_answers(url: str, timeout_s: float) -> bool:
    """True once an OCPP-J handshake on `url` gets any HTTP answer (101 or a refusal)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            async with connect(url, subprotocols=[Subprotocol("ocpp1.6")], open_timeout=3,
                               compression=None, proxy=None):
                return True
        except InvalidHandshake:
            return True
        except (OSError, TimeoutError):
            await asyncio.sleep(0.5)
    return False


def tail(path: Path, lines: int = 20) -> str:
    """The last lines of a log file."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def terminate(process: subprocess.Popen[bytes], timeout_s: float = 15) -> bool:
    """SIGTERM, then SIGKILL if the process does not stop in time; True if it was killed."""
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return True
    return False


class EvserverUnderTest:
    """`evserver serve` on free ports over an embedded database in a temporary directory."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.db = EmbeddedMongo(workdir / "db")
        self.rest_port = free_port()
        self.ocpp_port = free_port()
        self.soap_port = free_port()
        self.log = workdir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.killed = False
        self.mongo_url = ""

    @property
    def ocpp_url(self) -> str:
        return f"ws://127.0.0.1:{self.ocpp_port}/ocpp/{TENANT}"

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("EVSERVER_")}
        env.update({
            "EVSERVER_CONFIG": str(ROOT / "config/evserver.toml"),
            "EVSERVER_REST__HOST": "127.0.0.1",
            "EVSERVER_REST__PORT": str(self.rest_port),
            "EVSERVER_REST__JWT_SECRET_FILE": str(self.workdir / "jwt-secret"),
            "EVSERVER_CENTRAL_SYSTEMS__0__HOST": "127.0.0.1",
            "EVSERVER_CENTRAL_SYSTEMS__0__PORT": str(self.ocpp_port),
            "EVSERVER_CENTRAL_SYSTEMS__1__HOST": "127.0.0.1",
            "EVSERVER_CENTRAL_SYSTEMS__1__PORT": str(self.soap_port),
            "EVSERVER_STORAGE__URL": self.mongo_url,
            "EVSERVER_STORAGE__EMBEDDED_DATA_DIR": str(self.workdir / "unused-db"),
            "EVSERVER_CHARGING_STATION__TEMPLATES_DIR": str(ROOT / "config/station-templates"),
            "EVSERVER_AUTHORIZATION__POLICY_DIR": str(ROOT / "config/casbin"),
            "EVSERVER_FIRST_START__DEMO_DATA": "false",
            "EVSERVER_LOGGING__LEVEL": "WARNING",
        })
        return env

    def start(self) -> None:
        self.mongo_url = self.db.start()
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "evserver", "serve"], cwd=self.workdir,
                env=self.environment(), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            )
        wait_for_http(f"http://127.0.0.1:{self.rest_port}/health", self.process, self.log, 60)

    def stop(self) -> None:
        if self.process is not None:
            self.killed = terminate(self.process)
        self.db.stop()


class ExampleUnderTest:
    """The `ocpp` package's example central system in its own process."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.log = workdir / "ocpp-example.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(ROOT / "tests/bench/ocpp_example_server.py"),
                 "--port", str(self.port)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ocpp example exited:\n{tail(self.log)}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port),
                                                                        timeout=1):
                return
            time.sleep(0.1)
        raise RuntimeError(f"ocpp example did not listen:\n{tail(self.log)}")

    def stop(self) -> None:
        if self.process is not None:
            terminate(self.process)


async def provision(mongo_url: str, throughput_stations: int, soap_stations: int = 0) -> str:
    """Create the bench tenant, its user and badge, and the throughput stations; return its id."""
    from evserver.auth.users import UserService
    from evserver.charging.badges import BadgeService
    from evserver.charging.stations import StationService
    from evserver.settings.model import StorageSettings
    from evserver.storage.lifecycle import open_storage
    from evserver.tenants.service import TenantService

    async with open_storage(StorageSettings(url=mongo_url)):
        tenant = await TenantService().create(TENANT, "Bench", registration_policy="pending")
        user = await UserService().create(tenant, USER_EMAIL, USER_PASSWORD, role="Basic")
        service = StationService()
        for station in make_fleet(throughput_stations, "ocpp1.6", SimulationStats(),
                                  id_prefix=THROUGHPUT_PREFIX, id_tag=ID_TAG):
            await service.add(tenant.id, station.profile.station_id)
            await BadgeService().create(tenant.id, station.profile.id_tag, user_id=user.id)
        for n in range(1, soap_stations + 1):
            await service.add(tenant.id, SOAP_STATION_ID.format(n=n))
            await BadgeService().create(tenant.id, SOAP_ID_TAG.format(n=n), user_id=user.id)
        return str(tenant.id)


def stored_samples(mongo_url: str, tenant_id: str) -> int:
    """Meter samples of the throughput stations in the database."""
    client: MongoClient[dict[str, Any]] = MongoClient(mongo_url)
    try:
        return client["evserver"]["meter_samples"].count_documents(
            {"tenant_id": tenant_id, "station_id": {"$regex": f"^{THROUGHPUT_PREFIX}-"}})
    finally:
        client.close()


# -- phases -------------------------------------------------------------------------------------


async def close_all(fleet: Sequence[SimulatedStation]) -> None:
    """Close every station's connection, a thousand at a time."""
    for start in range(0, len(fleet), 1000):
        await asyncio.gather(*(s.close() for s in fleet[start:start + 1000]),
                             return_exceptions=True)


async def idle_phase(url: str, count: int, hold_s: float, args: argparse.Namespace,
                     watch: Watch, port: int) -> IdleResult:
    """Connect and boot `count` stations, hold them for `hold_s`, and measure memory."""
    result = IdleResult(requested=count)
    stats = SimulationStats()
    fleet = make_fleet(count, "ocpp1.6", stats, id_prefix=IDLE_PREFIX)
    gc.collect()
    result.server_rss_before = watch.rss("server")
    started = time.monotonic()
    result.booted = await connect_fleet(fleet, url, rate_per_s=args.connect_rate,
                                        concurrency=args.connect_concurrency)
    result.connect_s = time.monotonic() - started
    print(f"  {result.booted}/{count} connected and booted in {result.connect_s:.1f} s; "
          f"holding {hold_s:g} s", flush=True)
    await asyncio.sleep(hold_s)
    result.held = stats.connected
    result.server_established = watch.established("server", port)
    result.server_rss_after = watch.rss("server")
    result.db_rss = watch.rss("database")
    result.accepted, result.pending = stats.accepted, stats.pending
    result.failures = stats.connect_failures + stats.call_errors + stats.timeouts
    await close_all(fleet)
    return result


@dataclass
class MeterValuesResult:
    """Phase 3: both windows, plus what the database holds afterwards."""

    closed: ThroughputResult
    paced: ThroughputResult
    acked: int = 0
    stored_samples: int | None = None


async def meter_values_phase(url: str, count: int, args: argparse.Namespace,
                             watch: Watch) -> MeterValuesResult | None:
    """`count` stations charge and send MeterValues: back to back, then paced at the target.

    The closed loop (one CALL outstanding per station, no pause) finds the highest rate the
    server sustains; latency there is mostly queueing (Little's law: stations / rate). The
    paced window offers `args.paced_rate` CALLs/s in total and measures latency at that load.
    """
    stats = SimulationStats()
    fleet = make_fleet(count, "ocpp1.6", stats, id_prefix=THROUGHPUT_PREFIX, id_tag=ID_TAG,
                       meter_interval_s=0.0)
    await connect_fleet(fleet, url)
    up = [s for s in fleet if s.connected and s.registration == "Accepted"]
    started = await asyncio.gather(*(s.start_transaction(1) for s in up), return_exceptions=True)
    charging = [s for s, ok in zip(up, started, strict=True) if ok is True]
    print(f"  {len(up)}/{count} accepted, {len(charging)} charging", flush=True)
    if not charging:
        await close_all(fleet)
        return None
    acked = [0]
    # Long-lived objects out of the collector's way: fewer pauses inflating the latencies.
    gc.collect()
    gc.freeze()
    try:
        print(f"  closed loop: {args.warmup:g} s warm-up, {args.duration:g} s measured",
              flush=True)
        closed = await _window(charging, stats, watch, args, None, acked)
        print(f"  paced at {args.paced_rate:,.0f}/s: {args.warmup:g} s warm-up, "
              f"{args.duration:g} s measured", flush=True)
        paced = await _window(charging, stats, watch, args, len(charging) / args.paced_rate,
                              acked)
    finally:
        gc.unfreeze()
    await asyncio.gather(*(s.stop_transaction(1) for s in charging), return_exceptions=True)
    await close_all(fleet)
    return MeterValuesResult(closed, paced, acked=acked[0])


async def _window(charging: Sequence[SimulatedStation], stats: SimulationStats, watch: Watch,
                  args: argparse.Namespace, period_s: float | None,
                  acked: list[int]) -> ThroughputResult:
    """Run the pumps through a warm-up and a measured window (`period_s` None: no pause)."""
    result = ThroughputResult(stations=len(charging))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    origin = loop.time()

    async def pump(index: int, station: SimulatedStation) -> None:
        # Paced stations are spread evenly over the period, not all on the same tick.
        next_at = origin + (period_s * index / len(charging) if period_s else 0.0)
        while not stop.is_set():
            if period_s is not None:
                now = loop.time()
                if next_at > now:
                    await asyncio.sleep(next_at - now)
                elif now - next_at > period_s:
                    # Behind schedule: skip the missed ticks rather than burst to catch up,
                    # so the rate measured is what the server sustains, never above the offer.
                    next_at = now
                next_at += period_s
            try:
                await station.send_meter_values(1)
                acked[0] += 1
            except (CallFailed, CallTimeout):
                continue
            except ConnectionError:
                return

    pumps = [asyncio.create_task(pump(i, s)) for i, s in enumerate(charging)]
    await asyncio.sleep(args.warmup)
    stats.reset_calls()
    psutil.cpu_percent()
    before = watch.cpu()
    await asyncio.sleep(args.duration)
    after = watch.cpu()
    result.machine_cpu = psutil.cpu_percent() / 100 * (psutil.cpu_count() or 1)
    result.calls = stats.latency_count
    result.seconds = after.at - before.at
    result.errors, result.timeouts = stats.call_errors, stats.timeouts
    ordered = sorted(stats.latencies_s)
    result.latencies_ms = {q: percentile_ms(ordered, q) for q in (50, 95, 99)}
    result.cpu = cpu_share(before, after)
    stop.set()
    await asyncio.gather(*pumps)
    return result


# -- report -------------------------------------------------------------------------------------


def mib(n: float) -> str:
    return f"{n / (1 << 20):,.0f} MiB"


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} ms"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "FAIL")


HEADER = ("figure", "evserver", "ocpp example", "target", "")


def print_report(idle: IdleResult | None, ours: MeterValuesResult | None,
                 base: MeterValuesResult | None, base_idle: IdleResult | None,
                 args: argparse.Namespace) -> None:
    """The table of figures, evserver and the ocpp example side by side, with the targets."""
    rows: list[tuple[str, str, str, str, str]] = []

    def row(figure: str, ev: str = "", ex: str = "", target: str = "",
            ok: bool | None = None) -> None:
        rows.append((figure, ev, ex, target, verdict(ok)))

    def both(a: Any, b: Any, fmt: Any, empty: str = "-") -> tuple[str, str]:
        return (fmt(a) if a else empty, fmt(b) if b else empty)

    if idle or base_idle:
        a, b = idle, base_idle
        # A quick run holds fewer than the target: then every connection asked for must hold.
        wanted = min(TARGET_IDLE, args.idle_stations)
        row("idle connections held",
            *both(a, b, lambda r: f"{r.held:,}/{r.requested:,}"),
            f">= {TARGET_IDLE:,}" if wanted == TARGET_IDLE else f"all (full run: {TARGET_IDLE:,})",
            a.held >= wanted if a else None)
        if a:
            row("  seen by the server (ESTABLISHED)", f"{a.server_established:,}")
            row("  BootNotification answered", f"{a.booted:,}")
            row("    Accepted / Pending", f"{a.accepted:,} / {a.pending:,}")
            row("  failed connects, CALLERRORs, timeouts", f"{a.failures:,}")
        row("  connect + boot time", *both(a, b, lambda r: f"{r.connect_s:.1f} s"))
        row("server RSS with them", *both(a, b, lambda r: mib(r.server_rss_after)),
            "< 1 GiB", a.server_rss_after < TARGET_RSS_BYTES if a else None)
        row("  RSS per connection (delta)",
            *both(a, b, lambda r: f"{r.rss_per_connection / 1024:.1f} KiB"))
        if a:
            row("  database process RSS (separate)", mib(a.db_rss))
    windows = (("closed loop", lambda r: r.closed),
               (f"paced at {args.paced_rate:,.0f}/s", lambda r: r.paced))
    for title, pick in windows:
        if not (ours or base):
            break
        o = pick(ours) if ours else None
        b = pick(base) if base else None
        stations = (o or b).stations
        paced = title.startswith("paced")
        target_rate = TARGET_RATE * 0.99 if paced else TARGET_RATE
        row(f"MeterValues {title}, {stations} stations: CALLs/s",
            *both(o, b, lambda r: f"{r.rate:,.0f}"),
            f">= {TARGET_RATE:,.0f}" + (" (-1 %)" if paced else ""),
            o.rate >= target_rate if o else None)
        for q in (50, 95, 99):
            check = paced and q == 99 and o is not None
            value = o.latencies_ms.get(q) if o else None
            row(f"  p{q} CALL latency", *both(o, b, lambda r, q=q: ms(r.latencies_ms.get(q))),
                f"< {TARGET_P99_MS:.0f} ms" if check else "",
                (value is not None and value < TARGET_P99_MS) if check else None)
        row("  CALLERRORs / timeouts", *both(o, b, lambda r: f"{r.errors} / {r.timeouts}"))
        for proc in ("server", "database", "generator"):
            row(f"  {proc} CPU (1.0 = one core)",
                *both(o, b, lambda r, p=proc: f"{r.cpu[p]:.2f}" if p in r.cpu else "-"))
        row("  machine CPU (cores busy)", *both(o, b, lambda r: f"{r.machine_cpu:.2f}"),
            f"of {psutil.cpu_count()}")
        row("  of which other processes", *both(
            o, b, lambda r: f"{max(0.0, r.machine_cpu - sum(r.cpu.values())):.2f}"))
    if ours and ours.stored_samples is not None:
        expected = 3 * ours.acked
        row("samples stored / acknowledged MeterValues x3",
            f"{ours.stored_samples:,} / {expected:,}", "", "all stored",
            ours.stored_samples >= expected)
    if ours and base and base.closed.rate:
        ratio = ours.closed.rate / base.closed.rate
        row("throughput evserver / ocpp example (closed loop)", f"{ratio:.2f}", "",
            f">= {TARGET_RATIO}", ratio >= TARGET_RATIO)

    widths = [max(len(r[i]) for r in [*rows, HEADER]) for i in range(5)]
    print()
    print(f"OCPP-J benchmark on {psutil.cpu_count()} cores, Python "
          f"{platform.python_version()}, {'quick' if args.quick else 'full'} run; each "
          f"window measured {args.duration:g} s after {args.warmup:g} s warm-up")
    for r in [HEADER, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    for label, result in (("evserver", ours), ("ocpp example", base)):
        if result is None:
            continue
        for window in (result.closed, result.paced):
            if window.cpu.get("generator", 0) >= GENERATOR_SATURATED:
                print(f"note: the load generator used {window.cpu['generator']:.2f} of a core "
                      f"against {label}: it may be the bottleneck, so that rate is a lower "
                      "bound.")
    if ours and ours.closed.machine_cpu >= 0.9 * (psutil.cpu_count() or 1):
        print("note: every core was busy in the evserver closed loop (server, database and "
              "generator share them): the server alone would have more room.")


# -- main ---------------------------------------------------------------------------------------


def raise_file_limit(needed: int) -> int:
    """Raise this process's open-file limit (inherited by the servers); return the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    if wanted > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        soft = wanted
    return soft


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="2,000 idle connections, 2 s warm-up, 10 s measurement")
    parser.add_argument("--idle-stations", type=int, help="idle connections (default 10,000)")
    parser.add_argument("--idle-hold", type=float, default=10.0,
                        help="seconds to hold the idle connections before measuring")
    parser.add_argument("--stations", type=int, default=200,
                        help="stations sending MeterValues back to back")
    parser.add_argument("--warmup", type=float, help="seconds before measuring (default 5)")
    parser.add_argument("--duration", type=float, help="seconds measured (default 30)")
    parser.add_argument("--paced-rate", type=float, default=TARGET_RATE,
                        help="total MeterValues CALLs/s offered in the paced window")
    parser.add_argument("--connect-rate", type=float, default=500.0,
                        help="new connections per second")
    parser.add_argument("--connect-concurrency", type=int, default=100,
                        help="WebSocket handshakes in flight at once")
    parser.add_argument("--workdir", help="keep the database and logs here (default: a "
                        "temporary directory, removed at the end)")
    parser.add_argument("--skip-evserver", action="store_true")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--soap-stations", type=int, default=50,
                        help="OCPP-S stations for the SOAP phases (0 skips them)")
    parser.add_argument("--baseline-idle", action="store_true",
                        help="also hold the idle connections against the ocpp example")
    args = parser.parse_args(argv)
    if args.idle_stations is None:
        args.idle_stations = 2_000 if args.quick else TARGET_IDLE
    if args.warmup is None:
        args.warmup = 2.0 if args.quick else 5.0
    if args.duration is None:
        args.duration = 10.0 if args.quick else 30.0
    return args


async def bench(args: argparse.Namespace, workdir: Path) -> int:
    """Run the phases and print the report; return the exit code."""
    idle = ours = base = base_idle = None
    soap_results: list[Any] = []
    limit = raise_file_limit(args.idle_stations + args.stations + 1_000)
    if args.idle_stations + 500 > limit:
        args.idle_stations = max(0, limit - 500)
        print(f"warning: open-file limit {limit}: idle connections capped at "
              f"{args.idle_stations}", flush=True)

    if not args.skip_evserver:
        server = EvserverUnderTest(workdir)
        print("starting evserver (embedded database) ...", flush=True)
        try:
            server.start()
            assert server.process is not None
            tenant_id = await provision(server.mongo_url, args.stations, args.soap_stations)
            if not await websocket_answers(f"{server.ocpp_url}/{THROUGHPUT_PREFIX}-PROBE", 20):
                print("evserver: the OCPP-J listener does not answer; evserver phases skipped",
                      flush=True)
            else:
                watch = Watch()
                watch.add("server", server.process.pid)
                watch.add("database", server.db.pid)
                print(f"phase 2: {args.idle_stations:,} idle connections to evserver",
                      flush=True)
                idle = await idle_phase(server.ocpp_url, args.idle_stations, args.idle_hold,
                                        args, watch, server.ocpp_port)
                print(f"phase 3: MeterValues from {args.stations} stations to evserver",
                      flush=True)
                ours = await meter_values_phase(server.ocpp_url, args.stations, args, watch)
                if ours is not None:
                    ours.stored_samples = await asyncio.to_thread(
                        stored_samples, server.mongo_url, tenant_id)
            if args.soap_stations:
                print(f"phase 5: OCPP-S boots, heartbeats and sessions from "
                      f"{args.soap_stations} SOAP stations", flush=True)
                soap_results = await soap_phases(
                    f"http://127.0.0.1:{server.soap_port}/ocpp/{TENANT}", args.soap_stations,
                    pids={"server": server.process.pid, "database": server.db.pid or 0})
        finally:
            server.stop()
        if server.killed:
            print("evserver did not stop within 15 s of SIGTERM and was killed", flush=True)
        elif server.process is not None and server.process.returncode not in (0, None):
            print(f"evserver exited with {server.process.returncode}; log tail:\n"
                  f"{tail(server.log)}", flush=True)
        if args.workdir:
            print(f"evserver log: {server.log}", flush=True)

    if not args.skip_baseline:
        example = ExampleUnderTest(workdir)
        print("starting the ocpp example central system ...", flush=True)
        try:
            example.start()
            assert example.process is not None
            watch = Watch()
            watch.add("server", example.process.pid)
            if args.baseline_idle:
                print(f"phase 2: {args.idle_stations:,} idle connections to the ocpp example",
                      flush=True)
                base_idle = await idle_phase(example.url, args.idle_stations, args.idle_hold,
                                             args, watch, example.port)
            print(f"phase 4: MeterValues from {args.stations} stations to the ocpp example",
                  flush=True)
            base = await meter_values_phase(example.url, args.stations, args, watch)
        finally:
            example.stop()

    print_report(idle, ours, base, base_idle, args)
    if soap_results:
        print_soap_table(soap_results, args.soap_stations)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `make bench-ocpp`."""
    args = parse_args(argv)
    if args.workdir:
        workdir = Path(args.workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        return asyncio.run(bench(args, workdir))
    with tempfile.TemporaryDirectory(prefix="evserver-bench-") as tmp:
        return asyncio.run(bench(args, Path(tmp)))


if __name__ == "__main__":
    sys.exit(main())
