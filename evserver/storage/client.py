"""Database connection and Beanie initialisation."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from beanie import init_beanie
from pymongo import AsyncMongoClient
from pymongo.errors import PyMongoError

from evserver.core.errors import StorageUnavailable
from evserver.storage.documents import ALL_DOCUMENTS

logger = logging.getLogger(__name__)

MongoClientT = AsyncMongoClient[dict[str, Any]]


async def connect(url: str, *, timeout_s: float = 30.0) -> MongoClientT:
    """Open a client and retry `ping` until the server answers or `timeout_s` has passed."""
    client: MongoClientT = AsyncMongoClient(
        url, tz_aware=True, serverSelectionTimeoutMS=2000, connectTimeoutMS=2000, appname="evserver"
    )
    deadline = time.monotonic() + timeout_s
    delay = 0.1
    while True:
        try:
            await client.admin.command("ping")
            return client
        except PyMongoError as exc:
            if time.monotonic() + delay > deadline:
                await client.close()
                raise StorageUnavailable(
                    f"database unreachable after {timeout_s:.0f} s: {type(exc).__name__}"
                ) from exc
            logger.warning("database not answering yet, retrying", extra={"delay_s": delay})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)


async def init_storage(client: MongoClientT, database: str) -> None:
    """Bind every document class to `database` and create the declared indexes."""
    await init_beanie(database=client[database], document_models=ALL_DOCUMENTS)


async def ping(client: MongoClientT) -> bool:
    """Tell whether the database answers right now."""
    try:
        await client.admin.command("ping")
        return True
    except PyMongoError:
        return False
