"""Tenant log records end up in the `logs` collection, without secrets."""

from __future__ import annotations

import asyncio
import logging

import pytest

from evserver.storage.client import MongoClientT
from evserver.storage.documents import LogEntry
from evserver.storage.log_sink import LogSink

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_records_with_a_tenant_are_stored(db: MongoClientT) -> None:
    sink = LogSink()
    sink.start()
    log = logging.getLogger("evserver.test")
    log.setLevel(logging.INFO)
    try:
        log.info("station connected", extra={"tenant_id": "t-log", "station": "CP9",
                                             "action": "Connect", "password": "hunter2"})
        log.info("no tenant here")
        log.debug("below the level", extra={"tenant_id": "t-log"})
        for _ in range(50):
            if await LogEntry.find({"tenant_id": "t-log"}).count():
                break
            await asyncio.sleep(0.02)
    finally:
        await sink.stop()
    entries = await LogEntry.find({"tenant_id": "t-log"}).to_list()
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.level, entry.station_id, entry.action) == ("INFO", "CP9", "Connect")
    assert entry.message == "station connected" and entry.details["password"] == "***"
