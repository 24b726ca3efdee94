"""Open the configured database (starting the embedded server if asked) and close it again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from evserver.settings.model import StorageSettings
from evserver.storage.client import MongoClientT, connect, init_storage
from evserver.storage.embedded import EmbeddedMongo


@dataclass
class Storage:
    """An open database: the client, and the embedded server behind it if any."""

    client: MongoClientT
    database: str
    embedded: EmbeddedMongo | None


@asynccontextmanager
async def open_storage(settings: StorageSettings) -> AsyncIterator[Storage]:
    """Yield an initialised database; on exit close the client and stop the embedded server."""
    embedded: EmbeddedMongo | None = None
    url = settings.url
    if url == "embedded":
        embedded = EmbeddedMongo(settings.embedded_data_dir)
        url = await asyncio.to_thread(embedded.start)
    try:
        client = await connect(url, timeout_s=settings.connect_timeout_s)
        try:
            await init_storage(client, settings.database)
            yield Storage(client=client, database=settings.database, embedded=embedded)
        finally:
            await client.close()
    finally:
        if embedded is not None:
            await asyncio.to_thread(embedded.stop)
