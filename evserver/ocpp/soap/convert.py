"""Map OCPP-S message bodies to and from the OCPP 1.6 JSON shapes the domain already speaks.

Dicts use the OCPP 1.6 JSON field names (camelCase), whatever the SOAP version, so a handler
written for OCPP-J gets the same payloads. Reading XML gives `int`, `bool`, `float` (decimals),
`str` (strings, enumerations, URIs) and, for `dateTime`, the ISO 8601 string as the station sent
it. Writing XML accepts the same, plus timezone-aware `datetime` and `Decimal`; `None` means
absent. Element order comes from the XSD, so nothing here lists the fields of a message.

OCPP 1.5 differences handled here (everything else has the same names in both versions):
- BootNotification reply: `interval` is written as `heartbeatInterval`; `Pending`, which 1.5
  lacks, is written as `Rejected` (both tell the station to retry after the interval).
- MeterValues / StopTransaction: 1.5 `values` / `transactionData.values` (a `value` element with
  its context, format, measurand, location and unit as attributes) become 1.6 `meterValue` /
  `transactionData` lists of `{timestamp, sampledValue: [{value, context?, ...}]}`; 1.5 units
  `Amp` and `Volt` become `A` and `V`.
- StatusNotification: status `Occupied` becomes `Charging`, error `Mode3Error` becomes
  `EVCommunicationError` (its 1.6 name).
- SendLocalList: `localAuthorizationList` is written as 1.5 `localAuthorisationList`; the reply
  status `HashError` becomes `Failed` and the 1.5 `hash` is dropped.
- UnlockConnector reply: `Accepted` becomes `Unlocked`, `Rejected` becomes `UnlockFailed`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from lxml import etree

from evserver.ocpp.soap.schema import (
    ComplexType,
    Field,
    Operation,
    SchemaViolationError,
    Service,
    ServiceSchema,
    Version,
    load,
    validate,
)

Payload = dict[str, Any]

BODY_PREFIX = "ocpp"

_INTEGER_TYPES = frozenset({"int", "integer", "long", "short", "byte", "nonNegativeInteger"})
_DECIMAL_TYPES = frozenset({"decimal", "double", "float"})
_TEXT_KEY = "value"
"""Key of the text of a `simpleContent` element; in 1.5 meter values it is the sample itself."""


class PayloadError(ValueError):
    """A dict does not fit the message it should become; `reason` says which field and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnsupportedOperationError(LookupError):
    """The operation does not exist in this service and version (e.g. TriggerMessage in 1.5)."""

    def __init__(self, service: Service, version: Version, operation: str) -> None:
        label = "CentralSystemService" if service == "cs" else "ChargePointService"
        super().__init__(f"{operation} is not an operation of the OCPP {version} {label}")
        self.operation = operation
        self.version = version


def operation_of(service: Service, version: Version, operation: str) -> Operation:
    """Return the WSDL operation called `operation`, or raise `UnsupportedOperationError`."""
    found = load(service, version).operations.get(operation)
    if found is None:
        raise UnsupportedOperationError(service, version, operation)
    return found


def cs_request_to_dict(version: Version, operation: str, body: etree._Element) -> Payload:
    """Read a validated station request body (e.g. `bootNotificationRequest`) as a 1.6 dict."""
    schema = load("cs", version)
    payload = element_to_dict(
        schema, schema.element_type(operation_of("cs", version, operation).request_element), body
    )
    if version == "1.5":
        payload = _CS15_REQUESTS.get(operation, _same)(payload)
    if operation == "MeterValues":
        # 1.6 JSON requires the list even when the SOAP body carries no sample.
        payload.setdefault("meterValue", [])
    return payload


def cs_response_to_element(
    version: Version, operation: str, payload: Mapping[str, Any]
) -> etree._Element:
    """Build and validate our reply body (e.g. `bootNotificationResponse`) from a 1.6 dict."""
    found = operation_of("cs", version, operation)
    data = dict(payload)
    if version == "1.5":
        data = _CS15_RESPONSES.get(operation, _same)(data)
    return _build_body(load("cs", version), found.response_element, found.name, data)


