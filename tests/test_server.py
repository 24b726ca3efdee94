"""`evserver serve` as a real process: probes, banner, clean shutdown, start-up failures."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from evserver.storage.embedded import free_port
from tests.support import server_env, start_server, wait_http


def test_serve_answers_probes_and_stops_cleanly(tmp_path: Path) -> None:
    env = server_env(tmp_path, EVSERVER_LOGGING__JSON="true")
    base = f"http://127.0.0.1:{env['EVSERVER_REST__PORT']}"
    process = start_server(env, tmp_path)
    try:
        assert wait_http(f"{base}/health", process).json() == {"status": "ok"}
        assert wait_http(f"{base}/ready", process).json() == {"status": "ready"}
        children = psutil.Process(process.pid).children(recursive=True)
        assert children, "the embedded database should run as a child"
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=15)
        assert time.monotonic() - started < 10
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    for child in children:
        assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE
    # First start: banner with URLs and the generated SuperAdmin login, shown once.
    assert f"{base}/api/v1" in out
    assert "tenant=default  e-mail=superadmin@evserver.local  role=SuperAdmin  password=" in out
    assert "tenant=demo  e-mail=admin@demo.evserver.local  role=Admin" in out
    assert "/ocpp/demo/DEMO-CP1" in out
    # Logs are JSON lines and never carry the generated passwords.
    password = out.split("role=SuperAdmin  password=")[1].split()[0]
    assert password not in err
    assert any(line.startswith("{") and '"level"' in line for line in err.splitlines())

    # Second start on the same data: nothing re-created, no password shown again.
    process = start_server(env, tmp_path)
    try:
        wait_http(f"{base}/ready", process)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "password=(shown at first start only)" in out
    assert password not in out


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = server_env(tmp_path, EVSERVER_REST__PORT=str(port))
        process = start_server(env, tmp_path)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert f"error: rest: cannot listen on 127.0.0.1:{port}: Address already in use" in err


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    env = server_env(tmp_path, EVSERVER_STORAGE__URL=f"mongodb://127.0.0.1:{free_port()}",
                     EVSERVER_STORAGE__CONNECT_TIMEOUT_S="2")
    started = time.monotonic()
    process = start_server(env, tmp_path)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 1
    assert "error: storage: database unreachable after 2 s" in err
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(("key", "value", "message"), [
    ("EVSERVER_REST__PORT", "http", "config error: rest.port: Expected `int`, got `str`"),
    ("EVSERVER_STORAGE__URL", "postgres://x", "config error: storage.url: must be"),
])
def test_bad_config_exits_2_with_one_line(tmp_path: Path, key: str, value: str,
                                         message: str) -> None:
    process = start_server(server_env(tmp_path, **{key: value}), tmp_path)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert err.strip().startswith(message)
    assert len(err.strip().splitlines()) == 1


def test_simulated_stations_charge_against_a_running_server(tmp_path: Path) -> None:
    env = server_env(tmp_path)
    base = f"http://127.0.0.1:{env['EVSERVER_REST__PORT']}"
    process = start_server(env, tmp_path)
    try:
        wait_http(f"{base}/ready", process)
        ws = f"ws://127.0.0.1:{env['EVSERVER_CENTRAL_SYSTEMS__0__PORT']}/ocpp/demo"
        sim = subprocess.run(
            [sys.executable, "-m", "evserver", "simulate", "--url", ws, "--stations", "1",
             "--id-prefix", "DEMO", "--duration", "4", "--meter-interval", "1"],
            env=env, capture_output=True, text=True, timeout=60, check=False)
        assert sim.returncode == 0, sim.stdout + sim.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    # The demo tenant takes unknown stations as Pending; the simulated one registered itself.
    assert "1/1 station(s) connected at least once" in sim.stdout
    assert "pending 1" in sim.stdout
    assert "errors      0 CALLERROR, 0 timeouts" in sim.stdout
