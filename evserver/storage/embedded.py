"""Run the embedded MongoDB-wire server (`nx-27017`) as a child process on a free loopback port."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from pymongo import MongoClient
from pymongo.errors import PyMongoError

logger = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


class EmbeddedServerError(RuntimeError):
    """The embedded server could not be started."""


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # If the parent is killed (even with SIGKILL) the kernel stops the child: no orphan server.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on `host` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class EmbeddedMongo:
    """A `nx-27017` child process serving the databases stored under `data_dir`."""

    def __init__(self, data_dir: str | Path, *, memory: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.memory = memory
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The `mongodb://` URL of the running server."""
        return f"mongodb://127.0.0.1:{self.port}/?directConnection=true"

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._process.pid if self._process else None

    def start(self, timeout_s: float = 20.0) -> str:
        """Start the server, wait until it answers `ping`, and return its URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        log_file = self.data_dir / "nx-27017.log"
        cmd = [
            sys.executable, "-m", "evserver.storage.embedded_main",
            "--host", "127.0.0.1", "-p", str(self.port),
            "--data-dir", "memory" if self.memory else str(self.data_dir),
            "--log-file", str(log_file),
            "--pid-file", str(self.data_dir / "nx-27017.pid"),
        ]
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Own session: Ctrl-C reaches only us, and we stop the database after the servers.
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise EmbeddedServerError(
                    f"embedded database exited with code {self._process.returncode}; "
                    f"see {log_file}"
                )
            if self._answers_ping():
                logger.info("embedded database started",
                            extra={"port": self.port, "data_dir": str(self.data_dir)})
                return self.url
            time.sleep(0.05)
        self.stop()
        raise EmbeddedServerError(f"embedded database did not answer within {timeout_s:.0f} s")

    def _answers_ping(self) -> bool:
        client: MongoClient[dict[str, object]] = MongoClient(
            self.url, serverSelectionTimeoutMS=200, connectTimeoutMS=200
        )
        try:
            client.admin.command("ping")
            return True
        except PyMongoError:
            return False
        finally:
            client.close()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and reap it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        logger.info("embedded database stopped")
