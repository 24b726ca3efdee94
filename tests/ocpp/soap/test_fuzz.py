"""No request a SOAP station sends can crash the server: it gets a response or a Sender fault.

A real server process is sent generated bodies: any text, and valid OCPP 1.6 requests with
one element changed, emptied or removed. Each gets 200 with the response, or a SOAP 1.2 fault
whose code is Sender (a Receiver fault is kept for failures of the server itself), and the
server still answers a Heartbeat afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tests.api.live_server import LiveServer, live_server
from tests.ocpp.fuzzing import FUZZ, mutate
from tests.ocpp.soap.peers import ENV
from tests.ocpp.soap.test_server import HEARTBEAT, SOAP12, envelope

STATION = "DEMO-CP1"

# Valid requests, elements in the order of the 1.6 WSDL; a list is a repeated element.
VALID: dict[str, dict[str, Any]] = {
    "bootNotificationRequest": {"chargePointVendor": "Demo", "chargePointModel": "Simulator",
                                "firmwareVersion": "1.0", "meterSerialNumber": "M-1"},
    "authorizeRequest": {"idTag": "DEMO-TAG"},
    "startTransactionRequest": {"connectorId": 1, "idTag": "DEMO-TAG",
                                "timestamp": "2026-11-23T10:00:00Z", "meterStart": 1000},
    "statusNotificationRequest": {"connectorId": 1, "status": "Charging",
                                  "errorCode": "NoError", "timestamp": "2026-11-23T10:00:00Z"},
    "meterValuesRequest": {"connectorId": 1, "transactionId": 1, "meterValue": [
        {"timestamp": "2026-11-23T10:01:00Z", "sampledValue": [
            {"value": "1500", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
            {"value": "7.2", "context": "Sample.Periodic", "measurand": "Power.Active.Import",
             "phase": "L1", "unit": "kW"}]}]},
    "stopTransactionRequest": {"transactionId": 1, "idTag": "DEMO-TAG",
                               "timestamp": "2026-11-23T10:30:00Z", "meterStop": 2000,
                               "reason": "Local"},
    "dataTransferRequest": {"vendorId": "acme", "messageId": "ping", "data": "1"},
    "diagnosticsStatusNotificationRequest": {"status": "Uploaded"},
    "firmwareStatusNotificationRequest": {"status": "Installed"},
}


def xml(name: str, value: Any) -> str:
    """`value` as the content of element `name` (lists repeat the element)."""
    if isinstance(value, list):
        return "".join(xml(name, item) for item in value)
    if isinstance(value, dict):
        inner = "".join(xml(str(key), child) for key, child in value.items())
    elif isinstance(value, bool):
        inner = "true" if value else "false"
    else:
        inner = escape("" if value is None else str(value))
    tag = name if name.isidentifier() else "odd"
    return f"<ocpp:{tag}>{inner}</ocpp:{tag}>"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("soap-fuzz")) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    port = server.env["EVSERVER_CENTRAL_SYSTEMS__1__PORT"]
    with httpx.Client(base_url=f"http://127.0.0.1:{port}/ocpp", timeout=10,
                      headers={"content-type": SOAP12}) as http:
        yield http


def assert_answered(response: httpx.Response) -> None:
    if response.status_code == 200:
        root = etree.fromstring(response.content)
        assert root.find(f"{ENV}Body/{ENV}Fault") is None, response.text
        return
    assert response.status_code == 400, (response.status_code, response.text)
    root = etree.fromstring(response.content)
    code = root.findtext(f"{ENV}Body/{ENV}Fault/{ENV}Code/{ENV}Value")
    assert code == "env:Sender", response.text


def assert_alive(client: httpx.Client) -> None:
    response = client.post("/demo", content=envelope(HEARTBEAT, identity=STATION))
    assert response.status_code == 200 and b"heartbeatResponse" in response.content


@FUZZ
@given(body=st.text(max_size=300) | st.binary(max_size=300))
def test_any_body(client: httpx.Client, body: str | bytes) -> None:
    response = client.post("/demo", content=body)
    assert response.status_code in (400, 413, 415), (response.status_code, response.text)
    assert_alive(client)


@FUZZ
@given(data=st.data())
def test_valid_requests_with_one_element_changed(client: httpx.Client,
                                                 data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(VALID)))
    request = mutate(data, VALID[name])
    response = client.post("/demo", content=envelope(xml(name, request), identity=STATION))
    assert_answered(response)
    assert_alive(client)


def test_the_process_lives_on(server: LiveServer, client: httpx.Client) -> None:
    assert_alive(client)
    assert server.process.poll() is None
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
