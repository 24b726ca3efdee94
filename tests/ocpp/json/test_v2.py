"""OCPP 2.0.1 and 2.1 handlers called directly, over the domain services and a real database."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import pytest
import pytest_asyncio

from evserver.app import Container
from evserver.charging.data_transfer import DataTransferReply
from evserver.ocpp.context import StationContext
from evserver.ocpp.json import v2
from evserver.ocpp.json.frames import OcppVersion
from evserver.ocpp.json.messages import action_exists, decode_request, decode_response, encode
from evserver.ocpp.json.schemas import v21, v201
from evserver.storage.documents import (
    Badge,
    ChargingStation,
    MeterSample,
    Session,
    StationMessage,
    Tenant,
)
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")

VERSIONS: dict[OcppVersion, tuple[Any, dict[str, v2.Handler]]] = {
    "ocpp2.0.1": (v201, v2.HANDLERS_201),
    "ocpp2.1": (v21, v2.HANDLERS_21),
}
both_versions = pytest.mark.parametrize("version", list(VERSIONS))

stations = TenantRepository(ChargingStation)
sessions = TenantRepository(Session)
samples = TenantRepository(MeterSample)
history = TenantRepository(StationMessage)
badge_docs = TenantRepository(Badge)

BASE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def at(minutes: float) -> str:
    return (BASE + timedelta(minutes=minutes)).isoformat()


@dataclass
class World:
    """One tenant with a driver and badges; one fresh station per test."""

    container: Container
    tenant: Tenant
    driver_id: str


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(container: Container) -> World:
    tenant = await container.tenants.create("acme", "Acme")
    driver = await container.users.create(tenant, "driver@acme.example", "Driv3r!pass")
    badges = container.badges
    for uid in ("TAG-OK", "TAG-201", "TAG-21", "TAG-OFF-201", "TAG-OFF-21", "TAG-BUSY"):
        await badges.create(tenant.id, uid, user_id=driver.id)
    await badges.create(tenant.id, "TAG-BLOCKED", user_id=driver.id, active=False)
    await badges.create(tenant.id, "TAG-OLD", user_id=driver.id,
                        expires_at=datetime(2020, 1, 1, tzinfo=UTC))
    child = await badges.create(tenant.id, "TAG-CHILD", user_id=driver.id)
    await badge_docs.update(tenant.id, child.id, {"parent_uid": "FLEET-1"})
    return World(container, tenant, driver.id)


def _drop(work: Awaitable[Any]) -> None:
    # Work after the reply (template pushes) needs a live link; these tests have none.
    if inspect.iscoroutine(work):
        work.close()


async def context(world: World, version: OcppVersion, station_id: str) -> StationContext:
    station = await world.container.stations.add(world.tenant.id, station_id)
    return StationContext(tenant=world.tenant, station=station, protocol="json",
                          version=version, services=world.container.ocpp, background=_drop)


async def call(ctx: StationContext, action: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Decode `payload` as the station would send it, handle it, check the reply's schema."""
    version: OcppVersion = ctx.version  # type: ignore[assignment]
    module, handlers = VERSIONS[version]
    reply = await handlers[action](ctx, decode_request(version, action, payload))
    assert type(reply) is module.ACTIONS[action][1]
    decode_response(version, action, encode(reply))
    result: dict[str, Any] = msgspec.to_builtins(reply)
    return result


async def reload(ctx: StationContext) -> ChargingStation:
    station = await stations.get(ctx.station.tenant_id, ctx.station.id)
    assert station is not None
    return station


def register(wh: float, context: str = "Sample.Periodic", **extra: Any) -> dict[str, Any]:
    return {"value": wh, "measurand": "Energy.Active.Import.Register", "context": context,
            **extra}


def tx_event(event: str, tx_id: str, minutes: float, seq_no: int, *,
             values: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "eventType": event, "timestamp": at(minutes), "seqNo": seq_no,
        "triggerReason": {"Started": "Authorized", "Updated": "MeterValuePeriodic",
                          "Ended": "EVCommunicationLost"}[event],
        "transactionInfo": {"transactionId": tx_id}, **extra}
    if values:
        payload["meterValue"] = [{"timestamp": at(minutes), "sampledValue": values}]
    return payload


