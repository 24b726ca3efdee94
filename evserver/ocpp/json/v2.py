"""OCPP 2.0.1 and 2.1 station-to-server messages: translate, call the same domain as 1.6.

The two versions share their message shapes but not their generated classes, so every handler
is written once, against ``Schema`` (what ``v201`` and ``v21`` both provide), and bound to each
module to build ``HANDLERS_201`` and ``HANDLERS_21``. Actions of the version that are not in a
table are answered ``NotSupported`` by the connection.

TransactionEvent maps onto the session model of 1.6: ``Started`` opens a session keyed by the
station's ``transactionId``, ``Updated`` feeds its meter values, ``Ended`` closes it. A session
whose ``Started`` never arrived (the station began offline, or the event was lost) is opened
from the first event that mentions it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, Final, Protocol, TypeAlias, cast, get_args

import msgspec

from evserver.charging.device_model import VariableRef, store_reported_values
from evserver.charging.meter_values import ENERGY_REGISTER, in_base_unit
from evserver.charging.model import (
    BootInfo,
    IdTagInfo,
    MeterReading,
    SampledValue,
    StartRequest,
    StartResult,
    StatusReport,
    StopRequest,
)
from evserver.core.clock import utcnow
from evserver.ocpp.context import StationContext
from evserver.ocpp.json.schemas import Payload, v21, v201

__all__ = ["HANDLERS_21", "HANDLERS_201", "Handler", "Schema"]

logger = logging.getLogger(__name__)

Handler = Callable[[StationContext, Any], Awaitable[Payload]]

# Group badges are issued by this server, so a parent idTag becomes a `Central` token.
GROUP_KIND: Final = "Central"
# A station that charges without asking anyone sends this token type with an empty idToken.
NO_AUTHORIZATION: Final = "NoAuthorization"
_DATA_TRANSFER_STATUSES: Final = frozenset(get_args(v201.DataTransferStatusEnumType))
# Readings from the grid side or the hardware say nothing about the energy given to the EV.
_EV_SIDE: Final = (None, "Outlet", "EV")


class Schema(Protocol):
    """The response classes a handler builds; the ``v201`` and ``v21`` modules both fit.

    Members carry the generated class names, so each module is a ``Schema`` as it is.
    """

    @property
    def AuthorizeResponse(self) -> (  # noqa: N802
            type[v201.AuthorizeResponse] | type[v21.AuthorizeResponse]): ...

    @property
    def BootNotificationResponse(self) -> (  # noqa: N802
            type[v201.BootNotificationResponse] | type[v21.BootNotificationResponse]): ...

    @property
    def DataTransferResponse(self) -> (  # noqa: N802
            type[v201.DataTransferResponse] | type[v21.DataTransferResponse]): ...

    @property
    def FirmwareStatusNotificationResponse(self) -> (  # noqa: N802
            type[v201.FirmwareStatusNotificationResponse]
            | type[v21.FirmwareStatusNotificationResponse]): ...

    @property
    def HeartbeatResponse(self) -> (  # noqa: N802
            type[v201.HeartbeatResponse] | type[v21.HeartbeatResponse]): ...

    @property
    def IdTokenInfoType(self) -> (  # noqa: N802
            type[v201.IdTokenInfoType] | type[v21.IdTokenInfoType]): ...

    @property
    def IdTokenType(self) -> (  # noqa: N802
            type[v201.IdTokenType] | type[v21.IdTokenType]): ...

    @property
    def LogStatusNotificationResponse(self) -> (  # noqa: N802
            type[v201.LogStatusNotificationResponse] | type[v21.LogStatusNotificationResponse]): ...

    @property
    def MeterValuesResponse(self) -> (  # noqa: N802
            type[v201.MeterValuesResponse] | type[v21.MeterValuesResponse]): ...

    @property
    def NotifyEventResponse(self) -> (  # noqa: N802
            type[v201.NotifyEventResponse] | type[v21.NotifyEventResponse]): ...

    @property
    def NotifyReportResponse(self) -> (  # noqa: N802
            type[v201.NotifyReportResponse] | type[v21.NotifyReportResponse]): ...

    @property
    def SecurityEventNotificationResponse(self) -> (  # noqa: N802
            type[v201.SecurityEventNotificationResponse]
            | type[v21.SecurityEventNotificationResponse]): ...

    @property
    def StatusNotificationResponse(self) -> (  # noqa: N802
            type[v201.StatusNotificationResponse] | type[v21.StatusNotificationResponse]): ...

    @property
    def TransactionEventResponse(self) -> (  # noqa: N802
            type[v201.TransactionEventResponse] | type[v21.TransactionEventResponse]): ...


_Authorize: TypeAlias = v201.AuthorizeRequest | v21.AuthorizeRequest
_Boot: TypeAlias = v201.BootNotificationRequest | v21.BootNotificationRequest
_DataTransfer: TypeAlias = v201.DataTransferRequest | v21.DataTransferRequest
_Evse: TypeAlias = v201.EVSEType | v21.EVSEType
_FirmwareStatus: TypeAlias = (v201.FirmwareStatusNotificationRequest
                              | v21.FirmwareStatusNotificationRequest)
_Heartbeat: TypeAlias = v201.HeartbeatRequest | v21.HeartbeatRequest
_IdToken: TypeAlias = v201.IdTokenType | v21.IdTokenType
_LogStatus: TypeAlias = v201.LogStatusNotificationRequest | v21.LogStatusNotificationRequest
_MeterValue: TypeAlias = v201.MeterValueType | v21.MeterValueType
_MeterValues: TypeAlias = v201.MeterValuesRequest | v21.MeterValuesRequest
_NotifyEvent: TypeAlias = v201.NotifyEventRequest | v21.NotifyEventRequest
_NotifyReport: TypeAlias = v201.NotifyReportRequest | v21.NotifyReportRequest
_SecurityEvent: TypeAlias = (v201.SecurityEventNotificationRequest
                             | v21.SecurityEventNotificationRequest)
_Status: TypeAlias = v201.StatusNotificationRequest | v21.StatusNotificationRequest
_TransactionEvent: TypeAlias = v201.TransactionEventRequest | v21.TransactionEventRequest


# ---- translation helpers ---------------------------------------------------------------------

def sampled_values(values: Iterable[v201.SampledValueType | v21.SampledValueType]
                   ) -> list[SampledValue]:
    """Domain sampled values, with the unit's multiplier applied (value * 10^multiplier)."""
    out = []
    for value in values:
        unit = value.unit_of_measure
        try:
            number = (value.value * 10.0 ** unit.multiplier if unit and unit.multiplier
                      else value.value)
        except OverflowError:
            continue  # as a non-finite value: no meter means that
        if not math.isfinite(number):
            continue
        out.append(SampledValue(
            value=number, measurand=value.measurand or ENERGY_REGISTER,
            unit=unit.unit if unit else None, phase=value.phase, location=value.location,
            context=value.context or "Sample.Periodic"))
    return out


