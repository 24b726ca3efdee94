"""Group commit: concurrent writers share one round trip, each awaiting its own durability."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pymongo import InsertOne, UpdateOne

logger = logging.getLogger(__name__)

Operation = InsertOne[Any] | UpdateOne


class BatchWriter:
    """Collects write operations for one collection and sends them with one `bulk_write`.

    A caller's `await write(...)` returns only once its operations are stored, so "stored before
    acknowledged" holds; while one batch is in flight the next one fills up, so under load many
    callers share a round trip and when idle nobody waits for a timer.
    """

    def __init__(self, collection: Any, *, max_batch: int = 2000) -> None:
        self.collection = collection
        self.max_batch = max_batch
        self._pending: list[tuple[list[Operation], asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None

    async def write(self, operations: list[Operation]) -> None:
        """Store `operations` (in order, after those of earlier callers)."""
        if not operations:
            return
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[None]] = []
        # Large writes go in pieces, so other callers' batches can be sent in between.
        for start in range(0, len(operations), self.max_batch):
            future: asyncio.Future[None] = loop.create_future()
            self._pending.append((operations[start:start + self.max_batch], future))
            futures.append(future)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_all())
        await asyncio.gather(*futures)

    async def _flush_all(self) -> None:
        while self._pending:
            batch: list[tuple[list[Operation], asyncio.Future[None]]] = []
            count = 0
            while self._pending and (not batch or count + len(self._pending[0][0])
                                     <= self.max_batch):
                entry = self._pending.pop(0)
                batch.append(entry)
                count += len(entry[0])
            operations = [op for ops, _ in batch for op in ops]
            try:
                await self.collection.bulk_write(operations, ordered=True)
            except Exception as exc:
                # Every caller of a failed batch learns it: none of them acknowledges.
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(None)