def token(uid: str) -> dict[str, str]:
    return {"idToken": uid, "type": "ISO14443"}


# ---- tables ----------------------------------------------------------------------------------

@both_versions
async def test_each_table_handles_the_station_messages_of_its_version(
        version: OcppVersion) -> None:
    _, handlers = VERSIONS[version]
    assert set(handlers) == {
        "Authorize", "BootNotification", "DataTransfer", "FirmwareStatusNotification",
        "Heartbeat", "LogStatusNotification", "MeterValues", "NotifyEvent", "NotifyReport",
        "SecurityEventNotification", "StatusNotification", "TransactionEvent"}
    assert all(action_exists(version, action) for action in handlers)
    assert handlers["Heartbeat"].__name__ == "heartbeat"


async def test_unit_multipliers_are_applied() -> None:
    values = v2.sampled_values([
        v201.SampledValueType(value=7.4, measurand="Power.Active.Import",
                              unit_of_measure=v201.UnitOfMeasureType(unit="W", multiplier=3)),
        v201.SampledValueType(value=15, unit_of_measure=v201.UnitOfMeasureType(multiplier=-1)),
        v201.SampledValueType(value=2.5, unit_of_measure=v201.UnitOfMeasureType(unit="kWh")),
    ])
    assert [(v.value, v.unit, v.measurand) for v in values] == [
        (7400.0, "W", "Power.Active.Import"), (1.5, None, "Energy.Active.Import.Register"),
        (2.5, "kWh", "Energy.Active.Import.Register")]
    assert values[0].context == "Sample.Periodic"


# ---- station identity and status -------------------------------------------------------------

@both_versions
async def test_boot_stores_identity_and_answers_the_interval(world: World,
                                                             version: OcppVersion) -> None:
    ctx = await context(world, version, f"BOOT-{version}")
    reply = await call(ctx, "BootNotification", {"reason": "PowerUp", "chargingStation": {
        "vendorName": "Acme", "model": "Duo-22", "serialNumber": "SN-9",
        "firmwareVersion": "2.0.0", "modem": {"iccid": "8931", "imsi": "2620"}}})
    assert reply["status"] == "Accepted"
    assert reply["interval"] == world.container.settings.charging_station.heartbeat_interval_s
    station = await reload(ctx)
    assert (station.vendor, station.model, station.serial_number, station.firmware_version,
            station.iccid, station.imsi) == ("Acme", "Duo-22", "SN-9", "2.0.0", "8931", "2620")
    boot = await history.find_one(world.tenant.id, {"station_id": ctx.station.station_id,
                                                     "action": "BootNotification"})
    assert boot is not None and boot.payload["reason"] == "PowerUp"

    heartbeat = await call(ctx, "Heartbeat", {})
    assert datetime.fromisoformat(heartbeat["currentTime"]) > BASE
    assert (await reload(ctx)).online


@both_versions
async def test_status_notifications_create_then_update_connectors(world: World,
                                                                  version: OcppVersion) -> None:
    ctx = await context(world, version, f"STATUS-{version}")
    for evse_id, status in ((1, "Available"), (2, "Occupied"), (1, "Faulted")):
        await call(ctx, "StatusNotification", {"timestamp": at(evse_id), "connectorStatus": status,
                                               "evseId": evse_id, "connectorId": 1})
    connectors = sorted((await reload(ctx)).connectors, key=lambda c: c.evse_id or 0)
    assert [(c.evse_id, c.connector_id, c.status) for c in connectors] == [
        (1, 1, "Faulted"), (2, 1, "Occupied")]


# ---- authorization ---------------------------------------------------------------------------

