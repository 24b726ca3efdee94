"""OCPP-J connection rules and bad input, over raw WebSockets."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any

import msgspec
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from evserver.core.clock import utcnow
from evserver.ocpp.json import server as server_module
from evserver.settings.model import CentralSystemSettings
from evserver.storage.documents import ChargingStation, RegistrationToken
from evserver.storage.repository import TenantRepository
from tests.ocpp.json.conftest import Csms, basic_auth, central_system
from tests.support import listening_socket

pytestmark = pytest.mark.asyncio(loop_scope="session")
stations = TenantRepository(ChargingStation)


async def rpc(ws: ClientConnection, frame: Any) -> list[Any]:
    await ws.send(frame if isinstance(frame, str) else json.dumps(frame))
    reply: list[Any] = json.loads(await asyncio.wait_for(ws.recv(), 5))
    return reply


async def status_of(csms: Csms, path: str, **kw: Any) -> int:
    with pytest.raises(InvalidStatus) as info:
        async with connect(f"{csms.url}/{path}", **kw):
            pass
    return info.value.response.status_code


async def test_bad_frames_get_callerrors_and_the_connection_lives(csms: Csms) -> None:
    async with connect(f"{csms.url}/acme/CP1", subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        assert (await rpc(ws, "not json"))[:3] == [4, "-1", "FormationViolation"]
        assert (await rpc(ws, "[2, \"m1\"]"))[:3][0] == 4
        assert (await rpc(ws, [2, "m2", "NoSuchAction", {}]))[:3] == [4, "m2", "NotImplemented"]
        reply = await rpc(ws, [2, "m3", "Heartbeat", {"extra": 1}])
        assert reply[:3] == [4, "m3", "PropertyConstraintViolation"]
        reply = await rpc(ws, [2, "m4", "StatusNotification", {"connectorId": "one",
                                                               "errorCode": "NoError",
                                                               "status": "Available"}])
        assert reply[:3] == [4, "m4", "TypeConstraintViolation"]
        assert "connectorId" in reply[3]
        reply = await rpc(ws, [2, "m5", "BootNotification", {"chargePointVendor": "x"}])
        assert reply[:3] == [4, "m5", "OccurenceConstraintViolation"]
        reply = await rpc(ws, [2, "m6", "GetConfiguration", {}])
        assert reply[:3] == [4, "m6", "NotSupported"], "a CSMS-to-station action sent to us"
        # A reply to a call we never made is dropped; the connection still answers.
        await ws.send(json.dumps([3, "never-sent", {}]))
        heartbeat = await rpc(ws, [2, "m7", "Heartbeat", {}])
        assert heartbeat[:2] == [3, "m7"] and "currentTime" in heartbeat[2]


async def test_frame_above_the_limit_closes_with_1009(csms: Csms) -> None:
    async with connect(f"{csms.url}/acme/CP1", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                       max_size=None) as ws:
        await ws.send(json.dumps([2, "big", "DataTransfer", {"vendorId": "x",
                                                             "data": "a" * 20000}]))
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(ws.recv(), 5)
        assert info.value.rcvd is not None and info.value.rcvd.code == 1009


async def test_handshake_checks(csms: Csms) -> None:
    assert await status_of(csms, "nowhere/CP1", subprotocols=["ocpp1.6"]) == 404
    assert await status_of(csms, "acme/CP1", subprotocols=["chat"]) == 400
    assert await status_of(csms, "acme/CP1") == 400
    assert await status_of(csms, "acme/UNKNOWN-1", subprotocols=["ocpp1.6"]) == 404
    assert await status_of(csms, "acme/bad%2Fid/x/y", subprotocols=["ocpp1.6"]) == 404


async def test_password_station_needs_basic_auth(csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP-PW", password="s3cret-station")
    assert await status_of(csms, "acme/CP-PW", subprotocols=["ocpp1.6"]) == 401

    assert await status_of(csms, "acme/CP-PW", subprotocols=["ocpp1.6"],
                           additional_headers=basic_auth("CP-PW", "wrong")) == 401
    assert await status_of(csms, "acme/CP-PW", subprotocols=["ocpp1.6"],
                           additional_headers=basic_auth("OTHER", "s3cret-station")) == 401
    async with connect(f"{csms.url}/acme/CP-PW", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                       additional_headers=basic_auth("CP-PW", "s3cret-station")) as ws:
        assert (await rpc(ws, [2, "h", "Heartbeat", {}]))[0] == 3


async def test_registration_token_creates_the_station(csms: Csms) -> None:
    tenant_id = csms.tenant.id
    repo = TenantRepository(RegistrationToken)
    await repo.insert(tenant_id, RegistrationToken(
        tenant_id=tenant_id, token="tok-valid", expires_at=utcnow() + timedelta(days=1)))
    await repo.insert(tenant_id, RegistrationToken(
        tenant_id=tenant_id, token="tok-expired", expires_at=utcnow() - timedelta(days=1)))
    await repo.insert(tenant_id, RegistrationToken(
        tenant_id=tenant_id, token="tok-revoked", expires_at=utcnow() + timedelta(days=1),
        revoked_at=utcnow()))
    for token in ("tok-expired", "tok-revoked", "tok-nope"):
        assert await status_of(csms, f"acme/{token}/NEW-1", subprotocols=["ocpp1.6"]) == 404
    assert await stations.find_one(tenant_id, {"station_id": "NEW-1"}) is None
    async with connect(f"{csms.url}/acme/tok-valid/NEW-1",
                       subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        reply = await rpc(ws, [2, "b", "BootNotification", {"chargePointVendor": "V",
                                                            "chargePointModel": "M"}])
        assert reply[2]["status"] == "Accepted"
    created = await stations.find_one(tenant_id, {"station_id": "NEW-1"})
    assert created is not None and created.registration_status == "Accepted"


async def test_pending_policy_and_same_id_in_two_tenants(csms: Csms) -> None:
    await csms.container.stations.add(csms.other.id, "CP1")  # same id as acme's CP1
    async with connect(f"{csms.url}/other/CP-NEW", subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        reply = await rpc(ws, [2, "b", "BootNotification", {"chargePointVendor": "V",
                                                            "chargePointModel": "M"}])
        assert reply[2]["status"] == "Pending"
    async with connect(f"{csms.url}/other/CP1", subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        reply = await rpc(ws, [2, "b", "BootNotification", {"chargePointVendor": "Other",
                                                            "chargePointModel": "Box"}])
        assert reply[2]["status"] == "Accepted"
    mine = await stations.find_one(csms.other.id, {"station_id": "CP1"})
    theirs = await stations.find_one(csms.tenant.id, {"station_id": "CP1"})
    assert mine is not None and theirs is not None
    assert mine.vendor == "Other" and theirs.vendor != "Other"


async def test_changed_vendor_is_rejected(csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP-VM")
    async with connect(f"{csms.url}/acme/CP-VM", subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        first = await rpc(ws, [2, "1", "BootNotification", {"chargePointVendor": "A",
                                                            "chargePointModel": "M"}])
        second = await rpc(ws, [2, "2", "BootNotification", {"chargePointVendor": "B",
                                                             "chargePointModel": "M"}])
    assert first[2]["status"] == "Accepted" and second[2]["status"] == "Rejected"


async def test_reconnect_replaces_the_old_socket(csms: Csms) -> None:
    await csms.container.stations.add(csms.tenant.id, "CP-RE")
    url = f"{csms.url}/acme/CP-RE"
    old = await connect(url, subprotocols=["ocpp1.6"])  # type: ignore[list-item]
    new = await connect(url, subprotocols=["ocpp1.6"])  # type: ignore[list-item]
    try:
        with pytest.raises(ConnectionClosed):
            await asyncio.wait_for(old.recv(), 5)
        assert (await rpc(new, [2, "h", "Heartbeat", {}]))[0] == 3
        assert csms.container.gateway.is_connected(csms.tenant.id, "CP-RE")
        stored = await stations.find_one(csms.tenant.id, {"station_id": "CP-RE"})
        assert stored is not None and stored.online
    finally:
        await new.close()
        await old.close()
    for _ in range(50):
        stored = await stations.find_one(csms.tenant.id, {"station_id": "CP-RE"})
        if stored is not None and not stored.online:
            break
        await asyncio.sleep(0.05)
    assert stored is not None and not stored.online
    assert not csms.container.gateway.is_connected(csms.tenant.id, "CP-RE")


async def test_connected_stations_are_kept_seen(csms: Csms,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "MIN_SEEN_PERIOD_S", 0.1)
    fast = msgspec.structs.replace(csms.container.settings.charging_station, offline_after_s=1)
    sock = listening_socket()
    cs = CentralSystemSettings(implementation="json", protocol="ws", host="127.0.0.1",
                               port=sock.getsockname()[1])
    server = central_system(csms.container, cs, fast)
    await server.start(sock)
    # The same station id in the other tenant is not connected and must stay as it is.
    for tenant in (csms.tenant, csms.other):
        await csms.container.stations.add(tenant.id, "CP-SEEN")
    long_ago = utcnow() - timedelta(hours=1)
    try:
        async with connect(f"ws://127.0.0.1:{cs.port}/ocpp/acme/CP-SEEN",
                           subprotocols=["ocpp1.6"]):  # type: ignore[list-item]
            await asyncio.sleep(0.2)  # connected, with no message sent
            for tenant in (csms.tenant, csms.other):
                await stations.collection.update_one(
                    {"tenant_id": tenant.id, "station_id": "CP-SEEN"},
                    {"$set": {"last_seen": long_ago, "online": False}})
            await asyncio.sleep(0.8)
            seen = await stations.find_one(csms.tenant.id, {"station_id": "CP-SEEN"})
            untouched = await stations.find_one(csms.other.id, {"station_id": "CP-SEEN"})
    finally:
        await server.stop()
    assert seen is not None and seen.online and seen.last_seen is not None
    assert seen.last_seen > long_ago + timedelta(minutes=59)
    assert untouched is not None and not untouched.online and untouched.last_seen == long_ago


async def test_transaction_ids_unique_under_50_concurrent_stations(csms: Csms) -> None:
    ids = [f"CC-{i:02d}" for i in range(50)]
    for station_id in ids:
        await csms.container.stations.add(csms.tenant.id, station_id)

    async def start(station_id: str) -> int:
        async with connect(f"{csms.url}/acme/{station_id}",
                           subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
            reply = await rpc(ws, [2, "s", "StartTransaction", {
                "connectorId": 1, "idTag": "FREE", "meterStart": 0,
                "timestamp": utcnow().isoformat()}])
            tx: int = reply[2]["transactionId"]
            return tx

    tx_ids = await asyncio.gather(*(start(s) for s in ids))
    assert len(set(tx_ids)) == 50
