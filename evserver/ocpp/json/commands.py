"""Server-to-station commands over OCPP-J: 1.6-shaped bodies in, each version's shape out.

Callers (REST, jobs, templates) write every command as its OCPP 1.6 action with a 1.6 body.
``to_station`` turns it into the action and payload the station's version defines, and
``from_station`` turns the station's reply back into a 1.6-like mapping: ``status`` (in 1.6
words where 2.x has others; the station's own word is kept as ``stationStatus``), the reply's
data under its 1.6 names, and ``statusInfo`` when the station gave one.

Choices where 2.x has no one-to-one counterpart:

- ``Reset``: ``Hard`` → ``Immediate``, ``Soft`` → ``OnIdle`` (the station lets transactions
  end first).
- ``GetConfiguration`` with keys → ``GetVariables``; without keys → ``GetBaseReport``
  (``ConfigurationInventory``), answered ``{status}``: the values follow in ``NotifyReport``
  messages, which cache them in ``ChargingStation.configuration``. ``ChangeConfiguration`` →
  ``SetVariables``. Keys use the ``Component/Variable`` syntax of
  ``evserver.charging.device_model`` (``OCPPCommCtrlr/HeartbeatInterval``); the standard 1.6
  keys with a 2.x counterpart are accepted as aliases; any other key is ``NotSupported``.
  Replies name variables in that syntax; GetVariables does not report mutability, so
  ``readonly`` is false.
- A 1.6 ``connectorId`` is the 2.x ``evseId`` (connector 0, the whole station, is no EVSE);
  ``UnlockConnector`` unlocks connector 1 of that EVSE.
- ``RemoteStopTransaction`` and a ``TxProfile``'s ``transactionId`` accept the station's own
  transaction id (a string) or the server's integer id, which ``resolve_tx`` turns into it.
- ``remoteStartId`` and ``requestId`` are drawn at random: nothing waits on them yet.
- idTags become ``ISO14443`` tokens; parent idTags ``Central`` group tokens.
- An action that is no 1.6 command but exists in the station's version is sent unchanged, so
  the server can speak 2.x directly (``GetBaseReport``...).

Every payload leaves schema-valid: one that is not raises ``InvalidInput`` before it is sent.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from evserver.charging.device_model import VariableRef, parse_key
from evserver.charging.errors import NotSupported
from evserver.charging.sessions import SessionService
from evserver.core.errors import InvalidInput, NotFound
from evserver.ocpp.json.frames import OcppVersion
from evserver.ocpp.json.messages import PayloadError, action_exists, decode_request
from evserver.storage.documents.station import ChargingStation

__all__ = ["TransactionResolver", "from_station", "to_station", "transaction_resolver"]

# The server's integer transaction id -> the station's own id, None when there is none.
TransactionResolver = Callable[[int], Awaitable[str | None]]

Body = dict[str, Any]
_ToStation = Callable[[Mapping[str, Any]], tuple[str, Body]]
_FromStation = Callable[[Mapping[str, Any]], Body]

BADGE_KIND: Final = "ISO14443"
GROUP_KIND: Final = "Central"

_RESET_TYPES: Final = {"Hard": "Immediate", "Soft": "OnIdle"}
_PROFILE_PURPOSES: Final = {"ChargePointMaxProfile": "ChargingStationMaxProfile"}
_TRIGGERS: Final = {"DiagnosticsStatusNotification": "LogStatusNotification"}


async def to_station(version: OcppVersion, action16: str, payload16: Mapping[str, Any], *,
                     resolve_tx: TransactionResolver | None = None) -> tuple[str, Body]:
    """The action and payload that carry a 1.6 command to a station of `version`.

    Raises ``NotSupported`` when the version has no such command, ``InvalidInput`` when the
    body lacks a field or does not fit the version's schema, and ``NotFound`` when a
    transaction id names no transaction of the station (see ``transaction_resolver``).
    """
    if version == "ocpp1.6":
        action, payload = action16, dict(payload16)
    elif (translate := _TO_V2.get(action16)) is not None:
        action, payload = translate(await _with_station_transaction(action16, payload16,
                                                                    resolve_tx))
    elif action_exists(version, action16):
        action, payload = action16, dict(payload16)
    else:
        raise NotSupported(f"{action16} has no equivalent in {version}")
    try:
        decode_request(version, action, payload)
    except PayloadError as exc:
        raise InvalidInput(f"{action} for {version}: {exc.description}",
                           field=exc.details.get("path")) from None
    return action, payload


def from_station(version: OcppVersion, action16: str, reply: Mapping[str, Any]) -> Body:
    """The 1.6-like shape of a station's reply to the command sent as `action16`."""
    translate = _FROM_V2.get(action16) if version != "ocpp1.6" else None
    if translate is None:
        return dict(reply)
    out = translate(reply)
    if "statusInfo" in reply:
        out.setdefault("statusInfo", reply["statusInfo"])
    return out


