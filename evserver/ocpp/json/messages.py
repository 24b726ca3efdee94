"""Validated OCPP-J payloads: which types each (version, action) uses, decoding and encoding.

Every payload is decoded straight into the struct generated from its official JSON schema, so
validation costs what msgspec decoding costs. A payload that breaks its schema raises
``PayloadError`` carrying the CALLERROR code, spelled for the version, and the field at fault.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import msgspec

from evserver.ocpp.json.frames import VERSIONS, ErrorCode, OcppVersion, wire_error_code
from evserver.ocpp.json.schemas import Payload, v16, v21, v201

__all__ = [
    "ActionTypes",
    "IncomingPayload",
    "PayloadError",
    "action_exists",
    "actions",
    "decode_payload",
    "decode_request",
    "decode_response",
    "encode",
    "payload_types",
]

P = TypeVar("P", bound=Payload)

IncomingPayload = bytes | str | msgspec.Raw | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ActionTypes:
    """The payload types of one action; ``response`` is ``None`` for a 2.1 SEND-only message."""

    request: type[Payload]
    response: type[Payload] | None


class PayloadError(Exception):
    """A payload that cannot be accepted, with the CALLERROR fields to answer it with.

    ``code`` is spelled for the version (``error_code`` is the version-independent code),
    ``description`` names the field at fault as a JSON path, ``details`` is the CALLERROR's
    error details object.
    """

    def __init__(
        self,
        version: OcppVersion,
        error_code: ErrorCode,
        description: str,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(description)
        self.version: OcppVersion = version
        self.error_code = error_code
        self.code = wire_error_code(error_code, version)
        self.description = description
        self.details: Mapping[str, Any] = details or {}

    def __repr__(self) -> str:
        return f"PayloadError(code={self.code!r}, description={self.description!r})"


_REGISTRY: Final[Mapping[OcppVersion, Mapping[str, ActionTypes]]] = {
    version: {action: ActionTypes(*pair) for action, pair in module.ACTIONS.items()}
    for version, module in zip(VERSIONS, (v16, v201, v21), strict=True)
}

# One decoder per payload type, built up front: about 12 ms at import for all 388 types.
_DECODERS: Final[Mapping[type[Payload], msgspec.json.Decoder[Any]]] = {
    kind: msgspec.json.Decoder(kind)
    for table in _REGISTRY.values()
    for types in table.values()
    for kind in (types.request, types.response)
    if kind is not None
}
_ENCODER: Final = msgspec.json.Encoder()

# msgspec reports "<what> - at `<path>`", with no path for the payload root.
_ERROR_PATH: Final = re.compile(r"^(?P<what>.*?)(?: - at `(?P<path>\$[^`]*)`)?$", re.DOTALL)
_FIELD_NAME: Final = re.compile(r"`(?P<name>[^`]+)`")


def actions(version: OcppVersion) -> frozenset[str]:
    """Return every action that ``version`` defines, in either direction."""
    return frozenset(_REGISTRY[version])


def action_exists(version: OcppVersion, action: str) -> bool:
    """Tell whether ``version`` defines ``action``: if not, the answer is ``NotImplemented``.

    An action that exists but that the central system does not handle is ``NotSupported``.
    """
    return action in _REGISTRY[version]


def payload_types(version: OcppVersion, action: str) -> ActionTypes:
    """Return the request and response types of ``action``, or raise ``NotImplemented``."""
    try:
        return _REGISTRY[version][action]
    except KeyError:
        raise PayloadError(
            version,
            ErrorCode.NOT_IMPLEMENTED,
            f"action {action!r} is not defined in {version}",
            {"action": action},
        ) from None


def decode_request(version: OcppVersion, action: str, payload: IncomingPayload) -> Payload:
    """Decode and validate the payload of a CALL (or 2.1 SEND) for ``action``."""
    return decode_payload(version, payload_types(version, action).request, payload)


def decode_response(version: OcppVersion, action: str, payload: IncomingPayload) -> Payload:
    """Decode and validate the payload of a CALLRESULT answering a CALL for ``action``."""
    response = payload_types(version, action).response
    if response is None:
        raise PayloadError(
            version, ErrorCode.PROTOCOL_ERROR, f"{action} is never answered in {version}"
        )
    return decode_payload(version, response, payload)


def decode_payload(version: OcppVersion, kind: type[P], payload: IncomingPayload) -> P:
    """Decode and validate ``payload`` as ``kind``; for handlers that know the type they expect.

    Raw JSON (``bytes``, ``str``, ``msgspec.Raw``) is decoded in one pass; an already parsed
    mapping is converted with the same rules.
    """
    try:
        if isinstance(payload, Mapping):
            return msgspec.convert(payload, kind)
        decoder = _DECODERS.get(kind)
        if decoder is None:
            return msgspec.json.decode(payload, type=kind)
        result: P = decoder.decode(payload)
        return result
    except msgspec.ValidationError as exc:
        raise _payload_error(version, str(exc)) from None
    except msgspec.DecodeError as exc:
        raise PayloadError(
            version, ErrorCode.FORMAT_VIOLATION, f"payload is not valid JSON: {exc}"
        ) from None


def encode(payload: Payload) -> bytes:
    """Encode a payload struct as compact JSON with the schema's field names."""
    return _ENCODER.encode(payload)


def _payload_error(version: OcppVersion, message: str) -> PayloadError:
    """Turn a msgspec validation message into the CALLERROR code and a field path."""
    match = _ERROR_PATH.match(message)
    what = match["what"] if match else message
    path = (match["path"] if match else None) or "$"
    name = _FIELD_NAME.search(what)
    if what.startswith("Object missing required field") and name:
        code = ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION
        path, what = f"{path}.{name['name']}", "required field is missing"
    elif what.startswith("Object contains unknown field") and name:
        code = ErrorCode.PROPERTY_CONSTRAINT_VIOLATION
        path, what = f"{path}.{name['name']}", "field is not allowed"
    elif what.startswith("Expected `array` of length"):
        # minItems / maxItems: how many times an element occurs.
        code = ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION
    else:
        # Wrong JSON type, enum value, string length, number range or date-time format.
        code = ErrorCode.TYPE_CONSTRAINT_VIOLATION
    return PayloadError(version, code, f"`{path}`: {what}", {"path": path})