def meter_readings(meter_values: Sequence[_MeterValue] | None) -> list[MeterReading]:
    """Domain readings of a 2.x ``meterValue`` list (absent: none)."""
    return [MeterReading(at=mv.timestamp, values=sampled_values(mv.sampled_value))
            for mv in meter_values or ()]


def id_token_info(schema: Schema, info: IdTagInfo) -> v201.IdTokenInfoType | v21.IdTokenInfoType:
    """The 2.x idTokenInfo of a domain verdict (the five 1.6 statuses exist in 2.x as such)."""
    group = (schema.IdTokenType(id_token=info.parent_id_tag, type=GROUP_KIND)
             if info.parent_id_tag else None)
    # Each module nests its own classes; mypy cannot pair them across the union, the module can.
    group_token: Any = group
    return schema.IdTokenInfoType(status=info.status, cache_expiry_date_time=info.expiry_date,
                                  group_id_token=group_token)


def id_tag(token: _IdToken | None) -> str | None:
    """The badge uid an idToken presents, or None when the station charged without one."""
    if token is None or token.type == NO_AUTHORIZATION or not token.id_token:
        return None
    return token.id_token


def _register_wh(readings: Iterable[MeterReading], context: str | None = None) -> float | None:
    """The first EV-side energy register of `readings` (of `context` if given), in Wh."""
    for reading in sorted(readings, key=lambda r: r.at):
        for value in reading.values:
            if (value.measurand == ENERGY_REGISTER and value.phase is None
                    and value.location in _EV_SIDE
                    and (context is None or value.context == context)):
                return in_base_unit(value)
    return None


def _connector_id(evse: _Evse | None) -> int | None:
    # A 2.x connector is numbered within its EVSE; an EVSE given alone stands for its connector.
    return (evse.connector_id or evse.id) if evse is not None else None


def _station_extra(ctx: StationContext, **extra: Any) -> dict[str, Any]:
    return {"tenant": ctx.tenant.slug, "station": ctx.station.station_id, **extra}


# ---- handlers --------------------------------------------------------------------------------