def transaction_resolver(sessions: SessionService,
                         station: ChargingStation) -> TransactionResolver:
    """Resolve the server's transaction ids to the station's own, within that station only."""
    async def resolve(transaction_id: int) -> str | None:
        session = await sessions.find_session(station, transaction_id, None)
        if session is None or session.station_id != station.station_id:
            return None
        return session.ocpp_transaction_id

    return resolve


# ---- building blocks -------------------------------------------------------------------------

def _need(body: Mapping[str, Any], name: str) -> Any:
    """A field the 1.6 body must have."""
    value = body.get(name)
    if value is None:
        raise InvalidInput(f"`{name}` is required", field=name)
    return value


def _compact(**fields: Any) -> Body:
    """The fields that have a value (2.x leaves optional fields out rather than null)."""
    return {name: value for name, value in fields.items() if value is not None}


def _request_id() -> int:
    return secrets.randbelow(2**31 - 1) + 1


def _id_token(id_tag: str) -> Body:
    return {"idToken": id_tag, "type": BADGE_KIND}


def _group_token(parent_id_tag: str | None) -> Body | None:
    return {"idToken": parent_id_tag, "type": GROUP_KIND} if parent_id_tag else None


def _evse(connector_id: int | None) -> Body | None:
    return {"id": connector_id} if connector_id else None


def _component_variable(ref: VariableRef) -> Body:
    evse = (_compact(id=ref.evse_id, connectorId=ref.connector_id)
            if ref.evse_id is not None else None)
    return {
        "component": _compact(name=ref.component, instance=ref.component_instance, evse=evse),
        "variable": _compact(name=ref.variable, instance=ref.variable_instance),
    }


def _variable_key(item: Mapping[str, Any]) -> str:
    component, variable = item["component"], item["variable"]
    evse = component.get("evse") or {}
    return VariableRef(
        component=component["name"], variable=variable["name"],
        component_instance=component.get("instance"), variable_instance=variable.get("instance"),
        evse_id=evse.get("id"), connector_id=evse.get("connectorId")).key


def _variables(keys: list[str]) -> list[VariableRef]:
    refs = [(key, parse_key(key)) for key in keys]
    unknown = [key for key, ref in refs if ref is None]
    if unknown:
        raise NotSupported(f"configuration keys without an OCPP 2.x variable: "
                           f"{', '.join(unknown)} (use Component/Variable)")
    return [ref for _, ref in refs if ref is not None]


async def _with_station_transaction(action16: str, body: Mapping[str, Any],
                                    resolve_tx: TransactionResolver | None) -> Mapping[str, Any]:
    """`body` with the server's integer transaction id replaced by the station's."""
    if action16 == "RemoteStopTransaction":
        tx = await _station_transaction(_need(body, "transactionId"), resolve_tx)
        return {**body, "transactionId": tx}
    if action16 == "SetChargingProfile":
        profile = body.get("csChargingProfiles")
        if isinstance(profile, Mapping) and profile.get("transactionId") is not None:
            tx = await _station_transaction(profile["transactionId"], resolve_tx)
            return {**body, "csChargingProfiles": {**profile, "transactionId": tx}}
    return body


async def _station_transaction(value: Any, resolve_tx: TransactionResolver | None) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput("`transactionId` must be an integer or the station's string id",
                           field="transactionId")
    if resolve_tx is None:
        raise InvalidInput("`transactionId` must be the station's own transaction id here",
                           field="transactionId")
    resolved = await resolve_tx(value)
    if resolved is None:
        raise NotFound(f"no transaction {value} on this station")
    return resolved


def _charging_profile(profile: Mapping[str, Any]) -> Body:
    schedule = _need(profile, "chargingSchedule")
    profile_id = _need(profile, "chargingProfileId")
    purpose = _need(profile, "chargingProfilePurpose")
    return _compact(
        id=profile_id, stackLevel=_need(profile, "stackLevel"),
        chargingProfilePurpose=_PROFILE_PURPOSES.get(purpose, purpose),
        chargingProfileKind=_need(profile, "chargingProfileKind"),
        recurrencyKind=profile.get("recurrencyKind"), validFrom=profile.get("validFrom"),
        validTo=profile.get("validTo"), transactionId=profile.get("transactionId"),
        # 1.6 has one schedule per profile and no schedule id: the profile's id serves.
        chargingSchedule=[_compact(
            id=profile_id, startSchedule=schedule.get("startSchedule"),
            duration=schedule.get("duration"),
            chargingRateUnit=_need(schedule, "chargingRateUnit"),
            chargingSchedulePeriod=_need(schedule, "chargingSchedulePeriod"),
            minChargingRate=schedule.get("minChargingRate"))])


