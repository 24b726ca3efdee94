"""OCPP-J RPC frames: parse a WebSocket text message into a typed frame and encode frames back.

A frame is a JSON array whose first element is the message type:

- ``[2, id, action, payload]`` CALL, ``[3, id, payload]`` CALLRESULT,
- ``[4, id, code, description, details]`` CALLERROR,
- 2.1 only: ``[5, id, code, description, details]`` CALLRESULTERROR and
  ``[6, id, action, payload]`` SEND.

Payloads stay as raw JSON (``msgspec.Raw``) so that ``messages`` decodes them exactly once,
straight into the payload type of the action.
"""

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Annotated, Any, Final, Literal, TypeAlias

import msgspec

__all__ = [
    "MESSAGE_ID_MAX_LENGTH",
    "UNKNOWN_MESSAGE_ID",
    "VERSIONS",
    "Call",
    "CallError",
    "CallResult",
    "CallResultError",
    "ErrorCode",
    "Frame",
    "FrameError",
    "MessageType",
    "OcppVersion",
    "OutgoingPayload",
    "Send",
    "encode_call",
    "encode_call_error",
    "encode_call_result",
    "encode_call_result_error",
    "encode_frame",
    "encode_send",
    "normalize_error_code",
    "parse_frame",
    "wire_error_code",
]

OcppVersion: TypeAlias = Literal["ocpp1.6", "ocpp2.0.1", "ocpp2.1"]
"""WebSocket subprotocol names, used as the version key everywhere in this package."""

VERSIONS: Final[tuple[OcppVersion, ...]] = ("ocpp1.6", "ocpp2.0.1", "ocpp2.1")

MESSAGE_ID_MAX_LENGTH: Final = 36

# The message id of a CALLERROR answering a frame whose own id could not be read.
UNKNOWN_MESSAGE_ID: Final = "-1"

# OCPP 2.x caps errorDescription at 255 characters; 1.6 sets no limit, so one rule fits both.
_DESCRIPTION_MAX_LENGTH: Final = 255

MessageId: TypeAlias = Annotated[str, msgspec.Meta(max_length=MESSAGE_ID_MAX_LENGTH)]


class MessageType(IntEnum):
    """The first element of every OCPP-J frame."""

    CALL = 2
    CALL_RESULT = 3
    CALL_ERROR = 4
    CALL_RESULT_ERROR = 5
    SEND = 6


class ErrorCode(StrEnum):
    """CALLERROR codes under one version-independent name (the OCPP 2.x spelling)."""

    NOT_IMPLEMENTED = "NotImplemented"
    NOT_SUPPORTED = "NotSupported"
    INTERNAL_ERROR = "InternalError"
    PROTOCOL_ERROR = "ProtocolError"
    SECURITY_ERROR = "SecurityError"
    FORMAT_VIOLATION = "FormatViolation"
    PROPERTY_CONSTRAINT_VIOLATION = "PropertyConstraintViolation"
    OCCURRENCE_CONSTRAINT_VIOLATION = "OccurrenceConstraintViolation"
    TYPE_CONSTRAINT_VIOLATION = "TypeConstraintViolation"
    GENERIC_ERROR = "GenericError"
    MESSAGE_TYPE_NOT_SUPPORTED = "MessageTypeNotSupported"
    RPC_FRAMEWORK_ERROR = "RpcFrameworkError"


# OCPP 1.6 spells two codes differently and lacks the two RPC codes that 2.0.1 added.
_V16_SPELLING: Final[Mapping[ErrorCode, str]] = {
    ErrorCode.FORMAT_VIOLATION: "FormationViolation",
    ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION: "OccurenceConstraintViolation",
    ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED: "ProtocolError",
    ErrorCode.RPC_FRAMEWORK_ERROR: "ProtocolError",
}

# Stations mix the spellings up in both directions, so every known spelling is accepted.
_RECEIVED_SPELLINGS: Final[Mapping[str, ErrorCode]] = {
    **{code.value: code for code in ErrorCode},
    "FormationViolation": ErrorCode.FORMAT_VIOLATION,
    "OccurenceConstraintViolation": ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
}


def wire_error_code(code: ErrorCode, version: OcppVersion) -> str:
    """Return the spelling of ``code`` that ``version`` puts on the wire."""
    if version == "ocpp1.6":
        return _V16_SPELLING.get(code, code.value)
    return code.value


def normalize_error_code(code: str) -> ErrorCode:
    """Map a CALLERROR code received from a station, in either spelling, to an ``ErrorCode``.

    An unknown code becomes ``GenericError``, which every version defines as the catch-all.
    """
    return _RECEIVED_SPELLINGS.get(code, ErrorCode.GENERIC_ERROR)


class Call(
    msgspec.Struct,
    array_like=True,
    frozen=True,
    forbid_unknown_fields=True,
    tag=int(MessageType.CALL),
):
    """A request: ``[2, message_id, action, payload]``."""

    message_id: MessageId
    action: str
    payload: msgspec.Raw


