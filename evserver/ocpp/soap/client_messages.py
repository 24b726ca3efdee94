"""ChargePointService calls: write our requests to a station and read its replies.

Sending is the gateway's job: POST `build_call`'s bytes to the station's endpoint with
`call_content_type(...)`, then hand the reply body to `parse_call_response`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree

from evserver.ocpp.soap import convert, schema
from evserver.ocpp.soap.envelope import (
    CONTENT_TYPE,
    SOAP12_NS,
    WSA_NS,
    SoapFault,
    new_message_id,
    serialize_envelope,
    split_envelope,
    wsa_element,
    wsa_header,
)
from evserver.ocpp.soap.xmlsafe import XmlInputError, parse_xml

_ENV = f"{{{SOAP12_NS}}}"
_WSA = f"{{{WSA_NS}}}"


class StationFaultError(Exception):
    """The station answered with a SOAP Fault; `code` is its fault code (e.g. `Sender`)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


class InvalidCallResponseError(ValueError):
    """The station's reply is not a readable, valid reply to our call; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def build_call(
    version: schema.Version,
    operation: str,
    payload: Mapping[str, Any],
    station_id: str,
    to_url: str,
    from_url: str,
) -> tuple[str, bytes]:
    """Write a ChargePointService request from a 1.6-shaped dict; return (message id, envelope).

    Raises `convert.UnsupportedOperationError` for an operation the version lacks (e.g.
    TriggerMessage in 1.5) and `convert.PayloadError` when the dict does not fit the request.
    """
    body = convert.cp_request_to_element(version, operation, payload)
    service = schema.load("cp", version)
    message_id = new_message_id()
    identity = etree.Element(service.qname("chargeBoxIdentity"), nsmap={"ocpp": service.namespace})
    identity.text = station_id
    sender = etree.Element(f"{_WSA}From", nsmap={"wsa": WSA_NS})
    etree.SubElement(sender, f"{_WSA}Address").text = from_url
    headers = [
        identity,
        wsa_element("Action", convert.operation_of("cp", version, operation).request_action),
        wsa_element("MessageID", message_id),
        wsa_element("To", to_url),
        sender,
    ]
    return message_id, serialize_envelope(headers, body)


def call_content_type(version: schema.Version, operation: str) -> str:
    """Return the HTTP Content-Type of a call, with the SOAP 1.2 `action` parameter."""
    action = convert.operation_of("cp", version, operation).request_action
    return f'{CONTENT_TYPE}; action="{action}"'


def parse_call_response(
    version: schema.Version,
    operation: str,
    raw: bytes,
    *,
    message_id: str | None = None,
) -> dict[str, Any]:
    """Read a station's reply to `operation` as a 1.6-shaped dict.

    Raises `StationFaultError` for a SOAP Fault and `InvalidCallResponseError` for anything
    else that is not a valid reply; with `message_id`, a `wsa:RelatesTo` naming another
    message is refused too.
    """
    found = convert.operation_of("cp", version, operation)
    service = schema.load("cp", version)
    try:
        header, body = split_envelope(parse_xml(raw))
    except XmlInputError as exc:
        raise InvalidCallResponseError(exc.reason) from None
    except SoapFault as exc:
        raise InvalidCallResponseError(exc.reason) from None
    if body.tag == f"{_ENV}Fault":
        raise _station_fault(body)
    relates_to = wsa_header(header, "RelatesTo")
    if message_id and relates_to is not None and (relates_to.text or "").strip() != message_id:
        raise InvalidCallResponseError(
            f"reply relates to '{relates_to.text}', not to our message '{message_id}'"
        )
    if body.tag != service.qname(found.response_element):
        raise InvalidCallResponseError(
            f"expected {found.response_element} in '{service.namespace}', "
            f"got {etree.QName(body).localname} in '{etree.QName(body).namespace}'"
        )
    try:
        schema.validate(service, body)
    except schema.SchemaViolationError as exc:
        raise InvalidCallResponseError(exc.reason) from None
    return convert.cp_response_to_dict(version, operation, body)


def _station_fault(fault: etree._Element) -> StationFaultError:
    value = fault.findtext(f"{_ENV}Code/{_ENV}Value") or "Receiver"
    reason = fault.findtext(f"{_ENV}Reason/{_ENV}Text") or "no reason given"
    return StationFaultError(value.strip().rpartition(":")[2], reason.strip())