def cp_request_to_element(
    version: Version, operation: str, payload: Mapping[str, Any]
) -> etree._Element:
    """Build and validate a call body for a station (e.g. `resetRequest`) from a 1.6 dict."""
    found = operation_of("cp", version, operation)
    data = dict(payload)
    if version == "1.5":
        data = _CP15_REQUESTS.get(operation, _same)(data)
    return _build_body(load("cp", version), found.request_element, found.name, data)


def cp_response_to_dict(version: Version, operation: str, body: etree._Element) -> Payload:
    """Read a validated station reply body (e.g. `resetResponse`) as a 1.6 dict."""
    schema = load("cp", version)
    found = operation_of("cp", version, operation)
    payload = element_to_dict(schema, schema.element_type(found.response_element), body)
    if version == "1.5":
        payload = _CP15_RESPONSES.get(operation, _same)(payload)
    return payload


def element_to_dict(
    schema: ServiceSchema, complex_type: ComplexType, node: etree._Element
) -> Payload:
    """Read an element of `complex_type` into a dict keyed by child element names."""
    payload: Payload = {}
    if complex_type.text_type is not None:
        payload[_TEXT_KEY] = _read_leaf(complex_type.text_type, node.text)
        for attribute in complex_type.attributes:
            raw = node.get(attribute.name)
            if raw is not None:
                payload[attribute.name] = _read_leaf(attribute.type_name, raw)
        return payload
    for child in node:
        if not isinstance(child.tag, str):
            continue
        field = complex_type.field(etree.QName(child).localname)
        if field is None:
            continue
        value = (
            element_to_dict(schema, schema.types[field.type_name], child)
            if field.is_complex
            else _read_leaf(field.type_name, child.text)
        )
        if field.repeated:
            payload.setdefault(field.name, []).append(value)
        else:
            payload[field.name] = value
    return payload


def dict_to_element(
    schema: ServiceSchema,
    complex_type: ComplexType,
    tag: str,
    payload: Mapping[str, Any],
    parent: etree._Element | None = None,
    path: str = "",
) -> etree._Element:
    """Write `payload` as an element of `complex_type`, children in schema order.

    Keys that are not elements of the type raise `PayloadError`, so a 1.6-only field sent to a
    1.5 station is refused rather than silently dropped.
    """
    node = (
        etree.Element(tag, nsmap={BODY_PREFIX: schema.namespace})
        if parent is None
        else etree.SubElement(parent, tag)
    )
    known = {field.name for field in (*complex_type.fields, *complex_type.attributes)}
    if complex_type.text_type is not None:
        known.add(_TEXT_KEY)
    unknown = sorted(
        key for key, value in payload.items() if key not in known and value is not None
    )
    if unknown:
        raise PayloadError(_at(path, f"unknown field '{unknown[0]}'"))
    if complex_type.text_type is not None:
        node.text = _write_leaf(payload.get(_TEXT_KEY), _join(path, _TEXT_KEY))
        for attribute in complex_type.attributes:
            if payload.get(attribute.name) is not None:
                node.set(
                    attribute.name,
                    _write_leaf(payload[attribute.name], _join(path, attribute.name)),
                )
        return node
    for field in complex_type.fields:
        value = payload.get(field.name)
        if value is None:
            continue
        items = _as_items(value, field, path)
        for index, item in enumerate(items):
            where = _join(path, field.name)
            if field.repeated:
                where = f"{where}[{index}]"
            _write_field(schema, field, item, node, where)
    return node


def _write_field(
    schema: ServiceSchema, field: Field, item: Any, node: etree._Element, where: str
) -> None:
    tag = schema.qname(field.name)
    if field.is_complex:
        if not isinstance(item, Mapping):
            raise PayloadError(_at(where, f"expected an object, got {type(item).__name__}"))
        dict_to_element(schema, schema.types[field.type_name], tag, item, node, where)
    else:
        etree.SubElement(node, tag).text = _write_leaf(item, where)