@both_versions
async def test_authorize_answers_the_badge_rules_in_2x_words(world: World,
                                                             version: OcppVersion) -> None:
    ctx = await context(world, version, f"AUTH-{version}")

    async def status_of(uid: str) -> dict[str, Any]:
        reply = await call(ctx, "Authorize", {"idToken": token(uid)})
        info: dict[str, Any] = reply["idTokenInfo"]
        return info

    assert (await status_of("TAG-OK"))["status"] == "Accepted"
    assert (await status_of("NOBODY"))["status"] == "Invalid"
    assert (await status_of("TAG-BLOCKED"))["status"] == "Blocked"
    expired = await status_of("TAG-OLD")
    assert expired["status"] == "Expired"
    assert expired["cacheExpiryDateTime"].startswith("2020-01-01")
    child = await status_of("TAG-CHILD")
    assert child["groupIdToken"] == {"idToken": "FLEET-1", "type": "Central"}


@both_versions
async def test_a_badge_already_charging_is_concurrent_tx(world: World,
                                                         version: OcppVersion) -> None:
    ctx = await context(world, version, f"BUSY-{version}")
    first = await call(ctx, "TransactionEvent", tx_event(
        "Started", f"busy-a-{version}", 0, 0, evse={"id": 1, "connectorId": 1},
        idToken=token("TAG-BUSY")))
    assert first["idTokenInfo"]["status"] == "Accepted"
    second = await call(ctx, "TransactionEvent", tx_event(
        "Started", f"busy-b-{version}", 1, 0, evse={"id": 2, "connectorId": 1},
        idToken=token("TAG-BUSY")))
    assert second["idTokenInfo"]["status"] == "ConcurrentTx"
    auth = await call(ctx, "Authorize", {"idToken": token("TAG-BUSY")})
    assert auth["idTokenInfo"]["status"] == "ConcurrentTx"
    for n, tx in enumerate((f"busy-a-{version}", f"busy-b-{version}")):
        await call(ctx, "TransactionEvent", tx_event("Ended", tx, 5, 1 + n))


# ---- transactions ----------------------------------------------------------------------------

@both_versions
async def test_a_transaction_becomes_one_completed_session(world: World,
                                                           version: OcppVersion) -> None:
    ctx = await context(world, version, f"TX-{version}")
    badge = "TAG-201" if version == "ocpp2.0.1" else "TAG-21"
    tx_id = f"tx-{version}"
    started = await call(ctx, "TransactionEvent", tx_event(
        "Started", tx_id, 0, 0, evse={"id": 2, "connectorId": 1}, idToken=token(badge),
        values=[register(1000, "Transaction.Begin")]))
    assert started["idTokenInfo"] == {"status": "Accepted"}

    session = await sessions.find_one(world.tenant.id, {"ocpp_transaction_id": tx_id})
    assert session is not None
    assert (session.status, session.evse_id, session.connector_id, session.id_tag,
            session.user_id, session.meter_start_wh) == ("active", 2, 1, badge,
                                                         world.driver_id, 1000)

    updated = await call(ctx, "TransactionEvent", tx_event(
        "Updated", tx_id, 10, 1, values=[
            register(1.5, unitOfMeasure={"unit": "kWh"}),
            {"value": 7.4, "measurand": "Power.Active.Import",
             "unitOfMeasure": {"unit": "W", "multiplier": 3}}]))
    assert updated == {}
    await world.container.sessions.flush()
    live = await sessions.get(world.tenant.id, session.id)
    assert live is not None
    assert (live.energy_wh, live.power_w) == (500, 7400)

    ended = await call(ctx, "TransactionEvent", tx_event(
        "Ended", tx_id, 30, 2, idToken=token(badge),
        transactionInfo={"transactionId": tx_id, "stoppedReason": "EVDisconnected"},
        values=[register(3500, "Transaction.End")]))
    assert ended["idTokenInfo"]["status"] == "Accepted"

    done = await sessions.get(world.tenant.id, session.id)
    assert done is not None
    assert (done.status, done.meter_stop_wh, done.energy_wh, done.stop_reason,
            done.stopped_by_id_tag, done.duration_s) == ("completed", 3500, 2500,
                                                         "EVDisconnected", badge, 1800)
    stored = await samples.find(world.tenant.id, {"session_id": session.id}, limit=0)
    assert sorted((s.context, s.measurand, s.value, s.unit) for s in stored) == sorted([
        ("Transaction.Begin", "Energy.Active.Import.Register", 1000, "Wh"),
        ("Sample.Periodic", "Energy.Active.Import.Register", 1.5, "kWh"),
        ("Sample.Periodic", "Power.Active.Import", 7400, "W"),
        ("Transaction.End", "Energy.Active.Import.Register", 3500, "Wh")])
    assert {s.connector_id for s in stored} == {1}


