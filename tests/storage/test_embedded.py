"""The embedded server: starts on a free port, keeps data on disk, stops without orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest
from pymongo import MongoClient

from evserver.storage.embedded import EmbeddedMongo


def test_data_survives_a_restart(tmp_path: Path) -> None:
    server = EmbeddedMongo(tmp_path / "db")
    url = server.start()
    with MongoClient(url) as client:
        client["keep"]["things"].insert_one({"_id": "x", "v": 1})
    server.stop()
    again = EmbeddedMongo(tmp_path / "db")
    url = again.start()
    try:
        with MongoClient(url) as client:
            assert client["keep"]["things"].find_one({"_id": "x"}) == {"_id": "x", "v": 1}
    finally:
        again.stop()


def test_stop_leaves_no_process(tmp_path: Path) -> None:
    server = EmbeddedMongo(tmp_path / "db")
    server.start()
    pid = server.pid
    assert pid is not None and psutil.pid_exists(pid)
    server.stop()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_child_dies_when_parent_is_killed(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys, time
        from evserver.storage.embedded import EmbeddedMongo
        s = EmbeddedMongo({str(tmp_path / 'db')!r})
        s.start()
        print(s.pid, flush=True)
        time.sleep(60)
    """)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                          text=True) as parent:
        assert parent.stdout is not None
        child_pid = int(parent.stdout.readline())
        assert psutil.pid_exists(child_pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and psutil.pid_exists(child_pid):
        try:
            if psutil.Process(child_pid).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.1)
    alive = psutil.pid_exists(child_pid) and psutil.Process(child_pid).status() != "zombie"
    assert not alive, "embedded server outlived its parent"


def test_start_reports_a_dead_child(tmp_path: Path) -> None:
    blocker = tmp_path / "db"
    blocker.write_text("a file where a directory should be")
    with pytest.raises(OSError):
        EmbeddedMongo(blocker).start()
