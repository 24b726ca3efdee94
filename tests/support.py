"""Helpers for tests that run `evserver` as a real process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

from evserver.storage.embedded import free_port

ROOT = Path(__file__).resolve().parent.parent


def server_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Environment for a server process on free ports with its state under `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVSERVER_")}
    env.update({
        "EVSERVER_CONFIG": str(ROOT / "config/evserver.toml"),
        "EVSERVER_REST__HOST": "127.0.0.1",
        "EVSERVER_REST__PORT": str(free_port()),
        "EVSERVER_REST__JWT_SECRET_FILE": str(tmp_path / "var/jwt-secret"),
        "EVSERVER_CENTRAL_SYSTEMS__0__HOST": "127.0.0.1",
        "EVSERVER_CENTRAL_SYSTEMS__0__PORT": str(free_port()),
        "EVSERVER_CENTRAL_SYSTEMS__1__HOST": "127.0.0.1",
        "EVSERVER_CENTRAL_SYSTEMS__1__PORT": str(free_port()),
        "EVSERVER_STORAGE__EMBEDDED_DATA_DIR": str(tmp_path / "var/db"),
        "EVSERVER_CHARGING_STATION__TEMPLATES_DIR": str(ROOT / "config/station-templates"),
        "EVSERVER_AUTHORIZATION__POLICY_DIR": str(ROOT / "config/casbin"),
    })
    env.update(extra)
    return env


def start_server(env: Mapping[str, str], cwd: Path) -> subprocess.Popen[str]:
    """Start `python -m evserver serve` with `env`."""
    return subprocess.Popen(
        [sys.executable, "-m", "evserver", "serve"],
        env=dict(env), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_http(url: str, process: subprocess.Popen[str], timeout_s: float = 30) -> httpx.Response:
    """Poll `url` until it answers 200, failing early if `process` exits."""
    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"server exited with {process.returncode}: {err}")
        try:
            response = httpx.get(url, timeout=1)
            if response.status_code == 200:
                return response
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.1)
    raise AssertionError(f"{url} did not answer in {timeout_s} s: {last}")


def listening_socket() -> socket.socket:
    """A non-blocking socket listening on a free loopback port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    sock.setblocking(False)
    return sock
