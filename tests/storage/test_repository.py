"""Tenant-scoped repositories: uniqueness per tenant and no way across tenants."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists
from evserver.storage.client import MongoClientT
from evserver.storage.counters import next_value
from evserver.storage.documents import (
    Badge,
    ChargingStation,
    CurvePointDoc,
    MeterSample,
    OutboxMessage,
    RegistrationToken,
    Session,
    Site,
    StationMessage,
    User,
)
from evserver.storage.documents.base import TenantDocument
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")

A, B = "tenant-a", "tenant-b"


def sample(model: type[TenantDocument], tenant_id: str, key: str) -> TenantDocument:
    """A valid document of each tenant-scoped kind, identified by `key`."""
    now = utcnow()
    builders: dict[type[TenantDocument], Any] = {
        User: lambda: User(tenant_id=tenant_id, email=f"{key}@example.com"),
        Badge: lambda: Badge(tenant_id=tenant_id, uid=key),
        Site: lambda: Site(tenant_id=tenant_id, name=key),
        ChargingStation: lambda: ChargingStation(tenant_id=tenant_id, station_id=key),
        Session: lambda: Session(tenant_id=tenant_id, transaction_id=abs(hash(key)) % 10**9,
                                 station_id="CP1", connector_id=1, started_at=now),
        MeterSample: lambda: MeterSample(tenant_id=tenant_id, station_id=key, connector_id=1,
                                         at=now, value=1.0),
        OutboxMessage: lambda: OutboxMessage(tenant_id=tenant_id, channel="email", kind="x",
                                             idempotency_key=key),
        RegistrationToken: lambda: RegistrationToken(tenant_id=tenant_id, token=key,
                                                     expires_at=now + timedelta(days=1)),
        StationMessage: lambda: StationMessage(tenant_id=tenant_id, station_id=key,
                                               action="Heartbeat"),
        CurvePointDoc: lambda: CurvePointDoc(tenant_id=tenant_id, session_id=key, at=now),
    }
    return builders[model]()  # type: ignore[no-any-return]


SCOPED = [User, Badge, Site, ChargingStation, Session, MeterSample, OutboxMessage,
          RegistrationToken, StationMessage, CurvePointDoc]


@pytest.mark.parametrize("model", SCOPED, ids=lambda m: m.__name__)
async def test_no_cross_tenant_access(db: MongoClientT, model: type[TenantDocument]) -> None:
    repo: TenantRepository[Any] = TenantRepository(model)
    doc_a = await repo.insert(A, sample(model, A, f"{model.__name__}-a"))
    await repo.insert(B, sample(model, B, f"{model.__name__}-b"))

    assert await repo.get(A, doc_a.id) is not None
    assert await repo.get(B, doc_a.id) is None
    assert all(d.tenant_id == B for d in await repo.find(B, {}))
    # A caller-supplied tenant_id in the filter cannot widen the scope.
    assert all(d.tenant_id == B for d in await repo.find(B, {"tenant_id": A}))
    assert await repo.find_one(B, {"_id": doc_a.id}) is None
    assert await repo.update(B, doc_a.id, {"updated_at": utcnow()}) is None
    assert await repo.delete(B, doc_a.id) is False
    assert await repo.delete_many(B, {"_id": doc_a.id}) == 0
    assert await repo.count(B, {"_id": doc_a.id}) == 0
    assert await repo.get(A, doc_a.id) is not None
    with pytest.raises(ValueError, match="another tenant"):
        await repo.insert(B, sample(model, A, f"{model.__name__}-x"))
    with pytest.raises(ValueError, match="tenant_id is required"):
        await repo.find("", {})


async def test_same_station_id_in_two_tenants_but_unique_within_one(db: MongoClientT) -> None:
    repo = TenantRepository(ChargingStation)
    await repo.insert(A, ChargingStation(tenant_id=A, station_id="CP-SAME"))
    await repo.insert(B, ChargingStation(tenant_id=B, station_id="CP-SAME"))
    with pytest.raises(AlreadyExists):
        await repo.insert(A, ChargingStation(tenant_id=A, station_id="CP-SAME"))
    a = await repo.find_one(A, {"station_id": "CP-SAME"})
    b = await repo.find_one(B, {"station_id": "CP-SAME"})
    assert a is not None and b is not None and a.id != b.id


@pytest.mark.parametrize(("model", "field", "value"), [
    (User, "email", "dup@example.com"),
    (Badge, "uid", "BADGE-DUP"),
    (RegistrationToken, "token", "tok-dup"),
], ids=["user-email", "badge-uid", "token"])
async def test_unique_keys_are_per_tenant(db: MongoClientT, model: type[TenantDocument],
                                          field: str, value: str) -> None:
    repo: TenantRepository[Any] = TenantRepository(model)
    first = sample(model, A, value).model_copy(update={field: value})
    await repo.insert(A, first)
    await repo.insert(B, sample(model, B, value).model_copy(update={field: value}))
    with pytest.raises(AlreadyExists):
        await repo.insert(A, sample(model, A, value).model_copy(update={field: value}))
    # An update that would create a duplicate is refused too.
    other = await repo.insert(A, sample(model, A, value + "-2").model_copy(
        update={field: value + "-2"}))
    with pytest.raises(AlreadyExists):
        await repo.update(A, other.id, {field: value})


async def test_update_returns_new_state_and_count_uses_filters(db: MongoClientT) -> None:
    repo = TenantRepository(Site)
    site = await repo.insert(A, Site(tenant_id=A, name="count-me"))
    updated = await repo.update(A, site.id, {"access_control": False})
    assert updated is not None and updated.access_control is False
    assert updated.updated_at >= site.updated_at
    assert await repo.count(A, {"name": "count-me"}) == 1
    page = await repo.find(A, {"name": {"$in": ["count-me"]}}, sort=[("name", 1)], limit=1)
    assert [s.id for s in page] == [site.id]


async def test_counter_unique_under_50_concurrent_increments(db: MongoClientT) -> None:
    values = await asyncio.gather(*(next_value("tenant-c", "transaction") for _ in range(50)))
    assert sorted(values) == list(range(1, 51))
    other = await asyncio.gather(*(next_value("tenant-d", "transaction") for _ in range(5)))
    assert sorted(other) == [1, 2, 3, 4, 5]


async def test_indexes_are_led_by_tenant(db: MongoClientT) -> None:
    for model in SCOPED:
        info = await model.get_pymongo_collection().index_information()
        for name, spec in info.items():
            keys = [k for k, _ in spec["key"]]
            if name == "_id_" or keys == ["at"] or keys == ["expires_at"]:
                continue  # TTL indexes are global by nature
            if model is OutboxMessage and keys == ["status", "next_attempt_at"]:
                continue  # the delivery job scans every tenant's due messages
            assert keys[0] == "tenant_id", (model.__name__, name, keys)
