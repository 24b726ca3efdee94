"""Charging sessions: start, meter values, stop — the same rules for every protocol and version."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pymongo import InsertOne, UpdateOne

from evserver.charging.authorization import BadgeAuthorizer
from evserver.charging.meter_values import (
    inactivity_increment,
    live_values,
    unit_of,
)
from evserver.charging.model import (
    IdTagInfo,
    MeterReading,
    StartRequest,
    StartResult,
    StopRequest,
    StopResult,
)
from evserver.charging.sites import sites
from evserver.charging.stations import add_connector
from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists
from evserver.core.events import DomainEvent, EventBus
from evserver.core.ids import new_id
from evserver.core.tasks import BackgroundTasks
from evserver.storage.batch import BatchWriter
from evserver.storage.counters import next_value
from evserver.storage.documents.log import LogEntry
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.session import Session
from evserver.storage.documents.session_curve import CurvePointDoc
from evserver.storage.documents.station import ChargingStation, Connector
from evserver.storage.repository import TenantRepository

logger = logging.getLogger(__name__)

sessions = TenantRepository(Session)
samples = TenantRepository(MeterSample)
_station_collection = TenantRepository(ChargingStation)

TRANSACTION_SEQUENCE = "transaction"
SOFT_STOP = "SoftStop"
_LIVE_CACHE_SIZE = 50_000
# Pending projections are written in this many slices per interval, each when it falls due:
# the database sees a steady trickle instead of one burst that stalls the samples behind it.
_FLUSH_SLICES = 10
_MIN_FLUSH_TICK_S = 0.02


@dataclass
class _Pending:
    """Live values not written yet: the latest `$set` and the accumulated `$inc`."""

    set: dict[str, Any]
    inactivity_s: int = 0
    # monotonic time by which they are written (0 = with the next flush)
    due: float = 0.0


@dataclass
class _PendingPoint:
    """The latest curve point of one session and second, and when it is written."""

    point: dict[str, Any]
    due: float


@dataclass
class _Live:
    """What a meter value needs to know about an active session, kept between readings."""

    session_id: str
    transaction_id: int
    meter_start_wh: float
    last_register_wh: float | None
    last_meter_at: datetime | None
    last_seq_no: int | None = None


class SessionService:
    """Opens, updates and closes sessions; every method takes the station (and so the tenant)."""

    def __init__(self, authorizer: BadgeAuthorizer, bus: EventBus | None = None, *,
                 live_flush_s: float = 0.0) -> None:
        self.authorizer = authorizer
        self.bus = bus or EventBus()
        # The live values of a session (energy, power, SoC...) are a projection of its stored
        # samples. With live_flush_s > 0 they are written at most that often per session, so a
        # busy station costs one session write per interval instead of one per MeterValues;
        # 0 writes them with every message.
        self.live_flush_s = live_flush_s
        # Both in the order they became pending, which is the order they fall due.
        self._dirty: dict[tuple[str, str], _Pending] = {}
        self._points: dict[tuple[str, str, int], _PendingPoint] = {}
        self._flusher: asyncio.Task[None] | None = None
        # Keyed by (tenant, session id): start values never change, so the cache is safe on
        # any node; the running register is re-read from the session when missing.
        self._live: OrderedDict[tuple[str, str], _Live] = OrderedDict()
        # Active sessions by (tenant, transaction id): the hot MeterValues path skips a lookup.
        self._active: OrderedDict[tuple[str, int], Session] = OrderedDict()
        self._writers: dict[str, BatchWriter] = {}
        # Told (in the background, once per session) when a station still sends meter values
        # for a session the server closed without it: see `stray_transactions`.
        self.on_stray_transaction: Callable[[ChargingStation, Session],
                                            Awaitable[object]] | None = None
        self._strays: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._background = BackgroundTasks()

    def _writer(self, model: type[Session] | type[MeterSample] | type[CurvePointDoc]
                ) -> BatchWriter:
        collection = model.get_pymongo_collection()
        writer = self._writers.get(model.__name__)
        if writer is None or writer.collection is not collection:
            # Projections (live values, curve points) are flushed in small batches so that a
            # periodic flush never holds the database long enough to delay samples of replies.
            size = 2000 if model is MeterSample else 100
            writer = self._writers[model.__name__] = BatchWriter(
                collection, max_batch=size, new_documents=model is not Session)
        return writer

    # ---- start ---------------------------------------------------------------------------

    async def start(self, station: ChargingStation, request: StartRequest) -> StartResult:
        """Open a session (or find the one a retransmitted start already opened)."""
        tenant_id = station.tenant_id
        existing = await self._find_started(station, request)
        if existing is not None:
            verdict = (IdTagInfo(status="Accepted") if not request.id_tag else
                       (await self.authorizer.authorize(station, request.id_tag,
                                                        exclude_session_id=existing.id)).info)
            return StartResult(transaction_id=existing.transaction_id, session_id=existing.id,
                               id_tag_info=verdict)
        if request.id_tag:
            decision = await self.authorizer.authorize(station, request.id_tag)
            info, badge, user = decision.info, decision.badge, decision.user
        else:
            info, badge, user = IdTagInfo(status="Accepted"), None, None
        site = await sites.get(tenant_id, station.site_id) if station.site_id else None
        transaction_id = await next_value(tenant_id, TRANSACTION_SEQUENCE)
        session = Session(
            tenant_id=tenant_id,
            transaction_id=transaction_id,
            ocpp_transaction_id=request.ocpp_transaction_id,
            station_id=station.station_id,
            connector_id=request.connector_id,
            evse_id=request.evse_id,
            site_id=station.site_id,
            id_tag=request.id_tag,
            badge_id=badge.id if badge else None,
            user_id=user.id if user else None,
            reservation_id=request.reservation_id,
            started_at=request.at,
            meter_start_wh=request.meter_start_wh,
            last_register_wh=request.meter_start_wh,
            last_meter_at=request.at,
            timezone=site.timezone if site else "UTC",
            authorization_status=info.status,
        )
        try:
            await sessions.insert(tenant_id, session)
        except AlreadyExists:
            # A concurrent retransmission won the race: answer with its session.
            again = await self._find_started(station, request)
            if again is None:
                raise
            return StartResult(transaction_id=again.transaction_id, session_id=again.id,
                               id_tag_info=info)
        await self._set_connector_session(station, request.connector_id, request.evse_id,
                                          session.id, transaction_id)
        # A new session without the connector being free in between: the earlier one's
        # parking time cannot be told any more.
        await sessions.update_many(tenant_id, _on_connector(station, request.connector_id,
                                                           request.evse_id)
                                   | {"extra_inactivity_pending": True},
                                   {"$set": {"extra_inactivity_pending": False}})
        self._remember(session)
        self._cache_active(session)
        self._publish(session, "session.started")
        return StartResult(transaction_id=transaction_id, session_id=session.id,
                           id_tag_info=info)

    async def _find_started(self, station: ChargingStation,
                            request: StartRequest) -> Session | None:
        if request.ocpp_transaction_id:
            return await sessions.find_one(station.tenant_id, {
                "station_id": station.station_id,
                "ocpp_transaction_id": request.ocpp_transaction_id})
        return await sessions.find_one(station.tenant_id, {
            "station_id": station.station_id, "connector_id": request.connector_id,
            "started_at": request.at, "id_tag": request.id_tag,
            "meter_start_wh": request.meter_start_wh})

    # ---- meter values --------------------------------------------------------------------

    async def meter_values(self, station: ChargingStation, connector_id: int,
                           readings: list[MeterReading], *, transaction_id: int | None = None,
                           ocpp_transaction_id: str | None = None,
                           seq_no: int | None = None) -> Session | None:
        """Store readings; update the live values of their session when there is one.

        `seq_no` (OCPP 2.x) makes a retransmitted message a no-op.
        """
        session = await self.find_session(station, transaction_id, ocpp_transaction_id)
        if session is not None and session.status != "active":
            self._stray(station, session)
        live = self._live_of(session) if session else None
        if live is not None and seq_no is not None:
            if live.last_seq_no is not None and seq_no <= live.last_seq_no:
                return session
            live.last_seq_no = seq_no
        store = self._store_samples(station, connector_id, readings, session)
        if session is None or session.status != "active" or live is None:
            await store
            return session
        # Both writes are awaited before the reply, side by side: latency is the slower one.
        await asyncio.gather(store, self._apply_readings(station.tenant_id, session, live,
                                                         readings, seq_no=seq_no))
        return session

    def _stray(self, station: ChargingStation, session: Session) -> None:
        if session.stop_reason != SOFT_STOP or self.on_stray_transaction is None:
            return  # stopped by the station itself: these are late values, not a running one
        key = (station.tenant_id, session.id)
        if key in self._strays:
            return
        self._strays[key] = None
        if len(self._strays) > _LIVE_CACHE_SIZE:
            self._strays.popitem(last=False)
        self._background.spawn(self.on_stray_transaction(station, session))

    async def _apply_readings(self, tenant_id: str, session: Session, live: _Live,
                              readings: list[MeterReading], *, seq_no: int | None = None) -> None:
        changes: dict[str, Any] = {} if seq_no is None else {"last_seq_no": seq_no}
        inactivity = 0
        for reading in sorted(readings, key=lambda r: r.at):
            values = live_values(reading)
            if values.register_wh is not None:
                inactivity += inactivity_increment(live.last_meter_at, live.last_register_wh,
                                                   reading.at, values.register_wh)
                live.last_register_wh = values.register_wh
                live.last_meter_at = reading.at
                changes["energy_wh"] = max(0.0, values.register_wh - live.meter_start_wh)
                changes["last_register_wh"] = values.register_wh
                changes["last_meter_at"] = reading.at
            if values.power_w is not None:
                changes["power_w"] = values.power_w
            if values.current_a is not None:
                changes["current_a"] = values.current_a
            if values.soc is not None:
                changes["soc"] = values.soc
        if not changes:
            return
        changes["duration_s"] = int(((live.last_meter_at or utcnow()) -
                                     session.started_at).total_seconds())
        if self.live_flush_s > 0:
            pending = self._dirty.get((tenant_id, session.id))
            if pending is None:
                pending = self._dirty[(tenant_id, session.id)] = _Pending(
                    {}, due=time.monotonic() + self.live_flush_s)
            pending.set.update(changes)
            pending.inactivity_s += inactivity
            self._schedule_flush()
        else:
            await self._writer(Session).write([_live_update(tenant_id, session.id,
                                                            _Pending(changes, inactivity))])
        self._publish_data(tenant_id, "session.updated", {
            "sessionId": session.id, "transactionId": session.transaction_id,
            "stationId": session.station_id, "connectorId": session.connector_id,
            "userId": session.user_id, "energyWh": changes.get("energy_wh"),
            "powerW": changes.get("power_w"), "soc": changes.get("soc")})

    def _schedule_flush(self) -> None:
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_periodically())

    async def _flush_periodically(self) -> None:
        tick = max(_MIN_FLUSH_TICK_S, self.live_flush_s / _FLUSH_SLICES)
        while self._dirty or self._points:
            await asyncio.sleep(tick)
            try:
                await self._flush_due(time.monotonic())
            except Exception:
                # The samples are stored; the projection is kept and retried with a later slice.
                logger.warning("live values could not be written", exc_info=True)

    async def close(self) -> None:
        """Write what is pending and stop the periodic flush (at shutdown)."""
        await self._background.cancel_all()
        if self._flusher is not None and not self._flusher.done():
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        await self.flush()
        # A slice cancelled above may still be on its way to the database: wait for it too.
        for writer in list(self._writers.values()):
            await writer.drain()

    async def flush(self) -> None:
        """Write every pending live value now (at shutdown, or before reading them back)."""
        await self._flush_due(math.inf)

    async def _flush_due(self, now: float) -> None:
        pending = _take_due(self._dirty, now)
        points = [entry.point for entry in _take_due(self._points, now).values()]
        if not pending and not points:
            return
        values_done, points_done = await asyncio.gather(
            self._writer(Session).write([
                _live_update(tenant_id, session_id, values)
                for (tenant_id, session_id), values in pending.items()]),
            self._writer(CurvePointDoc).write([InsertOne(p) for p in points]),
            return_exceptions=True)
        # Only what failed goes back (a point written twice would collide on its id).
        self._restore(pending if isinstance(values_done, BaseException) else {},
                      points if isinstance(points_done, BaseException) else [])
        for outcome in (values_done, points_done):
            if isinstance(outcome, BaseException):
                raise outcome

    async def _store_samples(self, station: ChargingStation, connector_id: int,
                             readings: list[MeterReading], session: Session | None) -> None:
        tenant_id = station.tenant_id
        session_id = session.id if session else None
        docs: list[dict[str, Any]] = []
        points: list[dict[str, Any]] = []
        for reading in readings:
            for value in reading.values:
                doc = {
                    "_id": new_id(), "tenant_id": tenant_id, "session_id": session_id,
                    "station_id": station.station_id, "connector_id": connector_id,
                    "at": reading.at, "measurand": value.measurand, "context": value.context,
                    "value": value.value, "unit": unit_of(value),
                }
                if value.phase is not None:
                    doc["phase"] = value.phase
                if value.location is not None:
                    doc["location"] = value.location
                docs.append(doc)
            if session is not None:
                point = curve_point(tenant_id, session, reading)
                if point is not None:
                    points.append(point)
        if points and self.live_flush_s > 0:
            # Curve points are a projection of the samples, like the live values: they follow
            # within live_flush_s instead of costing the station's reply another write. The
            # curve keeps one point per session and second (the latest reading of it).
            due = time.monotonic() + self.live_flush_s
            for point in points:
                bucket = (tenant_id, str(point["session_id"]), int(point["at"].timestamp()))
                entry = self._points.get(bucket)
                if entry is None:
                    self._points[bucket] = _PendingPoint(point, due)
                else:
                    entry.point = point
            self._schedule_flush()
            points = []
        writes = [self._writer(MeterSample).write([InsertOne(doc) for doc in docs])]
        if points:
            writes.append(self._writer(CurvePointDoc).write([InsertOne(p) for p in points]))
        await asyncio.gather(*writes)

    def _restore(self, pending: dict[tuple[str, str], _Pending],
                 points: list[dict[str, Any]]) -> None:
        # A failed flush puts its values back, under anything newer that arrived meanwhile,
        # to be retried one interval later.
        due = time.monotonic() + self.live_flush_s
        for key, values in pending.items():
            newer = self._dirty.get(key)
            if newer is None:
                values.due = due
                self._dirty[key] = values
            else:
                newer.set = values.set | newer.set
                newer.inactivity_s += values.inactivity_s
        for point in points:
            bucket = (str(point["tenant_id"]), str(point["session_id"]),
                      int(point["at"].timestamp()))
            self._points.setdefault(bucket, _PendingPoint(point, due))

    # ---- stop ----------------------------------------------------------------------------

    async def stop(self, station: ChargingStation, request: StopRequest) -> StopResult:
        """Close a session with its totals; an unknown transaction is recorded, not refused."""
        tenant_id = station.tenant_id
        session = await self.find_session(station, request.transaction_id,
                                          request.ocpp_transaction_id)
        if session is None:
            await LogEntry(
                tenant_id=tenant_id, level="WARNING", source="ocpp", action="StopTransaction",
                station_id=station.station_id,
                message=f"stop of unknown transaction {request.transaction_id or ''}"
                        f"{request.ocpp_transaction_id or ''}",
                details={"idTag": request.id_tag, "meterStopWh": request.meter_stop_wh,
                         "reason": request.reason, "at": request.at.isoformat()},
            ).insert()
            info = (await self.authorizer.authorize(station, request.id_tag,
                                                    check_concurrent=False)).info \
                if request.id_tag else None
            return StopResult(id_tag_info=info, session_id=None)

        info = await self._stopper_verdict(station, session, request.id_tag)
        if session.status != "active":
            return StopResult(id_tag_info=info, session_id=session.id)
        live = self._live_of(session)
        if request.readings:
            await self._store_samples(station, session.connector_id, request.readings,
                                      session)
            await self._apply_readings(tenant_id, session, live, request.readings)
        meter_stop = request.meter_stop_wh
        if meter_stop is None:
            meter_stop = live.last_register_wh if live.last_register_wh is not None else \
                session.meter_start_wh
        final_inactivity = inactivity_increment(live.last_meter_at, live.last_register_wh,
                                                request.at, meter_stop)
        unwritten = self._dirty.pop((tenant_id, session.id), None)
        if unwritten is not None:
            final_inactivity += unwritten.inactivity_s
        changes: dict[str, Any] = {
            "status": "completed", "stopped_at": request.at, "meter_stop_wh": meter_stop,
            "stop_reason": request.reason or "Local", "stopped_by_id_tag": request.id_tag,
            "energy_wh": max(0.0, meter_stop - session.meter_start_wh),
            "duration_s": max(0, int((request.at - session.started_at).total_seconds())),
            "power_w": 0.0, "updated_at": utcnow(), "extra_inactivity_pending": True,
        }
        if unwritten is not None:
            changes = unwritten.set | changes
        update: dict[str, Any] = {"$set": changes}
        if final_inactivity:
            update["$inc"] = {"inactivity_s": final_inactivity}
        result = await sessions.collection.update_one(
            {"tenant_id": tenant_id, "_id": session.id, "status": "active"}, update)
        self._live.pop((tenant_id, session.id), None)
        self._active.pop((tenant_id, session.transaction_id), None)
        if result.modified_count:
            await self._clear_connector_session(station, session)
            stopped = await sessions.get(tenant_id, session.id)
            if stopped is not None:
                self._publish(stopped, "session.stopped")
        return StopResult(id_tag_info=info, session_id=session.id)

    async def _stopper_verdict(self, station: ChargingStation, session: Session,
                               id_tag: str | None) -> IdTagInfo | None:
        if id_tag is None:
            return None
        if id_tag == session.id_tag:
            return IdTagInfo(status="Accepted")
        verdict = await self.authorizer.authorize(station, id_tag, check_concurrent=False)
        # Another badge of the same driver, or its parent (group) badge, may stop the session.
        same_user = verdict.user is not None and verdict.user.id == session.user_id
        if same_user and verdict.info.status in ("Accepted", "ConcurrentTx"):
            return IdTagInfo(status="Accepted", expiry_date=verdict.info.expiry_date,
                             parent_id_tag=verdict.info.parent_id_tag)
        return verdict.info

    async def connector_available(self, station: ChargingStation, connector_id: int,
                                  evse_id: int | None, at: datetime) -> None:
        """The connector is free again: the sessions that ended on it learn their parking time
        (the "extra inactivity" between their stop and now)."""
        tenant_id = station.tenant_id
        ended = await sessions.find(tenant_id, _on_connector(station, connector_id, evse_id)
                                    | {"extra_inactivity_pending": True}, limit=10)
        for session in ended:
            stopped = session.stopped_at or at
            extra = max(0, int((at - stopped).total_seconds()))
            result = await sessions.collection.update_one(
                {"tenant_id": tenant_id, "_id": session.id, "extra_inactivity_pending": True},
                {"$set": {"extra_inactivity_s": extra, "extra_inactivity_pending": False,
                          "updated_at": utcnow()}})
            if result.modified_count:
                self._publish_data(tenant_id, "session.updated", {
                    "sessionId": session.id, "transactionId": session.transaction_id,
                    "stationId": session.station_id, "connectorId": session.connector_id,
                    "userId": session.user_id, "extraInactivityS": extra})

    async def stop_server_side(self, tenant_id: str, session_id: str, *,
                               reason: str = SOFT_STOP) -> Session | None:
        """Close a session the station will never stop (soft stop), from its last reading."""
        session = await sessions.get(tenant_id, session_id)
        if session is None or session.status != "active":
            return session
        station = await _station_collection.find_one(tenant_id, {"station_id": session.station_id})
        if station is None:
            station = ChargingStation(tenant_id=tenant_id, station_id=session.station_id)
        live = self._live_of(session)
        await self.stop(station, StopRequest(
            at=live.last_meter_at or utcnow(), transaction_id=session.transaction_id,
            meter_stop_wh=live.last_register_wh, reason=reason))
        return await sessions.get(tenant_id, session_id)

    # ---- lookups and helpers -------------------------------------------------------------

    async def find_session(self, station: ChargingStation, transaction_id: int | None,
                           ocpp_transaction_id: str | None) -> Session | None:
        """The session a station refers to by its 1.6 integer or 2.x string transaction id."""
        if ocpp_transaction_id:
            return await sessions.find_one(station.tenant_id, {
                "station_id": station.station_id, "ocpp_transaction_id": ocpp_transaction_id})
        if transaction_id is not None:
            cached = self._active.get((station.tenant_id, transaction_id))
            if cached is not None:
                return cached
            found = await sessions.find_one(station.tenant_id, {"transaction_id": transaction_id})
            if found is not None and found.status == "active":
                self._cache_active(found)
            return found
        return None

    def _cache_active(self, session: Session) -> None:
        self._active[(session.tenant_id, session.transaction_id)] = session
        if len(self._active) > _LIVE_CACHE_SIZE:
            self._active.popitem(last=False)

    def _remember(self, session: Session) -> _Live:
        live = _Live(session.id, session.transaction_id, session.meter_start_wh,
                     session.last_register_wh, session.last_meter_at, session.last_seq_no)
        self._live[(session.tenant_id, session.id)] = live
        if len(self._live) > _LIVE_CACHE_SIZE:
            self._live.popitem(last=False)
        return live

    def _live_of(self, session: Session) -> _Live:
        live = self._live.get((session.tenant_id, session.id))
        return live if live is not None else self._remember(session)

    async def _set_connector_session(self, station: ChargingStation, connector_id: int,
                                     evse_id: int | None, session_id: str,
                                     transaction_id: int) -> None:
        key = {"tenant_id": station.tenant_id, "_id": station.id}
        fields = {"current_session_id": session_id, "current_transaction_id": transaction_id}
        if evse_id is None:
            result = await _station_collection.collection.update_one(
                key | {"connectors.connector_id": connector_id},
                {"$set": {f"connectors.$.{k}": v for k, v in fields.items()}})
            matched = bool(result.matched_count)
        else:
            # 2.x connector ids restart at 1 on every EVSE, so the EVSE must match too; the
            # position is looked up first (`$elemMatch` with `$` is not portable here).
            current = await _station_collection.get(station.tenant_id, station.id)
            index = next((i for i, c in enumerate(current.connectors if current else [])
                          if c.connector_id == connector_id and c.evse_id == evse_id), None)
            if index is not None:
                await _station_collection.collection.update_one(
                    key, {"$set": {f"connectors.{index}.{k}": v for k, v in fields.items()}})
            matched = index is not None
        if not matched:
            await add_connector(station.tenant_id, station.id, Connector(
                connector_id=connector_id, evse_id=evse_id, status="Charging",
                current_session_id=session_id, current_transaction_id=transaction_id))

    async def _clear_connector_session(self, station: ChargingStation, session: Session) -> None:
        await _station_collection.collection.update_one(
            {"tenant_id": station.tenant_id, "station_id": session.station_id,
             "connectors.current_session_id": session.id},
            {"$set": {"connectors.$.current_session_id": None,
                      "connectors.$.current_transaction_id": None}})

    def _publish(self, session: Session, event_type: str) -> None:
        self._publish_data(session.tenant_id, event_type, session_event_data(session))

    def _publish_data(self, tenant_id: str, event_type: str, data: dict[str, Any]) -> None:
        self.bus.publish(DomainEvent(type=event_type, tenant_id=tenant_id, data=data))


def curve_point(tenant_id: str, session: Session, reading: MeterReading) -> dict[str, Any] | None:
    """The curve point of one reading of `session`, or None if it says nothing the curve shows."""
    values = live_values(reading)
    if values.register_wh is None and values.power_w is None and values.soc is None:
        return None
    energy = None if values.register_wh is None else max(
        0.0, values.register_wh - session.meter_start_wh)
    return {"_id": new_id(), "tenant_id": tenant_id, "session_id": session.id,
            "at": reading.at, "energy_wh": energy, "power_w": values.power_w,
            "soc": values.soc}


def _on_connector(station: ChargingStation, connector_id: int,
                  evse_id: int | None) -> dict[str, Any]:
    # OCPP 2.x sessions belong to an EVSE; 1.6 sessions to a connector.
    where: dict[str, Any] = {"station_id": station.station_id}
    if evse_id is not None:
        where["evse_id"] = evse_id
    else:
        where["connector_id"] = connector_id
    return where


def _take_due(entries: dict[Any, Any], now: float) -> dict[Any, Any]:
    """Remove and return the leading entries of `entries` whose `due` time has come."""
    taken: dict[Any, Any] = {}
    for key, entry in entries.items():
        if entry.due > now:
            break
        taken[key] = entry
    for key in taken:
        del entries[key]
    return taken


def _live_update(tenant_id: str, session_id: str, pending: _Pending) -> UpdateOne:
    update: dict[str, Any] = {"$set": pending.set}
    if pending.inactivity_s:
        update["$inc"] = {"inactivity_s": pending.inactivity_s}
    # Only while active: a stop elsewhere must not be overwritten by late live values.
    return UpdateOne({"tenant_id": tenant_id, "_id": session_id, "status": "active"}, update)


def session_event_data(session: Session) -> dict[str, Any]:
    """The facts an event about `session` carries (camelCase, as on the wire)."""
    return {
        "sessionId": session.id, "transactionId": session.transaction_id,
        "stationId": session.station_id, "connectorId": session.connector_id,
        "userId": session.user_id, "idTag": session.id_tag, "status": session.status,
        "startedAt": session.started_at.isoformat(),
        "stoppedAt": session.stopped_at.isoformat() if session.stopped_at else None,
        "energyWh": session.energy_wh, "durationS": session.duration_s,
        "inactivityS": session.inactivity_s, "powerW": session.power_w, "soc": session.soc,
        "stopReason": session.stop_reason,
    }

