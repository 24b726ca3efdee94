"""OCPP-J frames: parsing, encoding, and the CALLERROR each malformed frame earns."""

from datetime import UTC, datetime

import msgspec
import pytest

from evserver.ocpp.json.frames import (
    VERSIONS,
    Call,
    CallError,
    CallResult,
    CallResultError,
    ErrorCode,
    FrameError,
    MessageType,
    OcppVersion,
    Send,
    encode_call,
    encode_call_error,
    encode_call_result,
    encode_call_result_error,
    encode_frame,
    encode_send,
    normalize_error_code,
    parse_frame,
    wire_error_code,
)
from evserver.ocpp.json.schemas import v16

V2: tuple[OcppVersion, ...] = ("ocpp2.0.1", "ocpp2.1")


def frame_error(data: str | bytes, version: OcppVersion) -> FrameError:
    with pytest.raises(FrameError) as caught:
        parse_frame(data, version)
    return caught.value


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[2,"19223201","Heartbeat",{}]', Call("19223201", "Heartbeat", msgspec.Raw(b"{}"))),
        ('[3,"19223201",{"currentTime":"2025-01-02T03:04:05Z"}]', None),
        (
            '[4,"19223201","NotSupported","no",{"a":1}]',
            CallError("19223201", "NotSupported", "no", {"a": 1}),
        ),
    ],
)
def test_parses_and_reencodes_the_common_frames(
    version: OcppVersion, text: str, expected: Call | CallError | None
) -> None:
    frame = parse_frame(text, version)
    if expected is not None:
        assert frame == expected
    assert encode_frame(frame) == text.encode()


def test_accepts_bytes_and_whitespace_between_elements() -> None:
    frame = parse_frame(b' [ 2 , "1" , "Heartbeat" , { } ] ', "ocpp1.6")
    assert isinstance(frame, Call)
    assert (frame.message_id, frame.action, bytes(frame.payload)) == ("1", "Heartbeat", b"{ }")


def test_call_result_keeps_its_payload_raw() -> None:
    frame = parse_frame('[3,"7",{"status":"Accepted"}]', "ocpp1.6")
    assert isinstance(frame, CallResult)
    assert frame.message_id == "7"
    assert bytes(frame.payload) == b'{"status":"Accepted"}'


def test_call_error_without_details_defaults_to_an_empty_object() -> None:
    frame = parse_frame('[4,"7","InternalError","boom"]', "ocpp2.0.1")
    assert frame == CallError("7", "InternalError", "boom", {})
    assert encode_frame(frame) == b'[4,"7","InternalError","boom",{}]'


def test_ocpp21_parses_call_result_error_and_send() -> None:
    result_error = parse_frame('[5,"9","FormatViolation","bad result",{}]', "ocpp2.1")
    assert result_error == CallResultError("9", "FormatViolation", "bad result", {})
    send = parse_frame('[6,"10","NotifyPeriodicEventStream",{"id":1}]', "ocpp2.1")
    assert isinstance(send, Send)
    assert (send.message_id, send.action, bytes(send.payload)) == (
        "10",
        "NotifyPeriodicEventStream",
        b'{"id":1}',
    )
    assert encode_frame(send) == b'[6,"10","NotifyPeriodicEventStream",{"id":1}]'