class CallResult(
    msgspec.Struct,
    array_like=True,
    frozen=True,
    forbid_unknown_fields=True,
    tag=int(MessageType.CALL_RESULT),
):
    """A successful response: ``[3, message_id, payload]``."""

    message_id: MessageId
    payload: msgspec.Raw


class CallError(
    msgspec.Struct,
    array_like=True,
    frozen=True,
    forbid_unknown_fields=True,
    tag=int(MessageType.CALL_ERROR),
):
    """An error response: ``[4, message_id, code, description, details]``.

    ``code`` is kept as received; ``normalize_error_code`` reads it. Some stations leave out
    the trailing details object, so it defaults to empty.
    """

    message_id: MessageId
    code: str
    description: str
    details: dict[str, Any] = {}


class CallResultError(
    msgspec.Struct,
    array_like=True,
    frozen=True,
    forbid_unknown_fields=True,
    tag=int(MessageType.CALL_RESULT_ERROR),
):
    """OCPP 2.1: an error about a CALLRESULT, ``[5, message_id, code, description, details]``."""

    message_id: MessageId
    code: str
    description: str
    details: dict[str, Any] = {}


class Send(
    msgspec.Struct,
    array_like=True,
    frozen=True,
    forbid_unknown_fields=True,
    tag=int(MessageType.SEND),
):
    """OCPP 2.1: an unconfirmed message, ``[6, message_id, action, payload]``."""

    message_id: MessageId
    action: str
    payload: msgspec.Raw


Frame: TypeAlias = Call | CallResult | CallError | CallResultError | Send

OutgoingPayload: TypeAlias = msgspec.Struct | msgspec.Raw | Mapping[str, Any]
"""What the encoders accept as a payload: a generated payload struct, raw JSON or a mapping."""

_SHAPES: Final[Mapping[int, tuple[str, ...]]] = {
    MessageType.CALL: ("messageTypeId", "messageId", "action", "payload"),
    MessageType.CALL_RESULT: ("messageTypeId", "messageId", "payload"),
    MessageType.CALL_ERROR: ("messageTypeId", "messageId", "errorCode", "errorDescription"),
    MessageType.CALL_RESULT_ERROR: (
        "messageTypeId",
        "messageId",
        "errorCode",
        "errorDescription",
    ),
    MessageType.SEND: ("messageTypeId", "messageId", "action", "payload"),
}
_OPTIONAL_TAIL: Final[Mapping[int, str]] = {
    MessageType.CALL_ERROR: "errorDetails",
    MessageType.CALL_RESULT_ERROR: "errorDetails",
}
_ELEMENT_TYPES: Final[Mapping[str, type]] = {
    "action": str,
    "payload": dict,
    "errorCode": str,
    "errorDescription": str,
    "errorDetails": dict,
}

_V2_TYPES: Final = frozenset({2, 3, 4})
_V21_TYPES: Final = frozenset({2, 3, 4, 5, 6})
_TYPES_BY_VERSION: Final[Mapping[OcppVersion, frozenset[int]]] = {
    "ocpp1.6": _V2_TYPES,
    "ocpp2.0.1": _V2_TYPES,
    "ocpp2.1": _V21_TYPES,
}
_DECODERS: Final[Mapping[OcppVersion, msgspec.json.Decoder[Frame]]] = {
    "ocpp1.6": msgspec.json.Decoder(Call | CallResult | CallError),
    "ocpp2.0.1": msgspec.json.Decoder(Call | CallResult | CallError),
    "ocpp2.1": msgspec.json.Decoder(Frame),
}
_ENCODER: Final = msgspec.json.Encoder()
_OPEN_BRACE: Final = ord("{")
_MESSAGE_TYPES: Final[Mapping[type[Frame], MessageType]] = {
    Call: MessageType.CALL,
    CallResult: MessageType.CALL_RESULT,
    CallError: MessageType.CALL_ERROR,
    CallResultError: MessageType.CALL_RESULT_ERROR,
    Send: MessageType.SEND,
}


class FrameError(Exception):
    """A text message that is not a valid OCPP-J frame for the connection's version.

    ``code`` is the CALLERROR code to send, spelled for the version (``error_code`` is the
    same code version-independent); ``message_id`` is the id read from the frame, or ``"-1"``
    when it could not be read; ``message_type`` is the frame's type when it was a known one.
    """

    def __init__(
        self,
        version: OcppVersion,
        error_code: ErrorCode,
        description: str,
        *,
        message_id: str = UNKNOWN_MESSAGE_ID,
        message_type: MessageType | None = None,
    ) -> None:
        super().__init__(description)
        self.version: OcppVersion = version
        self.error_code = error_code
        self.code = wire_error_code(error_code, version)
        self.description = description
        self.message_id = message_id
        self.message_type = message_type

    def reply(self) -> bytes | None:
        """Return the frame answering the bad one, or ``None`` when the protocol wants silence.

        A request, or a frame whose type could not be told, gets a CALLERROR; under 2.1 a bad
        response gets a CALLRESULTERROR. Errors about errors (and about 2.1 SENDs, which are
        never answered) are not sent, so that two peers cannot loop on them.
        """
        if self.message_type in (None, MessageType.CALL):
            return encode_call_error(self.message_id, self.code, self.description)
        if self.message_type == MessageType.CALL_RESULT and self.version == "ocpp2.1":
            return encode_call_result_error(self.message_id, self.code, self.description)
        return None

    def __repr__(self) -> str:
        return (
            f"FrameError(code={self.code!r}, description={self.description!r}, "
            f"message_id={self.message_id!r}, message_type={self.message_type!r})"
        )


