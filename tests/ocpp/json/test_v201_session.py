"""A full OCPP 2.0.1 session over a real socket, with the `ocpp` package as the station."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from ocpp.v201 import ChargePoint, call
from websockets.asyncio.client import connect

from evserver.storage.documents import ChargingStation, MeterSample, Session
from evserver.storage.repository import TenantRepository
from tests.ocpp.json.conftest import Csms

pytestmark = pytest.mark.asyncio(loop_scope="session")


def energy(wh: float, context: str, at: str) -> dict[str, Any]:
    return {"timestamp": at, "sampledValue": [{
        "value": wh, "context": context, "measurand": "Energy.Active.Import.Register",
        "unitOfMeasure": {"unit": "Wh"}}]}


async def test_full_201_session_leaves_the_expected_documents(csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP201")
    ws = await connect(f"{csms.url}/acme/CP201", subprotocols=["ocpp2.0.1"])  # type: ignore[list-item]
    station = ChargePoint("CP201", ws)
    task = asyncio.create_task(station.start())
    try:
        boot = await station.call(call.BootNotification(
            charging_station={"vendorName": "Acme", "model": "Twin-22",
                              "firmwareVersion": "2.0.0"}, reason="PowerUp"))
        assert boot.status == "Accepted"
        await station.call(call.StatusNotification(
            timestamp="2026-11-23T10:00:00Z", connector_status="Occupied", evse_id=1,
            connector_id=1))
        token = {"idToken": "TAG-OK", "type": "ISO14443"}
        started = await station.call(call.TransactionEvent(
            event_type="Started", timestamp="2026-11-23T10:00:00Z",
            trigger_reason="Authorized", seq_no=0, transaction_info={"transactionId": "t-201"},
            evse={"id": 1, "connectorId": 1}, id_token=token,
            meter_value=[energy(500, "Transaction.Begin", "2026-11-23T10:00:00Z")]))
        assert started.id_token_info["status"] == "Accepted"
        await station.call(call.TransactionEvent(
            event_type="Updated", timestamp="2026-11-23T10:15:00Z",
            trigger_reason="MeterValuePeriodic", seq_no=1,
            transaction_info={"transactionId": "t-201", "chargingState": "Charging"},
            meter_value=[energy(2500, "Sample.Periodic", "2026-11-23T10:15:00Z")]))
        await station.call(call.TransactionEvent(
            event_type="Ended", timestamp="2026-11-23T10:30:00Z", trigger_reason="EVDeparted",
            seq_no=2,
            transaction_info={"transactionId": "t-201", "stoppedReason": "EVDisconnected"},
            meter_value=[energy(4500, "Transaction.End", "2026-11-23T10:30:00Z")]))
    finally:
        await ws.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    session = await TenantRepository(Session).find_one(csms.tenant.id,
                                                       {"ocpp_transaction_id": "t-201"})
    assert session is not None
    assert session.status == "completed" and session.transaction_id > 0
    assert (session.meter_start_wh, session.meter_stop_wh, session.energy_wh) == (500, 4500, 4000)
    assert session.duration_s == 30 * 60 and session.stop_reason == "EVDisconnected"
    assert (session.evse_id, session.connector_id, session.id_tag) == (1, 1, "TAG-OK")
    samples = await TenantRepository(MeterSample).find(csms.tenant.id,
                                                       {"session_id": session.id}, limit=0)
    assert sorted(s.value for s in samples) == [500, 2500, 4500]
    stored = await TenantRepository(ChargingStation).find_one(csms.tenant.id,
                                                              {"station_id": "CP201"})
    assert stored is not None and stored.ocpp_version == "2.0.1" and stored.model == "Twin-22"


async def test_storage_failure_is_an_internal_error_and_the_connection_lives(
        csms: Csms, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("database went away")

    monkeypatch.setattr(csms.container.stations, "heartbeat", broken)
    async with connect(f"{csms.url}/acme/CP1", subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps([2, "h1", "Heartbeat", {}]))
        reply = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert reply[:3] == [4, "h1", "InternalError"]
        monkeypatch.undo()
        await ws.send(json.dumps([2, "h2", "Heartbeat", {}]))
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))[:2] == [3, "h2"]