async def boot_notification(schema: Schema, ctx: StationContext, req: _Boot) -> Payload:
    """Store the station's identity; Accepted, Pending or Rejected."""
    station = req.charging_station
    modem = station.modem
    result = await ctx.services.stations.boot(ctx.station, BootInfo(
        vendor=station.vendor_name, model=station.model, serial_number=station.serial_number,
        firmware_version=station.firmware_version, iccid=modem.iccid if modem else None,
        imsi=modem.imsi if modem else None, reason=req.reason))
    if result.status == "Accepted" and ctx.services.on_accepted_boot is not None:
        ctx.background(ctx.services.on_accepted_boot(ctx.station))
    return schema.BootNotificationResponse(current_time=result.current_time,
                                           interval=result.interval_s, status=result.status)


async def heartbeat(schema: Schema, ctx: StationContext, req: _Heartbeat) -> Payload:
    """The station is alive."""
    await ctx.services.stations.heartbeat(ctx.station)
    return schema.HeartbeatResponse(current_time=utcnow())


async def status_notification(schema: Schema, ctx: StationContext, req: _Status) -> Payload:
    """A connector of an EVSE changed status (Available, Occupied, Reserved...)."""
    await ctx.services.stations.status(ctx.station, StatusReport(
        connector_id=req.connector_id, evse_id=req.evse_id, status=req.connector_status,
        at=req.timestamp))
    return schema.StatusNotificationResponse()


async def authorize(schema: Schema, ctx: StationContext, req: _Authorize) -> Payload:
    """May this idToken charge here? The badge rules of 1.6 apply to its ``idToken``."""
    verdict = await ctx.services.badges.authorize(ctx.station, req.id_token.id_token)
    info: Any = id_token_info(schema, verdict.info)
    return schema.AuthorizeResponse(id_token_info=info)


async def transaction_event(schema: Schema, ctx: StationContext,
                            req: _TransactionEvent) -> Payload:
    """A transaction started, went on or ended: one session, as for 1.6."""
    sessions = ctx.services.sessions
    tx_id = req.transaction_info.transaction_id
    badge = id_tag(req.id_token)
    readings = meter_readings(req.meter_value)
    logger.debug("transaction event", extra=_station_extra(
        ctx, transaction=tx_id, event=req.event_type, seq_no=req.seq_no,
        trigger=req.trigger_reason, offline=bool(req.offline)))
    session = None if req.event_type == "Started" else await sessions.find_session(
        ctx.station, None, tx_id)
    verdict: IdTagInfo | None = None
    if req.event_type == "Started" or session is None:
        started = await _start(ctx, req, badge, readings)
        verdict = started.id_tag_info
        connector = _connector_id(req.evse) or 0
    else:
        connector = _connector_id(req.evse) or session.connector_id
        if badge is not None and req.event_type == "Updated":
            # A token shown during the transaction: its own session must not count against it.
            verdict = (await ctx.services.badges.authorize(
                ctx.station, badge, exclude_session_id=session.id)).info
    if req.event_type == "Ended":
        stopped = await sessions.stop(ctx.station, StopRequest(
            at=req.timestamp, ocpp_transaction_id=tx_id,
            meter_stop_wh=_register_wh(readings, "Transaction.End"), id_tag=badge,
            reason=req.transaction_info.stopped_reason, readings=readings))
        verdict = stopped.id_tag_info
    elif readings:
        await sessions.meter_values(ctx.station, connector, readings, ocpp_transaction_id=tx_id,
                                    seq_no=req.seq_no)
    info: Any = id_token_info(schema, verdict) if badge is not None and verdict else None
    return schema.TransactionEventResponse(id_token_info=info)


async def _start(ctx: StationContext, req: _TransactionEvent, badge: str | None,
                 readings: list[MeterReading]) -> StartResult:
    """Open the session of `req` (found again if it is already open)."""
    evse = req.evse
    meter_start = _register_wh(readings, "Transaction.Begin")
    if meter_start is None:
        # No Transaction.Begin value: the earliest register makes the energy an underestimate
        # at worst, never a lifetime meter total billed as one session.
        meter_start = _register_wh(readings)
    return await ctx.services.sessions.start(ctx.station, StartRequest(
        connector_id=_connector_id(evse) or 0, evse_id=evse.id if evse else None,
        id_tag=badge, meter_start_wh=meter_start or 0.0,
        at=min([req.timestamp, *(r.at for r in readings)]),
        reservation_id=req.reservation_id,
        ocpp_transaction_id=req.transaction_info.transaction_id))


async def meter_values(schema: Schema, ctx: StationContext, req: _MeterValues) -> Payload:
    """Readings outside any transaction (2.x sends those of a transaction in TransactionEvent)."""
    await ctx.services.sessions.meter_values(ctx.station, req.evse_id,
                                             meter_readings(req.meter_value))
    return schema.MeterValuesResponse()


