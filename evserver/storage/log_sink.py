"""Keeps tenant-related log records in the `logs` collection, where tenant admins read them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime
from typing import Any

from evserver.core.ids import new_id
from evserver.storage.documents.log import LogEntry

_SKIP = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName", "tenant",
                                                    "tenant_id", "station", "request_id"}
_SECRET_HINTS = ("password", "secret", "token", "authorization")


def _details(record: logging.LogRecord) -> dict[str, Any]:
    details: dict[str, Any] = {}
    for key, value in record.__dict__.items():
        if key in _SKIP or key.startswith("_"):
            continue
        if any(h in key.lower() for h in _SECRET_HINTS):
            value = "***"
        details[key] = value if isinstance(value, str | int | float | bool | None) else str(value)
    return details


class LogSink(logging.Handler):
    """A logging handler: records that name a tenant are written in batches, off the hot path."""

    def __init__(self, level: int = logging.INFO, max_queue: int = 10_000) -> None:
        super().__init__(level)
        self._queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(max_queue)
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Attach to the root logger and start writing (call from the running loop)."""
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._drain(), name="log-sink")
        logging.getLogger().addHandler(self)

    async def stop(self) -> None:
        """Detach and write what is queued."""
        logging.getLogger().removeHandler(self)
        if self._task is not None:
            await asyncio.sleep(0)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._flush_remaining()

    def emit(self, record: logging.LogRecord) -> None:
        tenant_id = getattr(record, "tenant_id", None)
        if not tenant_id or record.name.startswith(("pymongo", "evserver.storage.log_sink")):
            return
        doc = {
            "_id": new_id(), "tenant_id": tenant_id,
            "at": datetime.fromtimestamp(record.created, UTC), "level": record.levelname,
            "source": record.name, "action": getattr(record, "action", None),
            "station_id": getattr(record, "station", None),
            "user_id": getattr(record, "user_id", None), "message": record.getMessage(),
            "details": _details(record),
        }
        doc["created_at"] = doc["updated_at"] = doc["at"]
        # A full queue drops the record rather than slowing stations down.
        with contextlib.suppress(asyncio.QueueFull):
            self._queue.put_nowait(doc)

    async def _drain(self) -> None:
        while True:
            docs = [await self._queue.get()]
            while not self._queue.empty() and len(docs) < 500:
                docs.append(self._queue.get_nowait())
            # The queue already batches: one insert per drained batch.
            with contextlib.suppress(Exception):
                await LogEntry.get_pymongo_collection().insert_many(docs, ordered=False)

    async def _flush_remaining(self) -> None:
        docs = []
        while not self._queue.empty():
            docs.append(self._queue.get_nowait())
        if docs:
            with contextlib.suppress(Exception):
                await LogEntry.get_pymongo_collection().insert_many(docs)
