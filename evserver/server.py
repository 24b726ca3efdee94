"""`evserver serve`: every listener of the process in one event loop, and a clean shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import socket
import sys
from collections.abc import Generator
from typing import TextIO

import uvicorn

from evserver.app import Container, create_app
from evserver.cluster.command_relay import relayed_commands
from evserver.cluster.event_bridge import ClusterUnavailable, bridged_events
from evserver.core.errors import StorageUnavailable
from evserver.first_start import FirstStartReport, ensure_first_start
from evserver.jobs.runner import JobRunner, forget_own_connections
from evserver.listeners import Listener, build_listeners
from evserver.settings.model import Settings
from evserver.settings.secrets import resolve_jwt_secret
from evserver.storage.embedded import EmbeddedServerError
from evserver.storage.lifecycle import open_storage
from evserver.storage.log_sink import LogSink

logger = logging.getLogger(__name__)

SHUTDOWN_GRACE_S = 8.0


class StartupError(Exception):
    """The server cannot start; the message says why in one line."""


class _Uvicorn(uvicorn.Server):
    # The process owns the signals (one handler stops every listener, then the database).
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def bind(host: str, port: int, what: str) -> socket.socket:
    """Bind a listening TCP socket now, so a taken port fails fast with a clear message."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
    # listening socket says it is TCP; without it small replies wait ~40 ms for delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise StartupError(f"{what}: cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(1024)
    sock.setblocking(False)
    return sock


def display_host(host: str) -> str:
    """A host name to print in URLs (`0.0.0.0` means this machine)."""
    return "localhost" if host in ("0.0.0.0", "::", "") else host


def print_banner(settings: Settings, report: FirstStartReport, out: TextIO) -> None:
    """Tell whoever started the server where everything is and how to log in."""
    rest = settings.rest
    base = f"http://{display_host(rest.host)}:{rest.port}"
    lines = ["", "evserver is running", f"  REST API      {base}/api/v1",
             f"  API docs      {base}/api/docs", f"  health        {base}/health"]
    for cs in settings.central_systems:
        url = f"{cs.protocol}://{display_host(cs.host)}:{cs.port}/ocpp/<tenant>"
        label = "OCPP-J" if cs.implementation == "json" else "OCPP-S"
        suffix = "/<station-id>" if cs.implementation == "json" else ""
        lines.append(f"  {label:<13} {url}{suffix}")
    if report.demo_station:
        cs_json = next((c for c in settings.central_systems if c.implementation == "json"), None)
        if cs_json:
            lines.append(f"  demo station  {cs_json.protocol}://{display_host(cs_json.host)}:"
                         f"{cs_json.port}/ocpp/demo/{report.demo_station}")
    lines.append("")
    for login in report.logins:
        secret = login.password if login.password else "(shown at first start only)"
        lines.append(f"  login  tenant={login.tenant}  e-mail={login.email}  "
                     f"role={login.role}  password={secret}")
    if report.created and any(login.password for login in report.logins):
        lines.append("  These passwords are shown once: note them now.")
    lines.append("")
    out.write("\n".join(lines) + "\n")
    out.flush()


async def serve(settings: Settings, *, out: TextIO = sys.stdout) -> int:
    """Run until SIGTERM or SIGINT; return the process exit code."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    rest_sock = bind(settings.rest.host, settings.rest.port, "rest")
    ocpp_socks: list[socket.socket] = []
    try:
        for index, cs in enumerate(settings.central_systems):
            ocpp_socks.append(bind(cs.host, cs.port, f"central_systems.{index}"))
        jwt_secret = resolve_jwt_secret(settings)
        try:
            async with open_storage(settings.storage) as storage:
                report = await ensure_first_start(settings.first_start)
                container = Container(settings=settings, storage=storage, jwt_secret=jwt_secret,
                                      node_id=settings.cluster.node_id or socket.gethostname())
                redis_url = settings.cluster.redis_url
                try:
                    async with bridged_events(container.bus, redis_url, container.node_id), \
                            relayed_commands(container.gateway, redis_url, container.node_id):
                        await _run_listeners(container, rest_sock, ocpp_socks, stop, report,
                                             out)
                except ClusterUnavailable as exc:
                    raise StartupError(f"cluster: {exc}") from None
        except (StorageUnavailable, EmbeddedServerError) as exc:
            raise StartupError(f"storage: {exc}") from None
    finally:
        rest_sock.close()
        for sock in ocpp_socks:
            sock.close()
    return 0


async def _run_listeners(container: Container, rest_sock: socket.socket,
                         ocpp_socks: list[socket.socket], stop: asyncio.Event,
                         report: FirstStartReport, out: TextIO) -> None:
    settings = container.settings
    listeners = build_listeners(container)
    jobs = JobRunner(container)
    log_sink = LogSink()
    log_sink.start()
    await forget_own_connections(container.node_id)
    # The events socket ignores what clients send: a small frame limit costs nothing.
    config = uvicorn.Config(create_app(container), log_config=None, access_log=False,
                            lifespan="on", timeout_graceful_shutdown=5, ws_max_size=65536)
    http = _Uvicorn(config)
    http_task = asyncio.create_task(http.serve(sockets=[rest_sock]), name="http")
    # uvicorn exposes start-up only as a flag, so poll it briefly.
    while not http.started and not http_task.done():  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    if http_task.done():
        http_task.result()
        raise StartupError("rest: the HTTP server stopped during start-up")
    started: list[Listener] = []
    try:
        by_address = {sock.getsockname()[:2]: sock for sock in ocpp_socks}
        for listener in listeners:
            cs = listener.settings
            sock = next(s for (host, port), s in by_address.items()
                        if port == cs.port and (host == cs.host or cs.host in ("0.0.0.0", "::")))
            await listener.start(sock)
            started.append(listener)
        jobs.start()
    except BaseException:
        http.should_exit = True
        for listener in started:
            await listener.stop()
        raise
    # Long-lived objects (settings, policy, caches, connections) are moved out of the cyclic
    # collector's sight, and young-generation collections run less often: full collections
    # over tens of thousands of connection objects otherwise stall every station at once.
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    print_banner(settings, report, out)
    logger.info("server started", extra={"node": container.node_id})

    stop_task = asyncio.create_task(stop.wait(), name="stop")
    await asyncio.wait({http_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
    logger.info("shutting down")
    container.event_stream.close_all()
    await jobs.stop()
    for listener in started:
        try:
            await asyncio.wait_for(listener.stop(), SHUTDOWN_GRACE_S / 2)
        except TimeoutError:
            logger.warning("listener did not stop in time")
    await container.sessions.close()
    await log_sink.stop()
    http.should_exit = True
    try:
        await asyncio.wait_for(asyncio.shield(http_task), SHUTDOWN_GRACE_S)
    except TimeoutError:
        http_task.cancel()
    stop_task.cancel()
