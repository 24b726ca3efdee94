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
