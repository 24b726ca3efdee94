"""Free-form values (what stations send) made storable, and stored."""

from __future__ import annotations

import pytest

from evserver.storage.client import MongoClientT
from evserver.storage.values import INT64_MAX, INT64_MIN, storable

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_anything_a_station_sends_can_be_stored(db: MongoClientT, db_name: str) -> None:
    odd = {"big": INT64_MAX + 1, "small": INT64_MIN - 1, "fits": INT64_MAX, "flag": True,
           "nested": [{"\x00": 1, "$set": {"a.b": -(2**70)}}], "text": "nul \x00 inside"}
    collection = db[db_name]["free_form"]
    await collection.insert_one({"_id": "odd", "data": storable(odd)})
    stored = await collection.find_one({"_id": "odd"})
    assert stored is not None
    assert stored["data"] == {
        "big": str(INT64_MAX + 1), "small": str(INT64_MIN - 1), "fits": INT64_MAX,
        "flag": True, "nested": [{"\ufffd": 1, "\uff04set": {"a\uff0eb": str(-(2**70))}}],
        "text": "nul \x00 inside"}
