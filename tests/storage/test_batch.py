"""Group commit: callers share a round trip, learn about failures, and retries are harmless."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import InsertOne, UpdateOne
from pymongo.errors import BulkWriteError

from evserver.storage.batch import BatchWriter
from evserver.storage.client import MongoClientT

pytestmark = pytest.mark.asyncio(loop_scope="session")


class Counting:
    """The real collection, with a count of the round trips made to it."""

    def __init__(self, collection: Any) -> None:
        self.collection = collection
        self.calls: list[int] = []

    async def bulk_write(self, operations: list[Any], **kwargs: Any) -> Any:
        self.calls.append(len(operations))
        return await self.collection.bulk_write(operations, **kwargs)


async def test_concurrent_writers_share_round_trips(db: MongoClientT, db_name: str) -> None:
    collection = Counting(db[db_name]["batch_shared"])
    writer = BatchWriter(collection, max_batch=500)
    await asyncio.gather(*(writer.write([InsertOne({"n": n, "k": k}) for k in range(3)])
                           for n in range(100)))
    assert await collection.collection.count_documents({}) == 300
    # The first caller goes alone; everyone who arrived meanwhile shares the next trip.
    assert len(collection.calls) <= 3 and sum(collection.calls) == 300


async def test_large_writes_go_in_pieces(db: MongoClientT, db_name: str) -> None:
    collection = Counting(db[db_name]["batch_pieces"])
    writer = BatchWriter(collection, max_batch=40)
    await writer.write([InsertOne({"n": n}) for n in range(100)])
    assert collection.calls == [40, 40, 20]


async def test_every_caller_of_a_failed_batch_learns_it(db: MongoClientT, db_name: str) -> None:
    collection = db[db_name]["batch_failed"]
    await collection.insert_one({"_id": "taken"})
    writer = BatchWriter(collection)
    outcomes = await asyncio.gather(
        writer.write([InsertOne({"_id": "first"})]),
        writer.write([InsertOne({"_id": "taken"})]),
        writer.write([UpdateOne({"_id": "first"}, {"$set": {"v": 1}})]),
        return_exceptions=True)
    # All three shared one batch, which failed at its second operation: none may acknowledge,
    # although the first operation was stored (so whoever retries must tolerate it).
    assert all(isinstance(outcome, Exception) for outcome in outcomes)
    assert await collection.find_one({"_id": "first"}) is not None


async def test_new_documents_stored_before_count_as_stored(db: MongoClientT,
                                                           db_name: str) -> None:
    collection = db[db_name]["batch_retried"]
    writer = BatchWriter(collection, new_documents=True)
    first = [InsertOne({"_id": f"p{n}", "n": n}) for n in range(5)]
    await writer.write(first[:3])
    # A retry after a partial failure sends what was already stored along with the rest.
    await writer.write([InsertOne({"_id": f"p{n}", "n": n}) for n in range(5)])
    assert sorted(d["_id"] for d in await collection.find({}).to_list()) == [
        f"p{n}" for n in range(5)]


async def test_other_errors_still_fail_new_documents(db: MongoClientT, db_name: str) -> None:
    collection = db[db_name]["batch_unique"]
    await collection.create_index("key", unique=True)
    await collection.insert_one({"_id": "a", "key": 1})
    writer = BatchWriter(collection, new_documents=True)
    # A duplicate of another unique key is not "already stored": it is a conflict.
    with pytest.raises(BulkWriteError):
        await writer.write([InsertOne({"_id": "b", "key": 1})])


async def test_drain_waits_for_writes_whose_callers_left(db: MongoClientT, db_name: str) -> None:
    collection = db[db_name]["batch_drained"]
    writer = BatchWriter(collection)
    caller = asyncio.create_task(writer.write([InsertOne({"_id": f"d{n}"}) for n in range(50)]))
    await asyncio.sleep(0)  # queued and on its way
    caller.cancel()
    await writer.drain()
    assert await collection.count_documents({}) == 50
