"""SOAP 1.2 envelopes of the CentralSystemService: read station requests, write replies and faults.

HTTP statuses follow the SOAP 1.2 HTTP binding: 400 for `Sender` faults (413 when the message
is too large), 500 for the others (`Receiver`, `VersionMismatch`, `MustUnderstand`). Replies
and faults go out with `CONTENT_TYPE`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from lxml import etree

from evserver.ocpp.soap import convert, schema
from evserver.ocpp.soap.xmlsafe import MAX_MESSAGE_BYTES, XmlInputError, parse_xml

SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope"
SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
WSA_NS = "http://www.w3.org/2005/08/addressing"
WSA_ANONYMOUS = f"{WSA_NS}/anonymous"
WSA_FAULT_ACTION = f"{WSA_NS}/soap/fault"
CONTENT_TYPE = "application/soap+xml; charset=utf-8"

# The pre-standard WS-Addressing namespace some older stations still send; read, never written.
_WSA_SUBMISSION_NS = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
_WSA_READ = (WSA_NS, _WSA_SUBMISSION_NS)
_ENV = f"{{{SOAP12_NS}}}"
_WSA = f"{{{WSA_NS}}}"
_NSMAP = {"env": SOAP12_NS, "wsa": WSA_NS}

FaultCode = Literal["VersionMismatch", "MustUnderstand", "Sender", "Receiver"]


class SoapFault(Exception):
    """A SOAP 1.2 Fault to answer with: `Sender` for the station's mistakes, `Receiver` for ours."""

    def __init__(
        self,
        code: FaultCode,
        reason: str,
        *,
        http_status: int | None = None,
        relates_to: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.code: FaultCode = code
        self.reason = reason
        self.http_status = http_status or (400 if code == "Sender" else 500)
        self.relates_to = relates_to


@dataclass(frozen=True, slots=True)
class SoapRequest:
    """A validated CentralSystemService request with its headers and its 1.6-shaped payload."""

    version: schema.Version
    operation: str
    """WSDL operation name, e.g. `BootNotification`."""
    charge_box_identity: str
    message_id: str | None
    action: str | None
    to: str | None
    from_address: str | None
    """The station's own endpoint (`wsa:From/wsa:Address`), where our calls must go."""
    body: etree._Element
    payload: dict[str, Any]
    """The body as OCPP 1.6 JSON field names and values; see `convert`."""


def parse_request(raw: bytes, *, max_bytes: int = MAX_MESSAGE_BYTES) -> SoapRequest:
    """Read and validate a station's request, raising `SoapFault` for anything we cannot accept."""
    root = _parse(raw, max_bytes)
    header, body = split_envelope(root)
    message_id = _wsa_text(header, "MessageID")
    service = _body_service(body, message_id)
    local_name = etree.QName(body).localname
    operation = service.operation_for_element(local_name)
    if operation is None or operation.request_element != local_name:
        raise SoapFault(
            "Sender",
            f"unknown operation '{local_name}' for the OCPP {service.version} CentralSystemService",
            relates_to=message_id,
        )
    _check_must_understand(header, message_id)
    action = _wsa_text(header, "Action")
    if action is not None and action.rstrip("/").rpartition("/")[2] != operation.name:
        raise SoapFault(
            "Sender",
            f"wsa:Action '{action}' does not match the body, a {operation.name} request",
            relates_to=message_id,
        )
    identity = _charge_box_identity(header, service.namespace)
    if not identity:
        raise SoapFault("Sender", "missing chargeBoxIdentity header", relates_to=message_id)
    try:
        schema.validate(service, body)
    except schema.SchemaViolationError as exc:
        raise SoapFault("Sender", exc.reason, relates_to=message_id) from None
    return SoapRequest(
        version=service.version,
        operation=operation.name,
        charge_box_identity=identity,
        message_id=message_id,
        action=action,
        to=_wsa_text(header, "To"),
        from_address=_from_address(header),
        body=body,
        payload=convert.cs_request_to_dict(service.version, operation.name, body),
    )


def build_response(request: SoapRequest, operation: str, payload: Mapping[str, Any]) -> bytes:
    """Write our reply to `request` from a 1.6-shaped dict, in the request's OCPP version.

    A payload that does not fit the reply type is our mistake: it raises a `Receiver`
    `SoapFault`, ready for `build_fault`.
    """
    try:
        body = convert.cs_response_to_element(request.version, operation, payload)
    except (convert.PayloadError, convert.UnsupportedOperationError) as exc:
        raise SoapFault("Receiver", str(exc), relates_to=request.message_id) from None
    action = convert.operation_of("cs", request.version, operation).response_action
    headers = [wsa_element("Action", action), wsa_element("MessageID", new_message_id())]
    if request.message_id:
        headers.append(wsa_element("RelatesTo", request.message_id))
    return serialize_envelope(headers, body)


def build_fault(fault: SoapFault) -> bytes:
    """Write a SOAP 1.2 Fault envelope for `fault`, related to the request when its id is known."""
    headers = [wsa_element("Action", WSA_FAULT_ACTION), wsa_element("MessageID", new_message_id())]
    if fault.relates_to:
        headers.append(wsa_element("RelatesTo", fault.relates_to))
    if fault.code == "VersionMismatch":
        # SOAP 1.2 part 1, 5.4.7: tell the sender which envelope version we speak.
        upgrade = etree.Element(f"{_ENV}Upgrade", nsmap=_NSMAP)
        supported = etree.SubElement(upgrade, f"{_ENV}SupportedEnvelope")
        supported.set("qname", "env:Envelope")
        headers.append(upgrade)
    element = etree.Element(f"{_ENV}Fault", nsmap=_NSMAP)
    code = etree.SubElement(element, f"{_ENV}Code")
    etree.SubElement(code, f"{_ENV}Value").text = f"env:{fault.code}"
    reason = etree.SubElement(element, f"{_ENV}Reason")
    text = etree.SubElement(reason, f"{_ENV}Text")
    text.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    text.text = fault.reason
    return serialize_envelope(headers, element)


def new_message_id() -> str:
    """Return a fresh WS-Addressing message id (`urn:uuid:...`)."""
    return f"urn:uuid:{uuid.uuid4()}"


def serialize_envelope(headers: Iterable[etree._Element], body: etree._Element) -> bytes:
    """Wrap header blocks and one body element in a SOAP 1.2 envelope, as UTF-8 bytes."""
    envelope = etree.Element(f"{_ENV}Envelope", nsmap=_NSMAP)
    header = etree.SubElement(envelope, f"{_ENV}Header")
    header.extend(headers)
    etree.SubElement(envelope, f"{_ENV}Body").append(body)
    return etree.tostring(envelope, xml_declaration=True, encoding="utf-8")


def split_envelope(root: etree._Element) -> tuple[etree._Element | None, etree._Element]:
    """Return the Header (if any) and the single Body child of a SOAP 1.2 envelope.

    The body child may be a `env:Fault`; callers decide what that means for them.
    """
    qname = etree.QName(root)
    if qname.localname == "Envelope" and qname.namespace != SOAP12_NS:
        version = "SOAP 1.1" if qname.namespace == SOAP11_NS else f"namespace '{qname.namespace}'"
        raise SoapFault("VersionMismatch", f"{version} envelope received; only SOAP 1.2 is served")
    if root.tag != f"{_ENV}Envelope":
        raise SoapFault("Sender", f"not a SOAP envelope: root element is '{qname.localname}'")
    header = root.find(f"{_ENV}Header")
    body = root.find(f"{_ENV}Body")
    if body is None:
        raise SoapFault("Sender", "the SOAP envelope has no Body")
    children = [child for child in body if isinstance(child.tag, str)]
    if len(children) != 1:
        raise SoapFault("Sender", f"the SOAP Body holds {len(children)} elements instead of one")
    return header, children[0]


def wsa_header(header: etree._Element | None, name: str) -> etree._Element | None:
    """Return the WS-Addressing header block `name` (e.g. `MessageID`), in either namespace."""
    if header is None:
        return None
    for namespace in _WSA_READ:
        found = header.find(f"{{{namespace}}}{name}")
        if found is not None:
            return found
    return None


def _parse(raw: bytes, max_bytes: int) -> etree._Element:
    try:
        return parse_xml(raw, max_bytes=max_bytes)
    except XmlInputError as exc:
        raise SoapFault("Sender", exc.reason, http_status=413 if exc.too_large else 400) from None


def _body_service(body: etree._Element, message_id: str | None) -> schema.ServiceSchema:
    namespace = etree.QName(body).namespace or ""
    service = schema.find_by_namespace("cs", namespace)
    if service is not None:
        return service
    if schema.find_by_namespace("cp", namespace) is not None:
        problem = f"'{namespace}' is the ChargePointService namespace, not the central system's"
    else:
        known = " or ".join(
            f"'{schema.load('cs', version).namespace}' ({version})" for version in schema.VERSIONS
        )
        problem = f"unknown body namespace '{namespace}', expected {known}"
    raise SoapFault("Sender", problem, relates_to=message_id)


def _charge_box_identity(header: etree._Element | None, namespace: str) -> str | None:
    if header is None:
        return None
    found = header.find(f"{{{namespace}}}chargeBoxIdentity")
    if found is None:
        # Some stations qualify the header with another (or no) namespace; the name is unique.
        found = next(
            (
                child
                for child in header
                if isinstance(child.tag, str)
                and etree.QName(child).localname.lower() == "chargeboxidentity"
            ),
            None,
        )
    return (found.text or "").strip() if found is not None else None


def _check_must_understand(header: etree._Element | None, message_id: str | None) -> None:
    if header is None:
        return
    for block in header:
        if not isinstance(block.tag, str):
            continue
        if block.get(f"{_ENV}mustUnderstand") not in ("true", "1"):
            continue
        qname = etree.QName(block)
        if qname.namespace in _WSA_READ or qname.localname == "chargeBoxIdentity":
            continue
        raise SoapFault(
            "MustUnderstand",
            f"header block '{qname.localname}' ({qname.namespace}) is not understood",
            relates_to=message_id,
        )


def _wsa_text(header: etree._Element | None, name: str) -> str | None:
    found = wsa_header(header, name)
    if found is None:
        return None
    return (found.text or "").strip() or None


def _from_address(header: etree._Element | None) -> str | None:
    for name in ("From", "ReplyTo"):
        endpoint = wsa_header(header, name)
        if endpoint is None:
            continue
        address = wsa_header(endpoint, "Address")
        text = (address.text or "").strip() if address is not None else ""
        # ReplyTo is only a fallback, and its anonymous default is no callback address.
        if text and not text.endswith("/anonymous") and not text.endswith("/none"):
            return text
    return None


def wsa_element(name: str, text: str) -> etree._Element:
    """Return a WS-Addressing header block `name` holding `text`."""
    element = etree.Element(f"{_WSA}{name}", nsmap=_NSMAP)
    element.text = text
    return element