async def notify_report(schema: Schema, ctx: StationContext, req: _NotifyReport) -> Payload:
    """One part of a device model report: kept, and its actual values cached by key."""
    values: dict[str, str | None] = {}
    for item in req.report_data or ():
        evse = item.component.evse
        key = VariableRef(
            component=item.component.name, variable=item.variable.name,
            component_instance=item.component.instance, variable_instance=item.variable.instance,
            evse_id=evse.id if evse else None, connector_id=evse.connector_id if evse else None,
        ).key
        for attribute in item.variable_attribute:
            if attribute.type in (None, "Actual"):
                values[key] = attribute.value
    await store_reported_values(ctx.station, values)
    await ctx.services.stations.record(ctx.station, "NotifyReport", msgspec.to_builtins(req))
    return schema.NotifyReportResponse()


async def notify_event(schema: Schema, ctx: StationContext, req: _NotifyEvent) -> Payload:
    """Monitoring events (problems, thresholds, changes): kept in the station's history."""
    await ctx.services.stations.record(ctx.station, "NotifyEvent", msgspec.to_builtins(req))
    return schema.NotifyEventResponse()


async def firmware_status_notification(schema: Schema, ctx: StationContext,
                                       req: _FirmwareStatus) -> Payload:
    """Progress of a firmware update."""
    await ctx.services.stations.set_field(ctx.station, "firmware_status", req.status,
                                          "FirmwareStatusNotification", msgspec.to_builtins(req))
    return schema.FirmwareStatusNotificationResponse()


async def log_status_notification(schema: Schema, ctx: StationContext,
                                  req: _LogStatus) -> Payload:
    """Progress of a log upload (what GetDiagnostics became)."""
    await ctx.services.stations.set_field(ctx.station, "diagnostics_status", req.status,
                                          "LogStatusNotification", msgspec.to_builtins(req))
    return schema.LogStatusNotificationResponse()


async def security_event_notification(schema: Schema, ctx: StationContext,
                                      req: _SecurityEvent) -> Payload:
    """A security event: kept in the station's history."""
    await ctx.services.stations.record(ctx.station, "SecurityEventNotification",
                                       msgspec.to_builtins(req))
    logger.warning("security event", extra=_station_extra(ctx, event_type=req.type))
    return schema.SecurityEventNotificationResponse()


async def data_transfer(schema: Schema, ctx: StationContext, req: _DataTransfer) -> Payload:
    """Store the message; a registered vendor handler answers it."""
    # Vendor handlers take text, as in 1.6; structured 2.x data reaches them as JSON.
    data = req.data if req.data is None or isinstance(req.data, str) else \
        msgspec.json.encode(req.data).decode()
    reply = await ctx.services.data_transfer.handle(ctx.station, req.vendor_id, req.message_id,
                                                    data)
    status = reply.status if reply.status in _DATA_TRANSFER_STATUSES else "Rejected"
    await ctx.services.stations.record(ctx.station, "DataTransfer", msgspec.to_builtins(req),
                                       {"status": status})
    return schema.DataTransferResponse(status=cast(v201.DataTransferStatusEnumType, status),
                                       data=reply.data)


# ---- tables ----------------------------------------------------------------------------------

_VersionHandler = Callable[[Schema, StationContext, Any], Awaitable[Payload]]

_HANDLERS: Final[dict[str, _VersionHandler]] = {
    "Authorize": authorize,
    "BootNotification": boot_notification,
    "DataTransfer": data_transfer,
    "FirmwareStatusNotification": firmware_status_notification,
    "Heartbeat": heartbeat,
    "LogStatusNotification": log_status_notification,
    "MeterValues": meter_values,
    "NotifyEvent": notify_event,
    "NotifyReport": notify_report,
    "SecurityEventNotification": security_event_notification,
    "StatusNotification": status_notification,
    "TransactionEvent": transaction_event,
}


def _bind(schema: Schema, handler: _VersionHandler) -> Handler:
    async def bound(ctx: StationContext, req: Any) -> Payload:
        return await handler(schema, ctx, req)

    bound.__name__ = bound.__qualname__ = handler.__name__
    bound.__doc__ = handler.__doc__
    return bound


def handlers_for(schema: Schema) -> dict[str, Handler]:
    """The handler table of one 2.x version, answering with that version's classes."""
    return {action: _bind(schema, handler) for action, handler in _HANDLERS.items()}


HANDLERS_201: Final[dict[str, Handler]] = handlers_for(v201)
HANDLERS_21: Final[dict[str, Handler]] = handlers_for(v21)
