"""OCPP 1.6 station-to-server messages, shared by OCPP-J and OCPP-S: translate, call the domain."""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import msgspec

from evserver.charging.model import (
    BootInfo,
    IdTagInfo,
    MeterReading,
    SampledValue,
    StartRequest,
    StatusReport,
    StopRequest,
)
from evserver.core.clock import utcnow
from evserver.ocpp.context import StationContext
from evserver.ocpp.json.schemas import Payload
from evserver.ocpp.json.schemas import v16 as m

logger = logging.getLogger(__name__)

Handler = Callable[[StationContext, Any], Awaitable[Payload]]


_Sampled = m.MeterValuesRequestSampledValue | m.StopTransactionRequestSampledValue


def sampled_values(values: Sequence[_Sampled]) -> list[SampledValue]:
    """Numeric sampled values (signed or non-numeric data is kept out of the arithmetic)."""
    out = []
    for value in values:
        try:
            number = float(value.value)
        except ValueError:
            continue
        if not math.isfinite(number):
            continue
        out.append(SampledValue(
            value=number,
            measurand=value.measurand or "Energy.Active.Import.Register",
            unit=value.unit, phase=value.phase, location=value.location,
            context=value.context or "Sample.Periodic"))
    return out


def id_tag_info(info: IdTagInfo) -> m.IdTagInfo:
    """The 1.6 idTagInfo of a domain verdict."""
    return m.IdTagInfo(status=info.status, expiry_date=info.expiry_date,
                       parent_id_tag=info.parent_id_tag)


async def boot_notification(ctx: StationContext,
                            req: m.BootNotificationRequest) -> m.BootNotificationResponse:
    """Store the station's identity; Accepted, Pending or Rejected."""
    result = await ctx.services.stations.boot(ctx.station, BootInfo(
        vendor=req.charge_point_vendor, model=req.charge_point_model,
        serial_number=req.charge_point_serial_number,
        charge_box_serial_number=req.charge_box_serial_number,
        firmware_version=req.firmware_version, iccid=req.iccid, imsi=req.imsi,
        meter_type=req.meter_type, meter_serial_number=req.meter_serial_number))
    if result.status == "Accepted" and ctx.services.on_accepted_boot is not None:
        ctx.background(ctx.services.on_accepted_boot(ctx.station))
    return m.BootNotificationResponse(status=result.status, current_time=result.current_time,
                                      interval=result.interval_s)


async def heartbeat(ctx: StationContext, req: m.HeartbeatRequest) -> m.HeartbeatResponse:
    """The station is alive."""
    await ctx.services.stations.heartbeat(ctx.station)
    return m.HeartbeatResponse(current_time=utcnow())


async def status_notification(ctx: StationContext,
                              req: m.StatusNotificationRequest) -> m.StatusNotificationResponse:
    """A connector (0: the station) changed status."""
    await ctx.services.stations.status(ctx.station, StatusReport(
        connector_id=req.connector_id, status=req.status, error_code=req.error_code,
        info=req.info, vendor_id=req.vendor_id, vendor_error_code=req.vendor_error_code,
        at=req.timestamp))
    return m.StatusNotificationResponse()


async def authorize(ctx: StationContext, req: m.AuthorizeRequest) -> m.AuthorizeResponse:
    """May this badge charge here?"""
    verdict = await ctx.services.badges.authorize(ctx.station, req.id_tag)
    return m.AuthorizeResponse(id_tag_info=id_tag_info(verdict.info))


async def start_transaction(ctx: StationContext,
                            req: m.StartTransactionRequest) -> m.StartTransactionResponse:
    """A session started; answer with its per-tenant transaction id."""
    result = await ctx.services.sessions.start(ctx.station, StartRequest(
        connector_id=req.connector_id, id_tag=req.id_tag, meter_start_wh=req.meter_start,
        at=req.timestamp, reservation_id=req.reservation_id))
    return m.StartTransactionResponse(transaction_id=result.transaction_id,
                                      id_tag_info=id_tag_info(result.id_tag_info))


async def meter_values(ctx: StationContext, req: m.MeterValuesRequest) -> m.MeterValuesResponse:
    """Store the readings and update the session's live values."""
    readings = [MeterReading(at=mv.timestamp, values=sampled_values(mv.sampled_value))
                for mv in req.meter_value]
    await ctx.services.sessions.meter_values(ctx.station, req.connector_id, readings,
                                             transaction_id=req.transaction_id)
    return m.MeterValuesResponse()


