"""Run a fleet of simulated stations against a central system and print what happened."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence
from typing import Final, TextIO

from evserver.simulator.station import (
    PROTOCOLS,
    Protocol,
    SimulatedStation,
    SimulationStats,
    StationProfile,
)

__all__ = ["connect_fleet", "format_summary", "make_fleet", "run_simulation"]

# New connections per second: 10,000 stations take 20 s instead of stampeding the server.
CONNECT_RATE_PER_S: Final = 500.0
# WebSocket handshakes in flight at once.
CONNECT_CONCURRENCY: Final = 100
PROGRESS_EVERY_S: Final = 10.0


def make_fleet(
    count: int,
    protocol: Protocol,
    stats: SimulationStats,
    *,
    id_prefix: str = "SIM",
    id_tag: str = "DEMO-BADGE-1",
    meter_interval_s: float = 10.0,
    password: str | None = None,
    first: int = 1,
) -> list[SimulatedStation]:
    """`count` stations named ``<id_prefix>-00001`` onwards, sharing `stats`.

    ``{n}`` in `id_tag` is replaced by the station's number (``BADGE-{n}``: ``BADGE-00001``),
    so that each station can charge with its own badge.
    """
    width = max(5, len(str(first + count - 1)))
    return [
        SimulatedStation(StationProfile(
            station_id=f"{id_prefix}-{n:0{width}d}", protocol=protocol,
            id_tag=id_tag.replace("{n}", f"{n:0{width}d}"),
            meter_interval_s=meter_interval_s, password=password,
        ), stats)
        for n in range(first, first + count)
    ]


async def connect_fleet(
    stations: Sequence[SimulatedStation],
    url: str,
    *,
    boot: bool = True,
    rate_per_s: float = CONNECT_RATE_PER_S,
    concurrency: int = CONNECT_CONCURRENCY,
) -> int:
    """Connect (and boot) `stations` gradually; return how many did so successfully.

    At most `rate_per_s` connections start per second and `concurrency` are in progress.
    """
    gate = asyncio.Semaphore(concurrency)
    started = time.monotonic()

    async def bring_up(index: int, station: SimulatedStation) -> bool:
        await asyncio.sleep(max(0.0, started + index / rate_per_s - time.monotonic()))
        async with gate:
            try:
                await station.connect(url)
                if boot:
                    await station.boot()
            except Exception:
                # Counted in the stats; one refused station must not stop the others.
                return False
        return True

    results = await asyncio.gather(*(bring_up(i, s) for i, s in enumerate(stations)))
    return sum(results)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} ms"


def format_summary(stats: SimulationStats, stations: int, elapsed_s: float) -> str:
    """A human-readable summary of a simulation run."""
    rate = stats.calls_sent / elapsed_s if elapsed_s > 0 else 0.0
    return "\n".join([
        f"  connected   {stats.connected}/{stations} now, {stats.connections_opened} "
        f"connections opened (accepted {stats.accepted}, pending {stats.pending}, "
        f"rejected {stats.rejected})",
        f"  calls sent  {stats.calls_sent} ({rate:.1f}/s), "
        f"{stats.commands_answered} server commands answered",
        f"  errors      {stats.call_errors} CALLERROR, {stats.timeouts} timeouts, "
        f"{stats.connect_failures} failed connections, {stats.disconnects} disconnects",
        f"  latency     p50 {_ms(stats.percentile_ms(50))}  p95 {_ms(stats.percentile_ms(95))}"
        f"  p99 {_ms(stats.percentile_ms(99))}",
    ])


async def _report_progress(stats: SimulationStats, started: float, out: TextIO) -> None:
    last_calls, last_at = 0, started
    while True:
        await asyncio.sleep(PROGRESS_EVERY_S)
        now = time.monotonic()
        rate = (stats.calls_sent - last_calls) / (now - last_at)
        last_calls, last_at = stats.calls_sent, now
        print(f"  [{now - started:5.0f} s] connected {stats.connected}, "
              f"{stats.calls_sent} calls ({rate:.0f}/s), "
              f"{stats.call_errors + stats.timeouts} errors", file=out, flush=True)


async def run_simulation(
    url: str,
    stations: int,
    protocol: str,
    duration_s: float,
    *,
    id_prefix: str = "SIM",
    id_tag: str = "DEMO-BADGE-1",
    meter_interval_s: float = 10.0,
    password: str | None = None,
) -> int:
    """Run `stations` simulated stations against `url` for `duration_s` s and print a summary.

    Each station connects to ``<url>/<id_prefix>-NNNNN``, boots, heartbeats, and charges with
    idTag `id_tag` (``{n}`` in it stands for the station's number, for one badge per
    station), sending meter values every `meter_interval_s` s. Returns the exit code:
    0 when every station connected at least once, 1 otherwise, 2 on bad arguments.
    """
    out = sys.stdout
    if protocol not in PROTOCOLS:
        print(f"error: protocol must be one of {', '.join(PROTOCOLS)}", file=sys.stderr)
        return 2
    if stations < 1 or duration_s <= 0 or meter_interval_s <= 0:
        print("error: stations, duration and meter interval must be positive", file=sys.stderr)
        return 2
    stats = SimulationStats()
    fleet = make_fleet(stations, protocol, stats, id_prefix=id_prefix,
                       id_tag=id_tag, meter_interval_s=meter_interval_s, password=password)
    print(f"simulating {stations} station(s) ({protocol}) against {url} for {duration_s:g} s",
          file=out, flush=True)
    started = time.monotonic()
    until = started + duration_s

    async def live(index: int, station: SimulatedStation) -> None:
        await asyncio.sleep(index / CONNECT_RATE_PER_S)
        await station.run(url, until=until)

    progress = asyncio.create_task(_report_progress(stats, started, out))
    try:
        await asyncio.gather(*(live(i, s) for i, s in enumerate(fleet)))
    finally:
        progress.cancel()
    elapsed = time.monotonic() - started
    reached = sum(1 for s in fleet if s.connection_count)
    print(f"done in {elapsed:.1f} s; {reached}/{stations} station(s) connected at least once",
          file=out)
    print(format_summary(stats, stations, elapsed), file=out, flush=True)
    return 0 if reached == stations else 1
