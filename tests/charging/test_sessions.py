"""Session rules: stop by another badge, unknown stops, values outside sessions, soft stop."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import pytest_asyncio

from evserver.app import Container
from evserver.charging.model import (
    MeterReading,
    SampledValue,
    StartRequest,
    StatusReport,
    StopRequest,
)
from evserver.charging.sessions import SessionService
from evserver.storage.documents import (
    ChargingStation,
    CurvePointDoc,
    LogEntry,
    MeterSample,
    Session,
    Tenant,
)
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(container: Container) -> tuple[Tenant, ChargingStation]:
    tenant = await container.tenants.create("sess", "Sessions")
    alice = await container.users.create(tenant, "alice@x.example", "Al1ce!pass")
    bob = await container.users.create(tenant, "bob@x.example", "B0b!passw")
    for uid, user in (("ALICE-1", alice), ("ALICE-2", alice), ("BOB", bob)):
        await container.badges.create(tenant.id, uid, user_id=user.id)
    admin = await container.users.create(tenant, "admin@x.example", "Adm1n!pass", role="Admin")
    await container.badges.create(tenant.id, "ADMIN", user_id=admin.id)
    station = await container.stations.add(tenant.id, "S1")
    return tenant, station


async def start(container: Container, station: ChargingStation, tag: str, minute: int) -> int:
    result = await container.sessions.start(station, StartRequest(
        connector_id=1, id_tag=tag, meter_start_wh=100, at=T0 + timedelta(minutes=minute)))
    return result.transaction_id


@pytest.mark.parametrize(("stopper", "status"), [
    ("ALICE-1", "Accepted"),  # the badge that started it
    ("ALICE-2", "Accepted"),  # another badge of the same driver
    ("ADMIN", "Accepted"),    # a badge allowed to charge here
    ("UNKNOWN", "Invalid"),
])
async def test_stop_by_another_badge_must_be_authorized(
        container: Container, world: tuple[Tenant, ChargingStation], stopper: str,
        status: str) -> None:
    _, station = world
    tx = await start(container, station, "ALICE-1", minute=hash(stopper) % 1000)
    result = await container.sessions.stop(station, StopRequest(
        at=T0 + timedelta(hours=30), meter_stop_wh=600, transaction_id=tx, id_tag=stopper))
    assert result.id_tag_info is not None and result.id_tag_info.status == status
    stored = await TenantRepository(Session).find_one(station.tenant_id, {"transaction_id": tx})
    # The station has stopped charging whatever we say: the session is closed either way.
    assert stored is not None and stored.status == "completed" and stored.energy_wh == 500
    assert stored.stopped_by_id_tag == stopper


async def test_unknown_transaction_is_accepted_and_logged(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    result = await container.sessions.stop(station, StopRequest(
        at=T0, meter_stop_wh=5, transaction_id=424242, id_tag="ALICE-1"))
    assert result.session_id is None
    assert result.id_tag_info is not None and result.id_tag_info.status == "Accepted"
    logs = await LogEntry.find({"tenant_id": tenant.id, "action": "StopTransaction"}).to_list()
    assert any("424242" in log.message for log in logs)


async def test_values_outside_a_session_are_kept_against_the_station(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    await container.sessions.meter_values(station, 0, [MeterReading(at=T0, values=[
        SampledValue(value=230.1, measurand="Voltage", unit="V", phase="L1-N")])])
    found = await TenantRepository(MeterSample).find(tenant.id, {"station_id": "S1",
                                                                "measurand": "Voltage"})
    assert len(found) == 1 and found[0].session_id is None and found[0].value == 230.1


async def test_kwh_registers_and_per_phase_power(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    tx = await start(container, station, "BOB", minute=5000)
    await container.sessions.meter_values(station, 1, [MeterReading(
        at=T0 + timedelta(minutes=5010), values=[
            SampledValue(value=1.1, unit="kWh"),
            SampledValue(value=2000, measurand="Power.Active.Import", unit="W", phase="L1"),
            SampledValue(value=3000, measurand="Power.Active.Import", unit="W", phase="L2"),
            SampledValue(value=16, measurand="Current.Import", unit="A", phase="L1"),
        ])], transaction_id=tx)
    await container.sessions.flush()
    live = await TenantRepository(Session).find_one(tenant.id, {"transaction_id": tx})
    assert live is not None
    assert (live.energy_wh, live.power_w, live.current_a) == (1000, 5000, 16)
    soft = await container.sessions.stop_server_side(tenant.id, live.id)
    assert soft is not None and soft.status == "completed"
    assert soft.meter_stop_wh == 1100 and soft.stop_reason == "SoftStop"


async def test_retransmitted_sequence_number_is_ignored(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    await container.sessions.start(station, StartRequest(
        connector_id=3, id_tag="BOB", meter_start_wh=0, at=T0 + timedelta(days=9),
        ocpp_transaction_id="tx-seq"))
    reading = MeterReading(at=T0 + timedelta(days=9, minutes=1), values=[
        SampledValue(value=50, unit="Wh")])
    for seq in (1, 1, 0):
        await container.sessions.meter_values(station, 3, [reading],
                                              ocpp_transaction_id="tx-seq", seq_no=seq)
    await container.sessions.flush()
    session = await TenantRepository(Session).find_one(tenant.id, {"ocpp_transaction_id": "tx-seq"})
    assert session is not None and session.last_seq_no == 1 and session.energy_wh == 50
    stored = await TenantRepository(MeterSample).find(tenant.id, {"session_id": session.id})
    assert len(stored) == 1


async def test_live_values_reach_the_database_within_the_flush_interval(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    assert container.sessions.live_flush_s > 0
    tx = await start(container, station, "ALICE-2", minute=20000)
    for minute, wh in ((1, 100), (2, 100), (3, 400)):
        await container.sessions.meter_values(station, 1, [MeterReading(
            at=T0 + timedelta(minutes=20000 + minute), values=[SampledValue(value=wh)])],
            transaction_id=tx)
    repo = TenantRepository(Session)
    # Unwritten inactivity is not lost when the session stops before the next flush.
    result = await container.sessions.stop(station, StopRequest(
        at=T0 + timedelta(minutes=20004), meter_stop_wh=400, transaction_id=tx))
    assert result.session_id is not None
    done = await repo.find_one(tenant.id, {"transaction_id": tx})
    assert done is not None and done.status == "completed"
    assert done.inactivity_s == 3 * 60  # minute 0-1 (100 = start), 1-2 and 3-4 idle
    tx2 = await start(container, station, "ALICE-2", minute=30000)
    await container.sessions.meter_values(station, 1, [MeterReading(
        at=T0 + timedelta(minutes=30001), values=[SampledValue(value=250)])], transaction_id=tx2)
    await asyncio.sleep(container.sessions.live_flush_s + 0.3)
    live = await repo.find_one(tenant.id, {"transaction_id": tx2})
    assert live is not None and live.energy_wh == 150


async def test_curve_points_agree_with_the_samples(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    from evserver.charging.consumption import _from_samples, consumption_curve

    tenant, station = world
    tx = await start(container, station, "BOB", minute=40000)
    for minute, wh, kw, soc in ((1, 150, 7.4, 20), (2, 300, 7.2, 21), (3, 300, 0, 21)):
        await container.sessions.meter_values(station, 1, [MeterReading(
            at=T0 + timedelta(minutes=40000 + minute), values=[
                SampledValue(value=wh),
                SampledValue(value=kw, measurand="Power.Active.Import", unit="kW"),
                SampledValue(value=soc, measurand="SoC", unit="Percent"),
                SampledValue(value=231, measurand="Voltage", unit="V")])],
            transaction_id=tx)
    await container.sessions.flush()
    session = await TenantRepository(Session).find_one(tenant.id, {"transaction_id": tx})
    assert session is not None
    curve = await consumption_curve(session)
    assert [(p.energy_wh, p.power_w, p.soc) for p in curve] == [
        (50, 7400, 20), (200, 7200, 21), (200, 0, 21)]
    assert curve == await _from_samples(session)


async def test_each_session_is_written_when_its_own_interval_ends(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    # Spreading the writes keeps the database from stalling samples behind one big burst.
    tenant, station = world
    service = SessionService(container.sessions.authorizer, live_flush_s=1.0)
    repo = TenantRepository(Session)
    first = await service.start(station, StartRequest(
        connector_id=7, id_tag="ALICE-1", meter_start_wh=0, at=T0 + timedelta(days=40)))
    second = await service.start(station, StartRequest(
        connector_id=8, id_tag="BOB", meter_start_wh=0, at=T0 + timedelta(days=40)))
    began = time.monotonic()
    await service.meter_values(station, 7, [MeterReading(
        at=T0 + timedelta(days=40, minutes=1), values=[SampledValue(value=111)])],
        transaction_id=first.transaction_id)
    await asyncio.sleep(0.6)
    await service.meter_values(station, 8, [MeterReading(
        at=T0 + timedelta(days=40, minutes=1), values=[SampledValue(value=222)])],
        transaction_id=second.transaction_id)

    async def energy(tx: int) -> float:
        stored = await repo.find_one(tenant.id, {"transaction_id": tx})
        assert stored is not None
        return stored.energy_wh

    # The first falls due at 1.0 s, the second at 1.6 s.
    while await energy(first.transaction_id) != 111:
        assert time.monotonic() < began + 1.5, "the first session was not written in time"
        await asyncio.sleep(0.02)
    assert await energy(second.transaction_id) == 0
    while await energy(second.transaction_id) != 222:
        assert time.monotonic() < began + 3.0, "the second session was not written"
        await asyncio.sleep(0.02)
    assert time.monotonic() >= began + 1.6
    await service.close()


async def test_a_failed_flush_keeps_the_live_values_for_the_next_one(
        container: Container, world: tuple[Tenant, ChargingStation],
        monkeypatch: pytest.MonkeyPatch) -> None:
    tenant, station = world
    tx = await start(container, station, "ALICE-1", minute=50000)
    await container.sessions.meter_values(station, 1, [MeterReading(
        at=T0 + timedelta(minutes=50001), values=[SampledValue(value=700)])], transaction_id=tx)
    writer = container.sessions._writer(Session)

    async def down(operations: object) -> None:
        raise ConnectionError("database went away")

    monkeypatch.setattr(writer, "write", down)
    with pytest.raises(ConnectionError):
        await container.sessions.flush()
    monkeypatch.undo()
    await container.sessions.flush()
    live = await TenantRepository(Session).find_one(tenant.id, {"transaction_id": tx})
    assert live is not None and live.energy_wh == 600


async def test_curve_points_stored_by_a_flush_reported_failed_are_not_doubled(
        container: Container, world: tuple[Tenant, ChargingStation],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The database stored the points but the reply was lost: the retry must not collide.
    tenant, station = world
    tx = await start(container, station, "BOB", minute=60000)
    await container.sessions.meter_values(station, 1, [MeterReading(
        at=T0 + timedelta(minutes=60001), values=[SampledValue(value=900)])], transaction_id=tx)
    writer = container.sessions._writer(CurvePointDoc)
    real_write = writer.write

    async def stored_then_lost(operations: list[Any]) -> None:
        await real_write(operations)
        raise ConnectionError("reply lost")

    monkeypatch.setattr(writer, "write", stored_then_lost)
    with pytest.raises(ConnectionError):
        await container.sessions.flush()
    monkeypatch.undo()
    await container.sessions.flush()
    session = await TenantRepository(Session).find_one(tenant.id, {"transaction_id": tx})
    assert session is not None
    points = await TenantRepository(CurvePointDoc).find(tenant.id, {"session_id": session.id})
    assert [p.energy_wh for p in points] == [800]


async def test_parking_after_the_stop_is_known_when_the_connector_is_free(
        container: Container, world: tuple[Tenant, ChargingStation]) -> None:
    tenant, station = world
    repo = TenantRepository(Session)
    start_at = T0 + timedelta(days=70)
    first = await container.sessions.start(station, StartRequest(
        connector_id=4, id_tag="ALICE-1", meter_start_wh=0, at=start_at))
    await container.sessions.stop(station, StopRequest(
        at=start_at + timedelta(hours=1), meter_stop_wh=5000,
        transaction_id=first.transaction_id))
    stopped = await repo.find_one(tenant.id, {"transaction_id": first.transaction_id})
    assert stopped is not None and stopped.extra_inactivity_s is None  # the car is still there
    # Another connector becoming free says nothing about this one.
    await container.stations.status(station, StatusReport(
        connector_id=5, status="Available", at=start_at + timedelta(hours=2)))
    await container.stations.status(station, StatusReport(
        connector_id=4, status="Available", at=start_at + timedelta(hours=1, minutes=25)))
    parked = await repo.find_one(tenant.id, {"transaction_id": first.transaction_id})
    assert parked is not None and parked.extra_inactivity_s == 25 * 60
    await container.stations.status(station, StatusReport(
        connector_id=4, status="Available", at=start_at + timedelta(hours=3)))
    again = await repo.find_one(tenant.id, {"transaction_id": first.transaction_id})
    assert again is not None and again.extra_inactivity_s == 25 * 60

    # A new session on the connector before it was free: the parking time cannot be told.
    second = await container.sessions.start(station, StartRequest(
        connector_id=4, id_tag="ALICE-1", meter_start_wh=0, at=start_at + timedelta(hours=4)))
    await container.sessions.stop(station, StopRequest(
        at=start_at + timedelta(hours=5), meter_stop_wh=100,
        transaction_id=second.transaction_id))
    third = await container.sessions.start(station, StartRequest(
        connector_id=4, id_tag="ALICE-1", meter_start_wh=0, at=start_at + timedelta(hours=6)))
    await container.stations.status(station, StatusReport(
        connector_id=4, status="Available", at=start_at + timedelta(hours=9)))
    unknown = await repo.find_one(tenant.id, {"transaction_id": second.transaction_id})
    assert unknown is not None and unknown.extra_inactivity_s is None
    running = await repo.find_one(tenant.id, {"transaction_id": third.transaction_id})
    assert running is not None and running.status == "active"
    assert running.extra_inactivity_s is None
