"""Group commit: concurrent writers share one round trip, each awaiting its own durability."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pymongo import InsertOne, UpdateOne
from pymongo.errors import BulkWriteError

logger = logging.getLogger(__name__)

Operation = InsertOne[Any] | UpdateOne


class BatchWriter:
    """Collects write operations for one collection and sends them with one `bulk_write`.

    A caller's `await write(...)` returns only once its operations are stored, so "stored before
    acknowledged" holds; while one batch is in flight the next one fills up, so under load many
    callers share a round trip and when idle nobody waits for a timer.
    """

    def __init__(self, collection: Any, *, max_batch: int = 2000,
                 new_documents: bool = False) -> None:
        self.collection = collection
        self.max_batch = max_batch
        # Inserts of documents with fresh ids: order does not matter, and a duplicate id can
        # only be the same document stored by an earlier attempt (a retried or partly failed
        # batch), so it counts as stored instead of failing every caller of the batch.
        self.new_documents = new_documents
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

    async def drain(self) -> None:
        """Wait until everything queued so far is sent (including writes whose callers left)."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

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
                await self._send(operations)
            except Exception as exc:
                # Every caller of a failed batch learns it: none of them acknowledges.
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(None)

    async def _send(self, operations: list[Operation]) -> None:
        if not self.new_documents:
            await self.collection.bulk_write(operations, ordered=True)
            return
        try:
            await self.collection.bulk_write(operations, ordered=False)
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            if exc.details.get("writeConcernErrors") or not all(map(_is_duplicate_id, errors)):
                raise
            logger.info("%d documents were already stored", len(errors))


DUPLICATE_KEY = 11000


def _is_duplicate_id(error: dict[str, Any]) -> bool:
    """Whether a write error says the document's `_id` is taken (not another unique key)."""
    if error.get("code") != DUPLICATE_KEY:
        return False
    pattern = error.get("keyPattern")
    if pattern is not None:  # MongoDB names the index's keys
        return dict(pattern) == {"_id": 1}
    message = str(error.get("errmsg", ""))  # the embedded server names only the column
    return " index: _id_ " in message or message.endswith("._id")