# ---- 1.6 commands to 2.x ---------------------------------------------------------------------

def _reset(body: Mapping[str, Any]) -> tuple[str, Body]:
    kind = _need(body, "type")
    return "Reset", {"type": _RESET_TYPES.get(kind, kind)}


def _clear_cache(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "ClearCache", {}


def _get_configuration(body: Mapping[str, Any]) -> tuple[str, Body]:
    keys = body.get("key") or []
    if not keys:
        return "GetBaseReport", {"requestId": _request_id(),
                                 "reportBase": "ConfigurationInventory"}
    return "GetVariables", {"getVariableData": [_component_variable(ref)
                                                for ref in _variables(keys)]}


def _change_configuration(body: Mapping[str, Any]) -> tuple[str, Body]:
    (ref,) = _variables([_need(body, "key")])
    return "SetVariables", {"setVariableData": [
        {"attributeValue": str(_need(body, "value")), **_component_variable(ref)}]}


def _remote_start(body: Mapping[str, Any]) -> tuple[str, Body]:
    profile = body.get("chargingProfile")
    return "RequestStartTransaction", _compact(
        remoteStartId=_request_id(), idToken=_id_token(_need(body, "idTag")),
        evseId=body.get("connectorId") or None,
        chargingProfile=_charging_profile(profile) if profile else None)


def _remote_stop(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "RequestStopTransaction", {"transactionId": _need(body, "transactionId")}


def _unlock_connector(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "UnlockConnector", {"evseId": _need(body, "connectorId"), "connectorId": 1}


def _change_availability(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "ChangeAvailability", _compact(operationalStatus=_need(body, "type"),
                                          evse=_evse(_need(body, "connectorId")))


def _trigger_message(body: Mapping[str, Any]) -> tuple[str, Body]:
    message = _need(body, "requestedMessage")
    return "TriggerMessage", _compact(requestedMessage=_TRIGGERS.get(message, message),
                                      evse=_evse(body.get("connectorId")))


def _set_charging_profile(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "SetChargingProfile", {
        "evseId": _need(body, "connectorId"),
        "chargingProfile": _charging_profile(_need(body, "csChargingProfiles"))}


def _clear_charging_profile(body: Mapping[str, Any]) -> tuple[str, Body]:
    purpose = body.get("chargingProfilePurpose")
    criteria = _compact(evseId=body.get("connectorId"),
                        chargingProfilePurpose=_PROFILE_PURPOSES.get(purpose, purpose)
                        if purpose else None,
                        stackLevel=body.get("stackLevel"))
    return "ClearChargingProfile", _compact(chargingProfileId=body.get("id"),
                                            chargingProfileCriteria=criteria or None)


def _get_composite_schedule(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "GetCompositeSchedule", _compact(
        evseId=_need(body, "connectorId"), duration=_need(body, "duration"),
        chargingRateUnit=body.get("chargingRateUnit"))


def _get_diagnostics(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "GetLog", _compact(
        logType="DiagnosticsLog", requestId=_request_id(),
        log=_compact(remoteLocation=_need(body, "location"),
                     oldestTimestamp=body.get("startTime"), latestTimestamp=body.get("stopTime")),
        retries=body.get("retries"), retryInterval=body.get("retryInterval"))


def _update_firmware(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "UpdateFirmware", _compact(
        requestId=_request_id(),
        firmware={"location": _need(body, "location"),
                  "retrieveDateTime": _need(body, "retrieveDate")},
        retries=body.get("retries"), retryInterval=body.get("retryInterval"))


def _reserve_now(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "ReserveNow", _compact(
        id=_need(body, "reservationId"), expiryDateTime=_need(body, "expiryDate"),
        idToken=_id_token(_need(body, "idTag")), evseId=body.get("connectorId") or None,
        groupIdToken=_group_token(body.get("parentIdTag")))


def _cancel_reservation(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "CancelReservation", {"reservationId": _need(body, "reservationId")}


def _send_local_list(body: Mapping[str, Any]) -> tuple[str, Body]:
    entries = []
    for entry in body.get("localAuthorizationList") or []:
        info = entry.get("idTagInfo")
        entries.append(_compact(
            idToken=_id_token(_need(entry, "idTag")),
            idTokenInfo=_compact(
                status=_need(info, "status"), cacheExpiryDateTime=info.get("expiryDate"),
                groupIdToken=_group_token(info.get("parentIdTag"))) if info else None))
    return "SendLocalList", _compact(versionNumber=_need(body, "listVersion"),
                                     updateType=_need(body, "updateType"),
                                     localAuthorizationList=entries or None)


def _get_local_list_version(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "GetLocalListVersion", {}


def _data_transfer(body: Mapping[str, Any]) -> tuple[str, Body]:
    return "DataTransfer", dict(body)


_TO_V2: Final[Mapping[str, _ToStation]] = {
    "Reset": _reset,
    "ClearCache": _clear_cache,
    "GetConfiguration": _get_configuration,
    "ChangeConfiguration": _change_configuration,
    "RemoteStartTransaction": _remote_start,
    "RemoteStopTransaction": _remote_stop,
    "UnlockConnector": _unlock_connector,
    "ChangeAvailability": _change_availability,
    "TriggerMessage": _trigger_message,
    "SetChargingProfile": _set_charging_profile,
    "ClearChargingProfile": _clear_charging_profile,
    "GetCompositeSchedule": _get_composite_schedule,
    "GetDiagnostics": _get_diagnostics,
    "UpdateFirmware": _update_firmware,
    "ReserveNow": _reserve_now,
    "CancelReservation": _cancel_reservation,
    "SendLocalList": _send_local_list,
    "GetLocalListVersion": _get_local_list_version,
    "DataTransfer": _data_transfer,
}


# ---- 2.x replies to the 1.6 shape ------------------------------------------------------------

def _status(reply: Mapping[str, Any], words: Mapping[str, str] | None = None) -> Body:
    """``status`` in 1.6 words, with the station's own word when it differs."""
    status = reply["status"]
    word = (words or {}).get(status, status)
    return {"status": word} if word == status else {"status": word, "stationStatus": status}


def _configuration(reply: Mapping[str, Any]) -> Body:
    if "getVariableResult" not in reply:
        return _status(reply)  # GetBaseReport: the values follow in NotifyReport
    known, unknown = [], []
    for result in reply["getVariableResult"]:
        key = _variable_key(result)
        if result["attributeStatus"] == "Accepted":
            known.append(_compact(key=key, readonly=False, value=result.get("attributeValue")))
        else:
            unknown.append(key)
    return {"configurationKey": known, "unknownKey": unknown}


def _configuration_change(reply: Mapping[str, Any]) -> Body:
    result = reply["setVariableResult"][0]
    out = _status({"status": result["attributeStatus"]}, {
        "UnknownComponent": "NotSupported", "UnknownVariable": "NotSupported",
        "NotSupportedAttributeType": "NotSupported"})
    if "attributeStatusInfo" in result:
        out["statusInfo"] = result["attributeStatusInfo"]
    return out


def _remote_start_reply(reply: Mapping[str, Any]) -> Body:
    out = _status(reply)
    if "transactionId" in reply:
        # The station's transaction already running on that EVSE, in its own id.
        out["ocppTransactionId"] = reply["transactionId"]
    return out


def _composite_schedule(reply: Mapping[str, Any]) -> Body:
    out = _status(reply)
    schedule = reply.get("schedule")
    if schedule:
        out.update(connectorId=schedule["evseId"], scheduleStart=schedule["scheduleStart"],
                   chargingSchedule={
                       "duration": schedule["duration"],
                       "startSchedule": schedule["scheduleStart"],
                       "chargingRateUnit": schedule["chargingRateUnit"],
                       "chargingSchedulePeriod": [
                           _compact(startPeriod=period["startPeriod"], limit=period.get("limit"),
                                    numberPhases=period.get("numberPhases"))
                           for period in schedule["chargingSchedulePeriod"]]})
    return out


_FROM_V2: Final[Mapping[str, _FromStation]] = {
    "Reset": lambda reply: _status(reply, {"Scheduled": "Accepted"}),
    "ClearCache": _status,
    "GetConfiguration": _configuration,
    "ChangeConfiguration": _configuration_change,
    "RemoteStartTransaction": _remote_start_reply,
    "RemoteStopTransaction": _status,
    "UnlockConnector": lambda reply: _status(reply, {
        "OngoingAuthorizedTransaction": "UnlockFailed", "UnknownConnector": "UnlockFailed"}),
    "ChangeAvailability": _status,
    "TriggerMessage": _status,
    "SetChargingProfile": _status,
    "ClearChargingProfile": _status,
    "GetCompositeSchedule": _composite_schedule,
    "GetDiagnostics": lambda reply: _status(reply) | _compact(fileName=reply.get("filename")),
    "UpdateFirmware": _status,
    "ReserveNow": _status,
    "CancelReservation": _status,
    "SendLocalList": _status,
    "GetLocalListVersion": lambda reply: {"listVersion": reply["versionNumber"]},
    "DataTransfer": lambda reply: dict(reply),
}