async def stop_transaction(ctx: StationContext,
                           req: m.StopTransactionRequest) -> m.StopTransactionResponse:
    """A session stopped; totals are computed and stored."""
    readings = [MeterReading(at=td.timestamp, values=sampled_values(td.sampled_value))
                for td in req.transaction_data or []]
    result = await ctx.services.sessions.stop(ctx.station, StopRequest(
        at=req.timestamp, meter_stop_wh=req.meter_stop, transaction_id=req.transaction_id,
        id_tag=req.id_tag, reason=req.reason, readings=readings))
    info = id_tag_info(result.id_tag_info) if result.id_tag_info else None
    return m.StopTransactionResponse(id_tag_info=info)


async def data_transfer(ctx: StationContext,
                        req: m.DataTransferRequest) -> m.DataTransferResponse:
    """Store the message; a registered vendor handler answers it."""
    reply = await ctx.services.data_transfer.handle(ctx.station, req.vendor_id, req.message_id,
                                                    req.data)
    await ctx.services.stations.record(ctx.station, "DataTransfer", msgspec.to_builtins(req),
                                       {"status": reply.status})
    return m.DataTransferResponse(status=reply.status,  # type: ignore[arg-type]
                                  data=reply.data)


async def diagnostics_status_notification(
        ctx: StationContext, req: m.DiagnosticsStatusNotificationRequest
) -> m.DiagnosticsStatusNotificationResponse:
    """Progress of a diagnostics upload."""
    await ctx.services.stations.set_field(ctx.station, "diagnostics_status", req.status,
                                          "DiagnosticsStatusNotification", {"status": req.status})
    return m.DiagnosticsStatusNotificationResponse()


async def firmware_status_notification(
        ctx: StationContext, req: m.FirmwareStatusNotificationRequest
) -> m.FirmwareStatusNotificationResponse:
    """Progress of a firmware update."""
    await ctx.services.stations.set_field(ctx.station, "firmware_status", req.status,
                                          "FirmwareStatusNotification", {"status": req.status})
    return m.FirmwareStatusNotificationResponse()


async def signed_firmware_status_notification(
        ctx: StationContext, req: m.SignedFirmwareStatusNotificationRequest
) -> m.SignedFirmwareStatusNotificationResponse:
    """Progress of a signed firmware update (security extension)."""
    await ctx.services.stations.set_field(ctx.station, "firmware_status", req.status,
                                          "SignedFirmwareStatusNotification",
                                          msgspec.to_builtins(req))
    return m.SignedFirmwareStatusNotificationResponse()


async def security_event_notification(
        ctx: StationContext, req: m.SecurityEventNotificationRequest
) -> m.SecurityEventNotificationResponse:
    """A security event (security extension): kept in the station's history."""
    await ctx.services.stations.record(ctx.station, "SecurityEventNotification",
                                       msgspec.to_builtins(req))
    logger.warning("security event", extra={"tenant": ctx.tenant.slug,
                                            "station": ctx.station.station_id,
                                            "event_type": req.type})
    return m.SecurityEventNotificationResponse()


async def log_status_notification(ctx: StationContext, req: m.LogStatusNotificationRequest
                                  ) -> m.LogStatusNotificationResponse:
    """Progress of a log upload (security extension)."""
    await ctx.services.stations.set_field(ctx.station, "diagnostics_status", req.status,
                                          "LogStatusNotification", msgspec.to_builtins(req))
    return m.LogStatusNotificationResponse()


async def sign_certificate(ctx: StationContext,
                           req: m.SignCertificateRequest) -> m.SignCertificateResponse:
    """A certificate signing request: recorded; no certificate authority is configured."""
    await ctx.services.stations.record(ctx.station, "SignCertificate", {"csrLength": len(req.csr)},
                                       {"status": "Rejected"})
    return m.SignCertificateResponse(status="Rejected")


HANDLERS: dict[str, Handler] = {
    "BootNotification": boot_notification,
    "Heartbeat": heartbeat,
    "StatusNotification": status_notification,
    "Authorize": authorize,
    "StartTransaction": start_transaction,
    "MeterValues": meter_values,
    "StopTransaction": stop_transaction,
    "DataTransfer": data_transfer,
    "DiagnosticsStatusNotification": diagnostics_status_notification,
    "FirmwareStatusNotification": firmware_status_notification,
    "SignedFirmwareStatusNotification": signed_firmware_status_notification,
    "SecurityEventNotification": security_event_notification,
    "LogStatusNotification": log_status_notification,
    "SignCertificate": sign_certificate,
}