def parse_frame(data: str | bytes, version: OcppVersion) -> Frame:
    """Parse one WebSocket text message into a frame, raising ``FrameError`` if it is not one.

    The frame's payload is left as raw JSON, checked only to be an object; decode it with
    ``messages.decode_request`` / ``decode_response``.
    """
    try:
        frame = _DECODERS[version].decode(data)
    except msgspec.DecodeError:
        # The typed decode says *that* the frame is wrong; a generic one says *what* is wrong.
        raise _diagnose(data, version) from None
    if isinstance(frame, Call | CallResult | Send) and memoryview(frame.payload)[0] != _OPEN_BRACE:
        raise FrameError(
            version,
            ErrorCode.PROTOCOL_ERROR,
            "payload must be a JSON object",
            message_id=frame.message_id,
            message_type=_MESSAGE_TYPES[type(frame)],
        )
    return frame


def _diagnose(data: str | bytes, version: OcppVersion) -> FrameError:
    def error(code: ErrorCode, description: str, **known: Any) -> FrameError:
        return FrameError(version, code, description, **known)

    try:
        frame = msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        return error(ErrorCode.FORMAT_VIOLATION, f"frame is not valid JSON: {exc}")
    if not isinstance(frame, list) or not frame:
        return error(ErrorCode.RPC_FRAMEWORK_ERROR, "frame must be a non-empty JSON array")

    type_id = frame[0]
    message_id = frame[1] if len(frame) > 1 else None
    id_ok = isinstance(message_id, str) and len(message_id) <= MESSAGE_ID_MAX_LENGTH
    known_id = {"message_id": message_id} if id_ok else {}
    if type(type_id) is not int:
        return error(ErrorCode.RPC_FRAMEWORK_ERROR, "messageTypeId must be an integer", **known_id)
    if type_id not in _TYPES_BY_VERSION[version]:
        return error(
            ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED,
            f"messageTypeId {type_id} is not supported by {version}",
            **known_id,
        )
    message_type = MessageType(type_id)
    if not id_ok:
        return error(
            ErrorCode.RPC_FRAMEWORK_ERROR,
            f"messageId must be a string of at most {MESSAGE_ID_MAX_LENGTH} characters",
            message_type=message_type,
        )

    shape = _SHAPES[message_type]
    tail = _OPTIONAL_TAIL.get(message_type)
    names = (*shape, tail) if tail else shape
    if not len(shape) <= len(frame) <= len(names):
        expected = f"{len(shape)} or {len(names)}" if tail else str(len(shape))
        description = f"a {message_type.name} frame has {expected} elements, got {len(frame)}"
    else:
        description = next(
            (
                f"{name} must be a {'string' if kind is str else 'JSON object'}"
                for name, value in zip(names[2:], frame[2:], strict=False)
                if not isinstance(value, kind := _ELEMENT_TYPES[name])
            ),
            f"malformed {message_type.name} frame",
        )
    return error(
        ErrorCode.PROTOCOL_ERROR, description, message_id=message_id, message_type=message_type
    )


def encode_frame(frame: Frame) -> bytes:
    """Encode a frame as compact JSON."""
    return _ENCODER.encode(frame)


def encode_call(message_id: str, action: str, payload: OutgoingPayload) -> bytes:
    """Encode a CALL frame."""
    return _ENCODER.encode((MessageType.CALL, message_id, action, payload))


def encode_call_result(message_id: str, payload: OutgoingPayload) -> bytes:
    """Encode a CALLRESULT frame."""
    return _ENCODER.encode((MessageType.CALL_RESULT, message_id, payload))


def encode_call_error(
    message_id: str,
    code: str,
    description: str = "",
    details: Mapping[str, Any] | None = None,
) -> bytes:
    """Encode a CALLERROR frame; ``code`` must already be spelled for the version."""
    return _encode_error(MessageType.CALL_ERROR, message_id, code, description, details)


def encode_call_result_error(
    message_id: str,
    code: str,
    description: str = "",
    details: Mapping[str, Any] | None = None,
) -> bytes:
    """Encode an OCPP 2.1 CALLRESULTERROR frame."""
    return _encode_error(MessageType.CALL_RESULT_ERROR, message_id, code, description, details)


def encode_send(message_id: str, action: str, payload: OutgoingPayload) -> bytes:
    """Encode an OCPP 2.1 SEND frame."""
    return _ENCODER.encode((MessageType.SEND, message_id, action, payload))


def _encode_error(
    message_type: MessageType,
    message_id: str,
    code: str,
    description: str,
    details: Mapping[str, Any] | None,
) -> bytes:
    return _ENCODER.encode(
        (message_type, message_id, code, description[:_DESCRIPTION_MAX_LENGTH], details or {})
    )
