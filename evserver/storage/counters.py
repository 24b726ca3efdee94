"""Per-tenant sequences with one atomic `$inc`."""

from __future__ import annotations

from typing import Any

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from evserver.storage.documents.counter import Counter


async def next_value(tenant_id: str, name: str) -> int:
    """Return the next value (1, 2, ...) of the tenant's sequence `name`, unique when raced."""
    collection: Any = Counter.get_pymongo_collection()
    query = {"_id": f"{tenant_id}:{name}"}
    update = {"$inc": {"value": 1}, "$set": {"tenant_id": tenant_id, "name": name}}
    for _ in range(3):
        try:
            raw = await collection.find_one_and_update(
                query, update, upsert=True, return_document=ReturnDocument.AFTER
            )
            return int(raw["value"])
        except DuplicateKeyError:
            # Two first increments raced to create the counter; the loser retries on the winner's.
            continue
    raise RuntimeError(f"counter {name} could not be incremented")