@both_versions
async def test_a_retransmitted_start_keeps_one_session(world: World,
                                                       version: OcppVersion) -> None:
    ctx = await context(world, version, f"RETRY-{version}")
    event = tx_event("Started", f"retry-{version}", 0, 0, evse={"id": 1},
                     values=[register(10, "Transaction.Begin")])
    await call(ctx, "TransactionEvent", event)
    again = await call(ctx, "TransactionEvent", event)
    assert again == {}  # no idToken, no idTokenInfo
    found = await sessions.find(world.tenant.id, {"ocpp_transaction_id": f"retry-{version}"})
    assert len(found) == 1
    assert (found[0].id_tag, found[0].connector_id, found[0].evse_id) == (None, 1, 1)
    await call(ctx, "TransactionEvent", tx_event("Ended", f"retry-{version}", 1, 1))


@both_versions
async def test_a_transaction_started_offline_is_opened_by_its_first_event(
        world: World, version: OcppVersion) -> None:
    ctx = await context(world, version, f"OFFLINE-{version}")
    badge = "TAG-OFF-201" if version == "ocpp2.0.1" else "TAG-OFF-21"
    tx_id = f"offline-{version}"
    updated = await call(ctx, "TransactionEvent", tx_event(
        "Updated", tx_id, 5, 3, offline=True, evse={"id": 1, "connectorId": 1},
        idToken=token(badge), values=[register(20_000)]))
    assert updated["idTokenInfo"]["status"] == "Accepted"
    session = await sessions.find_one(world.tenant.id, {"ocpp_transaction_id": tx_id})
    assert session is not None
    assert (session.status, session.meter_start_wh, session.user_id) == (
        "active", 20_000, world.driver_id)

    await call(ctx, "TransactionEvent", tx_event(
        "Ended", tx_id, 45, 4, values=[register(26_000, "Transaction.End")]))
    done = await sessions.get(world.tenant.id, session.id)
    assert done is not None
    assert (done.status, done.energy_wh, done.stop_reason) == ("completed", 6000, "Local")


@both_versions
async def test_an_ended_event_alone_still_leaves_a_session(world: World,
                                                           version: OcppVersion) -> None:
    ctx = await context(world, version, f"LOST-{version}")
    tx_id = f"lost-{version}"
    await call(ctx, "TransactionEvent", tx_event(
        "Ended", tx_id, 60, 9, evse={"id": 1, "connectorId": 1}, values=[
            register(5000, "Transaction.Begin"), register(5800, "Transaction.End")]))
    done = await sessions.find_one(world.tenant.id, {"ocpp_transaction_id": tx_id})
    assert done is not None
    assert (done.status, done.meter_start_wh, done.energy_wh) == ("completed", 5000, 800)


@both_versions
async def test_meter_values_outside_a_transaction_are_stored_unattached(
        world: World, version: OcppVersion) -> None:
    ctx = await context(world, version, f"METER-{version}")
    await call(ctx, "MeterValues", {"evseId": 3, "meterValue": [{
        "timestamp": at(0), "sampledValue": [{"value": 230.5, "measurand": "Voltage"}]}]})
    stored = await samples.find(world.tenant.id, {"station_id": ctx.station.station_id})
    assert [(s.session_id, s.connector_id, s.measurand, s.value, s.unit) for s in stored] == [
        (None, 3, "Voltage", 230.5, "V")]


# ---- device model and station reports --------------------------------------------------------

