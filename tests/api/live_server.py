"""`evserver serve` as a child process, with the logins its first start prints."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support import server_env, wait_http

SUPERADMIN_PASSWORD = "Fuzz-and-bench-1!"
_LOGIN_RE = re.compile(r"login  tenant=(\S+)  e-mail=(\S+)  role=(\S+)  password=(\S+)")


@dataclass
class LiveServer:
    """A running server: its base URLs, its environment and the first-start logins."""

    base_url: str
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path
    # (tenant, role) -> (e-mail, password)
    logins: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    @property
    def ws_url(self) -> str:
        """The base URL for WebSocket clients."""
        return "ws" + self.base_url.removeprefix("http")

    def login(self, tenant: str, role: str) -> str:
        """An access token of the first-start user with `role` in `tenant`."""
        email, password = self.logins[tenant, role]
        response = httpx.post(f"{self.base_url}/api/v1/auth/login", timeout=10, json={
            "email": email, "password": password, "tenant": tenant})
        response.raise_for_status()
        token: str = response.json()["accessToken"]
        return token


@contextmanager
def live_server(tmp: Path, **extra_env: str) -> Iterator[LiveServer]:
    """Start a server with its state under `tmp`; stop it (SIGTERM, then kill) on exit."""
    env = server_env(tmp, EVSERVER_FIRST_START__SUPERADMIN_PASSWORD=SUPERADMIN_PASSWORD,
                     EVSERVER_REST__LOGIN_ATTEMPTS_PER_MINUTE="100000", **extra_env)
    base = f"http://127.0.0.1:{env['EVSERVER_REST__PORT']}"
    out, log = tmp / "stdout.txt", tmp / "stderr.txt"
    # Files, not pipes: a chatty server must never block on a full pipe nobody reads.
    with out.open("wb") as stdout, log.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "evserver", "serve"], env=env,
                                   cwd=tmp, stdout=stdout, stderr=stderr)
    try:
        wait_http(f"{base}/ready", process, timeout_s=60)  # type: ignore[arg-type]  # bytes I/O
        server = LiveServer(base, env, process, log)
        _read_logins(out, server)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _read_logins(out: Path, server: LiveServer) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = _LOGIN_RE.findall(out.read_text())
        if found and any(role == "Admin" for _t, _e, role, _p in found):
            for tenant, email, role, password in found:
                secret = SUPERADMIN_PASSWORD if role == "SuperAdmin" else password
                server.logins[tenant, role] = (email, secret)
            return
        time.sleep(0.05)
    raise AssertionError(f"no first-start logins in the banner: {out.read_text()[-2000:]}")