def test_encoders_write_compact_frames() -> None:
    payload = v16.HeartbeatResponse(current_time=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert encode_call("1", "Heartbeat", v16.HeartbeatRequest()) == b'[2,"1","Heartbeat",{}]'
    assert encode_call_result("1", payload) == b'[3,"1",{"currentTime":"2025-01-02T03:04:05Z"}]'
    assert encode_call_result("2", {"status": "Accepted"}) == b'[3,"2",{"status":"Accepted"}]'
    assert encode_call_result("3", msgspec.Raw(b'{"a":1}')) == b'[3,"3",{"a":1}]'
    assert encode_call_error("4", "NotSupported") == b'[4,"4","NotSupported","",{}]'
    assert encode_call_error("5", "GenericError", "x", {"k": "v"}) == (
        b'[4,"5","GenericError","x",{"k":"v"}]'
    )
    assert encode_call_result_error("6", "InternalError", "y") == (
        b'[5,"6","InternalError","y",{}]'
    )
    assert encode_send("7", "NotifyPeriodicEventStream", {"id": 1}) == (
        b'[6,"7","NotifyPeriodicEventStream",{"id":1}]'
    )


def test_error_description_is_cut_to_255_characters() -> None:
    frame = msgspec.json.decode(encode_call_error("1", "GenericError", "x" * 300))
    assert frame[3] == "x" * 255


@pytest.mark.parametrize(
    ("version", "code"),
    [
        ("ocpp1.6", "FormationViolation"),
        ("ocpp2.0.1", "FormatViolation"),
        ("ocpp2.1", "FormatViolation"),
    ],
)
@pytest.mark.parametrize("text", ['[2,"1","Heartbeat",{}', "not json", "", '[2,"1","A",{"a":}]'])
def test_malformed_json_is_a_format_violation_with_unknown_id(
    version: OcppVersion, code: str, text: str
) -> None:
    error = frame_error(text, version)
    assert (error.code, error.message_id, error.message_type) == (code, "-1", None)
    assert error.error_code is ErrorCode.FORMAT_VIOLATION
    assert error.description.startswith("frame is not valid JSON: ")
    reply = error.reply()
    assert reply is not None
    assert msgspec.json.decode(reply)[:3] == [4, "-1", code]


@pytest.mark.parametrize(
    ("version", "code"),
    [
        ("ocpp1.6", "ProtocolError"),
        ("ocpp2.0.1", "RpcFrameworkError"),
        ("ocpp2.1", "RpcFrameworkError"),
    ],
)
@pytest.mark.parametrize(
    ("text", "description", "message_id"),
    [
        ('{"a":1}', "frame must be a non-empty JSON array", "-1"),
        ("[]", "frame must be a non-empty JSON array", "-1"),
        ('"2"', "frame must be a non-empty JSON array", "-1"),
        ('["2","1","Heartbeat",{}]', "messageTypeId must be an integer", "1"),
        ('[true,"1","Heartbeat",{}]', "messageTypeId must be an integer", "1"),
        ('[2.0,"1","Heartbeat",{}]', "messageTypeId must be an integer", "1"),
        ('[2,1,"Heartbeat",{}]', "messageId must be a string of at most 36 characters", "-1"),
        (
            '[2,"' + "x" * 37 + '","Heartbeat",{}]',
            "messageId must be a string of at most 36 characters",
            "-1",
        ),
        ("[2]", "messageId must be a string of at most 36 characters", "-1"),
    ],
)
def test_unreadable_rpc_envelope(
    version: OcppVersion, code: str, text: str, description: str, message_id: str
) -> None:
    error = frame_error(text, version)
    assert (error.code, error.description, error.message_id) == (code, description, message_id)
    assert error.reply() == encode_call_error(message_id, code, description)


@pytest.mark.parametrize(
    ("version", "text", "code", "message_id"),
    [
        ("ocpp1.6", '[5,"1","X","d",{}]', "ProtocolError", "1"),
        ("ocpp1.6", '[6,"1","A",{}]', "ProtocolError", "1"),
        ("ocpp2.0.1", '[5,"1","X","d",{}]', "MessageTypeNotSupported", "1"),
        ("ocpp2.0.1", '[6,"1","A",{}]', "MessageTypeNotSupported", "1"),
        ("ocpp2.1", '[7,"1","A",{}]', "MessageTypeNotSupported", "1"),
        ("ocpp2.1", "[1,2]", "MessageTypeNotSupported", "-1"),
    ],
)
def test_unknown_message_type(version: OcppVersion, text: str, code: str, message_id: str) -> None:
    error = frame_error(text, version)
    type_id = msgspec.json.decode(text)[0]
    assert (error.code, error.message_id, error.message_type) == (code, message_id, None)
    assert error.description == f"messageTypeId {type_id} is not supported by {version}"
    assert error.reply() == encode_call_error(message_id, code, error.description)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    ("text", "description", "message_type"),
    [
        ('[2,"1","Heartbeat"]', "a CALL frame has 4 elements, got 3", MessageType.CALL),
        ('[2,"1","Heartbeat",{},{}]', "a CALL frame has 4 elements, got 5", MessageType.CALL),
        ('[2,"1",5,{}]', "action must be a string", MessageType.CALL),
        ('[2,"1","Heartbeat",[]]', "payload must be a JSON object", MessageType.CALL),
        ('[2,"1","Heartbeat",null]', "payload must be a JSON object", MessageType.CALL),
        ('[3,"1"]', "a CALL_RESULT frame has 3 elements, got 2", MessageType.CALL_RESULT),
        ('[3,"1","ok"]', "payload must be a JSON object", MessageType.CALL_RESULT),
        ('[4,"1","X"]', "a CALL_ERROR frame has 4 or 5 elements, got 3", MessageType.CALL_ERROR),
        ('[4,"1",3,"d",{}]', "errorCode must be a string", MessageType.CALL_ERROR),
        ('[4,"1","X",null,{}]', "errorDescription must be a string", MessageType.CALL_ERROR),
        ('[4,"1","X","d",[]]', "errorDetails must be a JSON object", MessageType.CALL_ERROR),
    ],
)
def test_bad_frame_structure_is_a_protocol_error(
    version: OcppVersion, text: str, description: str, message_type: MessageType
) -> None:
    error = frame_error(text, version)
    assert (error.code, error.description, error.message_id, error.message_type) == (
        "ProtocolError",
        description,
        "1",
        message_type,
    )