@both_versions
async def test_notify_report_caches_actual_values_by_key(world: World,
                                                         version: OcppVersion) -> None:
    ctx = await context(world, version, f"REPORT-{version}")
    await call(ctx, "NotifyReport", {
        "requestId": 7, "generatedAt": at(0), "seqNo": 0, "tbc": False, "reportData": [
            {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"},
             "variableAttribute": [{"type": "Actual", "value": "300", "mutability": "ReadWrite"},
                                   {"type": "MinSet", "value": "10"}]},
            {"component": {"name": "EVSE", "evse": {"id": 1}},
             "variable": {"name": "AvailabilityState"},
             "variableAttribute": [{"value": "Available", "mutability": "ReadOnly"}]},
            {"component": {"name": "Connector", "evse": {"id": 1, "connectorId": 2}},
             "variable": {"name": "ConnectorType"},
             "variableAttribute": [{"value": "cType2"}]},
            {"component": {"name": "OCPPCommCtrlr"},
             "variable": {"name": "MessageAttempts", "instance": "TransactionEvent"},
             "variableAttribute": [{"value": "3"}]},
            {"component": {"name": "SecurityCtrlr"}, "variable": {"name": "BasicAuthPassword"},
             "variableAttribute": [{"mutability": "WriteOnly"}]},
        ]})
    assert (await reload(ctx)).configuration == {
        "OCPPCommCtrlr/HeartbeatInterval": "300",
        "EVSE#1/AvailabilityState": "Available",
        "Connector#1:2/ConnectorType": "cType2",
        "OCPPCommCtrlr/MessageAttempts(TransactionEvent)": "3",
        "SecurityCtrlr/BasicAuthPassword": None,
    }
    kept = await history.find_one(world.tenant.id, {"station_id": ctx.station.station_id,
                                                     "action": "NotifyReport"})
    assert kept is not None and kept.payload["requestId"] == 7


@both_versions
async def test_station_reports_are_kept(world: World, version: OcppVersion) -> None:
    ctx = await context(world, version, f"REPORTS-{version}")
    await call(ctx, "FirmwareStatusNotification", {"status": "Downloading", "requestId": 4})
    await call(ctx, "LogStatusNotification", {"status": "Uploading", "requestId": 5})
    await call(ctx, "SecurityEventNotification", {"type": "FirmwareUpdated",
                                                  "timestamp": at(1), "techInfo": "2.0.1"})
    await call(ctx, "NotifyEvent", {"generatedAt": at(2), "seqNo": 0, "eventData": [{
        "eventId": 1, "timestamp": at(2), "trigger": "Delta", "actualValue": "Faulted",
        "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
        "variable": {"name": "AvailabilityState"},
        "eventNotificationType": "HardWiredNotification"}]})
    station = await reload(ctx)
    assert (station.firmware_status, station.diagnostics_status) == ("Downloading", "Uploading")
    kept = await history.find(world.tenant.id, {"station_id": ctx.station.station_id}, limit=0)
    by_action = {m.action: m.payload for m in kept}
    assert by_action["FirmwareStatusNotification"]["requestId"] == 4
    assert by_action["LogStatusNotification"]["requestId"] == 5
    assert by_action["SecurityEventNotification"]["type"] == "FirmwareUpdated"
    assert by_action["NotifyEvent"]["eventData"][0]["actualValue"] == "Faulted"


@both_versions
async def test_data_transfer_reaches_the_vendor_handler_as_text(world: World,
                                                                version: OcppVersion) -> None:
    ctx = await context(world, version, f"DT-{version}")
    seen: list[tuple[str | None, str | None]] = []

    async def vendor(station: ChargingStation, message_id: str | None,
                     data: str | None) -> DataTransferReply:
        seen.append((message_id, data))
        return DataTransferReply("Accepted", "pong")

    world.container.data_transfer.register(f"acme-{version}", vendor)
    reply = await call(ctx, "DataTransfer", {"vendorId": f"acme-{version}", "messageId": "ping",
                                             "data": {"n": 1}})
    assert reply == {"status": "Accepted", "data": "pong"}
    assert seen == [("ping", '{"n":1}')]
    unknown = await call(ctx, "DataTransfer", {"vendorId": "nobody"})
    assert unknown == {"status": "UnknownVendorId"}
    kept = await history.find(world.tenant.id, {"station_id": ctx.station.station_id,
                                                "action": "DataTransfer"}, limit=0)
    assert sorted(m.result["status"] for m in kept if m.result) == ["Accepted",
                                                                    "UnknownVendorId"]
