"""A full OCPP 1.6 session over a real socket, with the `ocpp` package as the station."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ocpp.routing import on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.enums import Action
from websockets.asyncio.client import ClientConnection, connect

from evserver.storage.documents import ChargingStation, MeterSample, Session, StationMessage
from evserver.storage.repository import TenantRepository
from tests.ocpp.json.conftest import Csms

pytestmark = pytest.mark.asyncio(loop_scope="session")


class Station(ChargePoint):  # type: ignore[misc]
    """A station that accepts every command the tests send."""

    received: list[tuple[str, dict[str, Any]]]

    @on(Action.reset)
    def on_reset(self, type: str) -> call_result.Reset:
        self.received.append(("Reset", {"type": type}))
        return call_result.Reset(status="Accepted")

    @on(Action.change_configuration)
    def on_change_configuration(self, key: str, value: str) -> call_result.ChangeConfiguration:
        self.received.append(("ChangeConfiguration", {"key": key, "value": value}))
        return call_result.ChangeConfiguration(status="Accepted")

    @on(Action.remote_stop_transaction)
    def on_remote_stop(self, transaction_id: int) -> call_result.RemoteStopTransaction:
        self.received.append(("RemoteStopTransaction", {"transactionId": transaction_id}))
        return call_result.RemoteStopTransaction(status="Accepted")

    @on(Action.remote_start_transaction)
    def on_remote_start(self, id_tag: str, **kw: Any) -> call_result.RemoteStartTransaction:
        self.received.append(("RemoteStartTransaction", {"idTag": id_tag, **kw}))
        return call_result.RemoteStartTransaction(status="Accepted")


async def open_station(csms: Csms, station_id: str, path: str | None = None,
                       **kw: Any) -> tuple[Station, ClientConnection, asyncio.Task[None]]:
    ws = await connect(f"{csms.url}/{path or 'acme/' + station_id}",
                       subprotocols=["ocpp1.6"], **kw)  # type: ignore[list-item]
    station = Station(station_id, ws)
    station.received = []
    task = asyncio.create_task(station.start())
    return station, ws, task


async def close(ws: ClientConnection, task: asyncio.Task[None]) -> None:
    await ws.close()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def at(minutes: float) -> str:
    base = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    return (base + timedelta(minutes=minutes)).isoformat()


async def test_full_session_leaves_the_expected_documents(csms: Csms) -> None:
    station, ws, task = await open_station(csms, "CP1")
    try:
        boot = await station.call(call.BootNotification(
            charge_point_vendor="Acme", charge_point_model="Fast-22",
            charge_point_serial_number="SN-1", firmware_version="1.2.3", iccid="8931",
            meter_type="EM", meter_serial_number="M-1"))
        assert boot.status == "Accepted"
        assert boot.interval == csms.container.settings.charging_station.heartbeat_interval_s
        await station.call(call.StatusNotification(connector_id=1, error_code="NoError",
                                                   status="Available", timestamp=at(0)))
        auth = await station.call(call.Authorize(id_tag="TAG-OK"))
        assert auth.id_tag_info["status"] == "Accepted"
        unknown = await station.call(call.Authorize(id_tag="NOPE"))
        assert unknown.id_tag_info["status"] == "Invalid"

        start = await station.call(call.StartTransaction(
            connector_id=1, id_tag="TAG-OK", meter_start=1000, timestamp=at(0)))
        assert start.id_tag_info["status"] == "Accepted"
        tx = start.transaction_id
        again = await station.call(call.StartTransaction(
            connector_id=1, id_tag="TAG-OK", meter_start=1000, timestamp=at(0)))
        assert again.transaction_id == tx, "a retransmitted start returns the same id"

        for minute, wh, w in ((5, 1500, 6000), (10, 2500, 12000), (15, 2500, 0)):
            await station.call(call.MeterValues(connector_id=1, transaction_id=tx, meter_value=[{
                "timestamp": at(minute), "sampledValue": [
                    {"value": str(wh), "measurand": "Energy.Active.Import.Register",
                     "unit": "Wh", "context": "Sample.Periodic"},
                    {"value": str(w / 1000), "measurand": "Power.Active.Import", "unit": "kW"},
                    {"value": "42", "measurand": "SoC", "unit": "Percent"},
                ]}]))
        repo = TenantRepository(Session)
        await csms.container.sessions.flush()
        live = await repo.find_one(csms.tenant.id, {"transaction_id": tx})
        assert live is not None and live.status == "active"
        assert (live.energy_wh, live.power_w, live.soc) == (1500, 0, 42)
        assert live.inactivity_s == 300

        stop = await station.call(call.StopTransaction(
            meter_stop=3000, timestamp=at(20), transaction_id=tx, id_tag="TAG-OK",
            reason="EVDisconnected", transaction_data=[{"timestamp": at(20), "sampledValue": [
                {"value": "3000", "context": "Transaction.End"}]}]))
        assert stop.id_tag_info["status"] == "Accepted"
        unknown_stop = await station.call(call.StopTransaction(
            meter_stop=10, timestamp=at(21), transaction_id=987654))
        assert unknown_stop.id_tag_info is None
    finally:
        await close(ws, task)

    done = await repo.find_one(csms.tenant.id, {"transaction_id": tx})
    assert done is not None
    assert done.status == "completed"
    assert (done.meter_start_wh, done.meter_stop_wh, done.energy_wh) == (1000, 3000, 2000)
    assert done.duration_s == 20 * 60
    assert done.stop_reason == "EVDisconnected"
    assert done.user_id is not None and done.id_tag == "TAG-OK"
    samples = await TenantRepository(MeterSample).find(csms.tenant.id, {"session_id": done.id},
                                                       limit=0)
    assert len(samples) == 10
    assert {s.unit for s in samples} == {"Wh", "kW", "Percent"}
    stored = await TenantRepository(ChargingStation).find_one(csms.tenant.id,
                                                              {"station_id": "CP1"})
    assert stored is not None
    assert (stored.vendor, stored.model, stored.firmware_version) == ("Acme", "Fast-22", "1.2.3")
    assert stored.ocpp_protocol == "json" and stored.ocpp_version == "1.6"
    connector = next(c for c in stored.connectors if c.connector_id == 1)
    assert connector.status == "Available" and connector.current_session_id is None
    history = await TenantRepository(StationMessage).find(
        csms.tenant.id, {"station_id": "CP1", "action": "StatusNotification"})
    assert history and history[0].payload["status"] == "Available"


async def test_a_station_still_charging_a_soft_stopped_session_is_asked_to_stop(
        csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP-STRAY")
    station, ws, task = await open_station(csms, "CP-STRAY")
    try:
        start = await station.call(call.StartTransaction(
            connector_id=1, id_tag="TAG-OK", meter_start=0, timestamp=at(600)))
        values = call.MeterValues(connector_id=1, transaction_id=start.transaction_id,
                                  meter_value=[{"timestamp": at(601), "sampledValue": [
                                      {"value": "500"}]}])
        await station.call(values)
        # The station stopped answering; an operator closed the session from the server.
        session = await TenantRepository(Session).find_one(
            csms.tenant.id, {"transaction_id": start.transaction_id})
        assert session is not None
        await csms.container.sessions.stop_server_side(csms.tenant.id, session.id)
        # It comes back still charging: it is asked to stop that transaction, once.
        for _ in range(3):
            await station.call(values)
        for _ in range(100):
            if station.received:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        assert station.received == [("RemoteStopTransaction",
                                     {"transactionId": start.transaction_id})]
    finally:
        await close(ws, task)


async def test_late_values_of_a_session_the_station_stopped_ask_for_nothing(
        csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP-LATE")
    station, ws, task = await open_station(csms, "CP-LATE")
    try:
        start = await station.call(call.StartTransaction(
            connector_id=1, id_tag="TAG-OK", meter_start=0, timestamp=at(700)))
        await station.call(call.StopTransaction(meter_stop=900, timestamp=at(730),
                                                transaction_id=start.transaction_id))
        await station.call(call.MeterValues(
            connector_id=1, transaction_id=start.transaction_id,
            meter_value=[{"timestamp": at(720), "sampledValue": [{"value": "800"}]}]))
        await asyncio.sleep(0.2)
        assert station.received == []
    finally:
        await close(ws, task)