def test_only_bad_calls_are_answered_with_a_call_error() -> None:
    assert frame_error('[2,"1","A",[]]', "ocpp1.6").reply() == (
        b'[4,"1","ProtocolError","payload must be a JSON object",{}]'
    )
    assert frame_error('[3,"1",[]]', "ocpp1.6").reply() is None
    assert frame_error('[3,"1",[]]', "ocpp2.0.1").reply() is None
    assert frame_error('[4,"1","X",null,{}]', "ocpp2.1").reply() is None
    assert frame_error('[6,"1","A",[]]', "ocpp2.1").reply() is None


def test_ocpp21_answers_a_bad_call_result_with_a_call_result_error() -> None:
    assert frame_error('[3,"1",[]]', "ocpp2.1").reply() == (
        b'[5,"1","ProtocolError","payload must be a JSON object",{}]'
    )


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("OccurenceConstraintViolation", ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION),
        ("OccurrenceConstraintViolation", ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION),
        ("FormationViolation", ErrorCode.FORMAT_VIOLATION),
        ("FormatViolation", ErrorCode.FORMAT_VIOLATION),
        ("TypeConstraintViolation", ErrorCode.TYPE_CONSTRAINT_VIOLATION),
        ("PropertyConstraintViolation", ErrorCode.PROPERTY_CONSTRAINT_VIOLATION),
        ("NotImplemented", ErrorCode.NOT_IMPLEMENTED),
        ("NotSupported", ErrorCode.NOT_SUPPORTED),
        ("InternalError", ErrorCode.INTERNAL_ERROR),
        ("ProtocolError", ErrorCode.PROTOCOL_ERROR),
        ("SecurityError", ErrorCode.SECURITY_ERROR),
        ("GenericError", ErrorCode.GENERIC_ERROR),
        ("MessageTypeNotSupported", ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED),
        ("RpcFrameworkError", ErrorCode.RPC_FRAMEWORK_ERROR),
        ("SomethingVendorSpecific", ErrorCode.GENERIC_ERROR),
        ("", ErrorCode.GENERIC_ERROR),
    ],
)
def test_received_error_codes_are_normalized(received: str, expected: ErrorCode) -> None:
    assert normalize_error_code(received) is expected


def test_received_call_error_code_reads_in_either_spelling() -> None:
    for version in VERSIONS:
        for spelling in ("OccurenceConstraintViolation", "OccurrenceConstraintViolation"):
            frame = parse_frame(f'[4,"1","{spelling}","missing idTag",{{}}]', version)
            assert isinstance(frame, CallError)
            assert frame.code == spelling
            assert normalize_error_code(frame.code) is ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION


@pytest.mark.parametrize(
    ("code", "v16_spelling", "v2_spelling"),
    [
        (ErrorCode.FORMAT_VIOLATION, "FormationViolation", "FormatViolation"),
        (
            ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
            "OccurenceConstraintViolation",
            "OccurrenceConstraintViolation",
        ),
        (ErrorCode.TYPE_CONSTRAINT_VIOLATION, "TypeConstraintViolation", "TypeConstraintViolation"),
        (ErrorCode.RPC_FRAMEWORK_ERROR, "ProtocolError", "RpcFrameworkError"),
        (ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED, "ProtocolError", "MessageTypeNotSupported"),
        (ErrorCode.NOT_IMPLEMENTED, "NotImplemented", "NotImplemented"),
    ],
)
def test_codes_are_spelled_for_the_version(
    code: ErrorCode, v16_spelling: str, v2_spelling: str
) -> None:
    assert wire_error_code(code, "ocpp1.6") == v16_spelling
    for version in V2:
        assert wire_error_code(code, version) == v2_spelling
