"""Full OCPP-S sessions in 1.5 and 1.6 with zeep as the station, and the documents they leave."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from lxml import etree

from evserver.core.clock import utcnow
from evserver.storage.documents import ChargingStation, MeterSample, Session, StationMessage
from evserver.storage.repository import TenantRepository
from tests.ocpp.soap.conftest import Csms
from tests.ocpp.soap.peers import ENV, WSA_, ZeepStation

pytestmark = pytest.mark.asyncio(loop_scope="session")

stations = TenantRepository(ChargingStation)
sessions = TenantRepository(Session)
samples = TenantRepository(MeterSample)
messages = TenantRepository(StationMessage)

BASE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
TEMPLATE_KEYS = {"MeterValueSampleInterval", "MeterValuesSampledData",
                 "ClockAlignedDataInterval", "StopTxnSampledData"}


def at(minutes: float) -> datetime:
    return BASE + timedelta(minutes=minutes)


async def station_doc(csms: Csms, station_id: str, tenant_id: str | None = None) -> ChargingStation:
    found = await csms.container.stations.find(tenant_id or csms.acme.id, station_id)
    assert found is not None
    return found


async def wait_for_calls(csms: Csms, station_id: str, count: int) -> None:
    for _ in range(200):
        if len(csms.endpoint.of(station_id)) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{station_id} received {len(csms.endpoint.of(station_id))} calls")


async def test_full_session_over_ocpp_1_6(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP16")
    endpoint = csms.station_endpoint("1.6", "CP16")
    cp = ZeepStation("1.6", f"{csms.url}/acme", "CP16", from_address=endpoint)

    boot = await cp.call("BootNotification", chargePointVendor="Zeep", chargePointModel="S16",
                         chargePointSerialNumber="SN-16", firmwareVersion="1.0.3")
    sent, received = cp.last_exchange()
    assert boot["status"] == "Accepted"
    assert boot["interval"] == csms.container.settings.charging_station.heartbeat_interval_s
    assert received.findtext(f"{ENV}Header/{WSA_}RelatesTo") == sent.findtext(
        f"{ENV}Header/{WSA_}MessageID")
    assert received.findtext(f"{ENV}Header/{WSA_}Action") == "/BootNotificationResponse"

    assert await cp.call("StatusNotification", connectorId=1, status="Available",
                         errorCode="NoError", timestamp=at(0)) is None
    authorized = await cp.call("Authorize", idTag="TAG-OK")
    # zeep unwraps a reply holding a single element: here, idTagInfo.
    assert authorized["status"] == "Accepted"
    started = await cp.call("StartTransaction", connectorId=1, idTag="TAG-OK",
                            timestamp=at(1), meterStart=1000)
    assert started["idTagInfo"]["status"] == "Accepted"
    tx = started["transactionId"]
    await cp.call("StatusNotification", connectorId=1, status="Charging", errorCode="NoError",
                  timestamp=at(1))
    await cp.call("MeterValues", connectorId=1, transactionId=tx, meterValue=[{
        "timestamp": at(16),
        "sampledValue": [
            {"value": "2800", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
            {"value": "7200", "measurand": "Power.Active.Import", "unit": "W"},
            {"value": "55", "measurand": "SoC", "unit": "Percent"},
        ]}])
    assert (await cp.call("Heartbeat")).startswith(str(utcnow().year))
    stopped = await cp.call("StopTransaction", transactionId=tx, idTag="TAG-OK", timestamp=at(31),
                            meterStop=4600, reason="Local", transactionData=[{
                                "timestamp": at(31),
                                "sampledValue": [{"value": "4600", "unit": "Wh"}]}])
    assert stopped["status"] == "Accepted"
    assert (await cp.call("DataTransfer", vendorId="com.example", messageId="hello",
                          data="{}"))["status"] in ("UnknownVendorId", "Accepted", "Rejected")
    await cp.call("FirmwareStatusNotification", status="Installed")
    await cp.call("DiagnosticsStatusNotification", status="Uploaded")

    station = await station_doc(csms, "CP16")
    assert (station.vendor, station.model, station.serial_number, station.firmware_version) == (
        "Zeep", "S16", "SN-16", "1.0.3")
    assert (station.ocpp_protocol, station.ocpp_version) == ("soap", "1.6")
    assert station.endpoint_url == endpoint
    assert station.online and station.remote_address == "127.0.0.1"
    assert (station.firmware_status, station.diagnostics_status) == ("Installed", "Uploaded")
    assert [(c.connector_id, c.status) for c in station.connectors] == [(1, "Charging")]

    session = await sessions.find_one(csms.acme.id, {"transaction_id": tx})
    assert session is not None
    assert session.status == "completed" and session.station_id == "CP16"
    assert (session.meter_start_wh, session.meter_stop_wh, session.energy_wh) == (1000, 4600, 3600)
    assert session.started_at == at(1) and session.stopped_at == at(31)
    assert session.id_tag == "TAG-OK" and session.user_id is not None
    assert session.stop_reason == "Local"
    found = await samples.find(csms.acme.id, {"session_id": session.id}, limit=0)
    assert sorted((s.measurand, s.value, s.unit) for s in found) == [
        ("Energy.Active.Import.Register", 2800, "Wh"),
        ("Energy.Active.Import.Register", 4600, "Wh"),
        ("Power.Active.Import", 7200, "W"),
        ("SoC", 55, "Percent"),
    ]
    history = await messages.find(csms.acme.id, {"station_id": "CP16", "direction": "in"},
                                  limit=0)
    assert {"BootNotification", "StatusNotification", "DataTransfer",
            "FirmwareStatusNotification", "DiagnosticsStatusNotification"} <= {
        m.action for m in history}

    # The accepted boot pushed the station template over SOAP, to the announced endpoint.
    await wait_for_calls(csms, "CP16", len(TEMPLATE_KEYS))
    pushed = csms.endpoint.of("CP16")[: len(TEMPLATE_KEYS)]
    assert {r.operation for r in pushed} == {"ChangeConfiguration"}
    assert {r.body["key"] for r in pushed} == TEMPLATE_KEYS
    assert all(r.charge_box_identity == "CP16" and r.to == endpoint for r in pushed)
    assert all(r.from_address == f"{csms.url}/acme" for r in pushed)


async def test_full_session_over_ocpp_1_5(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP15")
    endpoint = csms.station_endpoint("1.5", "CP15")
    cp = ZeepStation("1.5", f"{csms.url}/acme", "CP15", from_address=endpoint)

    boot = await cp.call("BootNotification", chargePointVendor="Zeep", chargePointModel="S15")
    assert boot["status"] == "Accepted"
    # zeep checks the reply against the 1.5 WSDL: 1.5 names it heartbeatInterval.
    assert boot["heartbeatInterval"] == (
        csms.container.settings.charging_station.heartbeat_interval_s)
    started = await cp.call("StartTransaction", connectorId=2, idTag="TAG-OK", timestamp=at(0),
                            meterStart=0)
    tx = started["transactionId"]
    await cp.call("StatusNotification", connectorId=2, status="Occupied", errorCode="Mode3Error",
                  timestamp=at(0))
    await cp.call("MeterValues", connectorId=2, transactionId=tx, values=[{
        "timestamp": at(10),
        "value": [{"_value_1": "1500", "measurand": "Energy.Active.Import.Register",
                   "unit": "Wh"},
                  {"_value_1": "16", "measurand": "Current.Import", "unit": "Amp"}]}])
    stopped = await cp.call("StopTransaction", transactionId=tx, idTag="TAG-OK",
                            timestamp=at(20), meterStop=3000, transactionData=[{"values": [{
                                "timestamp": at(20), "value": [{"_value_1": "3000"}]}]}])
    assert stopped["status"] == "Accepted"
    assert (await cp.call("Heartbeat")).startswith(str(utcnow().year))

    station = await station_doc(csms, "CP15")
    assert (station.vendor, station.model) == ("Zeep", "S15")
    assert (station.ocpp_protocol, station.ocpp_version) == ("soap", "1.5")
    assert station.endpoint_url == endpoint
    # 1.5 Occupied and Mode3Error are stored under their 1.6 names.
    assert [(c.connector_id, c.status, c.error_code) for c in station.connectors] == [
        (2, "Charging", "EVCommunicationError")]
    session = await sessions.find_one(csms.acme.id, {"transaction_id": tx})
    assert session is not None
    assert (session.status, session.energy_wh, session.meter_stop_wh) == ("completed", 3000, 3000)
    found = await samples.find(csms.acme.id, {"session_id": session.id}, limit=0)
    assert sorted((s.measurand, s.value, s.unit) for s in found) == [
        ("Current.Import", 16, "A"),
        ("Energy.Active.Import.Register", 1500, "Wh"),
        ("Energy.Active.Import.Register", 3000, "Wh"),
    ]


async def test_same_station_id_in_two_tenants(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP-TWIN")
    await csms.container.stations.add(csms.other.id, "CP-TWIN")
    in_acme = ZeepStation("1.6", f"{csms.url}/acme", "CP-TWIN",
                          from_address=csms.station_endpoint("1.6", "acme-twin"))
    in_other = ZeepStation("1.5", f"{csms.url}/other", "CP-TWIN",
                           from_address=csms.station_endpoint("1.5", "other-twin"))

    await in_acme.call("BootNotification", chargePointVendor="Acme", chargePointModel="A")
    await in_other.call("BootNotification", chargePointVendor="Other", chargePointModel="O")
    acme_tx = (await in_acme.call("StartTransaction", connectorId=1, idTag="TAG-OK",
                                  timestamp=at(0), meterStart=0))["transactionId"]
    other_start = await in_other.call("StartTransaction", connectorId=1, idTag="TAG-OTHER",
                                      timestamp=at(0), meterStart=0)
    # Each tenant's badges are its own.
    refused = await in_acme.call("Authorize", idTag="TAG-OTHER")
    assert refused["status"] != "Accepted"

    a = await station_doc(csms, "CP-TWIN", csms.acme.id)
    o = await station_doc(csms, "CP-TWIN", csms.other.id)
    assert (a.vendor, a.ocpp_version, a.endpoint_url) == (
        "Acme", "1.6", csms.station_endpoint("1.6", "acme-twin"))
    assert (o.vendor, o.ocpp_version, o.endpoint_url) == (
        "Other", "1.5", csms.station_endpoint("1.5", "other-twin"))
    assert other_start["idTagInfo"]["status"] == "Accepted"
    acme_session = await sessions.find_one(csms.acme.id, {"transaction_id": acme_tx})
    other_session = await sessions.find_one(
        csms.other.id, {"transaction_id": other_start["transactionId"]})
    assert acme_session is not None and other_session is not None
    assert acme_session.tenant_id != other_session.tenant_id
    assert other_session.id_tag == "TAG-OTHER"


async def test_wsdl_is_served_with_this_endpoint_as_address(csms: Csms) -> None:
    async with httpx.AsyncClient() as client:
        for query, namespace in (("wsdl", "urn://Ocpp/Cs/2015/10/"),
                                 ("wsdl&version=1.5", "urn://Ocpp/Cs/2012/06/"),
                                 ("WSDL&version=1.6", "urn://Ocpp/Cs/2015/10/")):
            response = await client.get(f"{csms.url}/acme?{query}")
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/xml")
            root = etree.fromstring(response.content)
            assert root.get("targetNamespace") == namespace
            address = root.find(".//{http://schemas.xmlsoap.org/wsdl/soap12/}address")
            assert address is not None and address.get("location") == f"{csms.url}/acme"
        assert (await client.get(f"{csms.url}/nobody?wsdl")).status_code == 404
        assert (await client.get(f"{csms.url}/acme?wsdl&version=2.0")).status_code == 400


async def test_a_station_can_be_built_from_the_served_wsdl(csms: Csms) -> None:
    """A SOAP stack pointed at `?wsdl` finds the endpoint by itself."""
    from zeep import Client

    def boot() -> str:
        client = Client(f"{csms.url}/acme?wsdl")
        reply = client.service.Heartbeat(_soapheaders={"ChargeBoxIdentity": "CP16"})
        return str(reply)

    assert await asyncio.to_thread(boot)