def _as_items(value: Any, field: Field, path: str) -> list[Any]:
    if not field.repeated:
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    where = _join(path, field.name)
    raise PayloadError(_at(where, f"expected a list, got {type(value).__name__}"))


def _build_body(
    schema: ServiceSchema, element: str, operation: str, payload: Mapping[str, Any]
) -> etree._Element:
    try:
        body = dict_to_element(
            schema, schema.element_type(element), schema.qname(element), payload, path=""
        )
    except PayloadError as exc:
        raise PayloadError(f"{operation}: {exc.reason}") from None
    try:
        validate(schema, body)
    except SchemaViolationError as exc:
        raise PayloadError(exc.reason) from None
    return body


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _at(path: str, problem: str) -> str:
    return f"field '{path}': {problem}" if path else problem


def _read_leaf(type_name: str, text: str | None) -> Any:
    if type_name in _INTEGER_TYPES:
        return int((text or "").strip())
    if type_name == "boolean":
        return (text or "").strip() in ("true", "1")
    if type_name in _DECIMAL_TYPES:
        return float((text or "").strip())
    if type_name == "dateTime":
        return (text or "").strip()
    return text or ""


def _write_leaf(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise PayloadError(_at(where, "datetime without a timezone"))
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int | str):
        return str(value)
    raise PayloadError(_at(where, f"unexpected value of type {type(value).__name__}"))


def _same(payload: Payload) -> Payload:
    return payload


def _renamed(payload: Payload, old: str, new: str) -> Payload:
    if old in payload:
        payload[new] = payload.pop(old)
    return payload


def _mapped(payload: Payload, key: str, values: Mapping[str, str]) -> Payload:
    if key in payload:
        payload[key] = values.get(payload[key], payload[key])
    return payload


_UNITS_15_TO_16 = {"Amp": "A", "Volt": "V"}


def _meter_value_15(meter_value: Payload) -> Payload:
    return {
        "timestamp": meter_value["timestamp"],
        "sampledValue": [
            _mapped(dict(sample), "unit", _UNITS_15_TO_16)
            for sample in meter_value.get("value", [])
        ],
    }


def _meter_values_15(payload: Payload) -> Payload:
    payload["meterValue"] = [_meter_value_15(item) for item in payload.pop("values", [])]
    return payload


def _stop_transaction_15(payload: Payload) -> Payload:
    batches = payload.pop("transactionData", [])
    meter_values = [_meter_value_15(item) for batch in batches for item in batch.get("values", [])]
    if meter_values:
        payload["transactionData"] = meter_values
    return payload


def _status_notification_15(payload: Payload) -> Payload:
    _mapped(payload, "status", {"Occupied": "Charging"})
    return _mapped(payload, "errorCode", {"Mode3Error": "EVCommunicationError"})


def _boot_notification_15(payload: Payload) -> Payload:
    _mapped(payload, "status", {"Pending": "Rejected"})
    return _renamed(payload, "interval", "heartbeatInterval")


def _send_local_list_reply_15(payload: Payload) -> Payload:
    payload.pop("hash", None)
    return _mapped(payload, "status", {"HashError": "Failed"})


_Adapter = Callable[[Payload], Payload]

_CS15_REQUESTS: Mapping[str, _Adapter] = {
    "MeterValues": _meter_values_15,
    "StopTransaction": _stop_transaction_15,
    "StatusNotification": _status_notification_15,
}
_CS15_RESPONSES: Mapping[str, _Adapter] = {"BootNotification": _boot_notification_15}
_CP15_REQUESTS: Mapping[str, _Adapter] = {
    "SendLocalList": lambda p: _renamed(p, "localAuthorizationList", "localAuthorisationList"),
}
_CP15_RESPONSES: Mapping[str, _Adapter] = {
    "UnlockConnector": lambda p: _mapped(
        p, "status", {"Accepted": "Unlocked", "Rejected": "UnlockFailed"}
    ),
    "SendLocalList": _send_local_list_reply_15,
}
