"""`/sessions`: charging sessions, their consumption curves, stopping them, CSV export."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from litestar import Controller, Response, delete, get, post
from litestar.params import PathParameter, QueryParameter

from evserver.api.csv_export import MAX_EXPORT_ROWS, csv_response, local_time
from evserver.api.dto import sessions as dto
from evserver.api.pagination import ListParams, Page, Paging, time_range
from evserver.api.privacy import masked
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.consumption import consumption_curve
from evserver.charging.errors import StationOffline
from evserver.core.errors import Conflict, NotFound
from evserver.core.money import Money
from evserver.storage.documents.meter_sample import MeterSample
from evserver.storage.documents.session import Session
from evserver.storage.repository import TenantRepository

sessions = TenantRepository(Session)
samples = TenantRepository(MeterSample)

SessionId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                         description="The session's id.")]
StatusFilter = Annotated[Literal["active", "completed"] | None, QueryParameter(name="status")]
StationFilter = Annotated[str | None, QueryParameter(name="stationId", max_length=48)]
UserFilter = Annotated[str | None, QueryParameter(name="userId", max_length=24)]
FromFilter = Annotated[datetime | None, QueryParameter(
    name="from", description="Sessions started at or after this instant.")]
ToFilter = Annotated[datetime | None, QueryParameter(
    name="to", description="Sessions started before this instant.")]
SORTABLE = {"startedAt": "started_at", "stoppedAt": "stopped_at", "energyWh": "energy_wh",
            "durationS": "duration_s", "transactionId": "transaction_id",
            "stationId": "station_id"}
SEARCHED = ("station_id", "id_tag")
EXPORT_HEADER = ("id", "transactionId", "stationId", "connectorId", "siteId", "userId",
                 "idTag", "timezone", "startDate", "startTime", "endDate", "endTime",
                 "energyKWh", "durationMin", "inactivityMin", "price", "currency",
                 "stopReason")


def price_of(session: Session) -> str | None:
    """The session's price in major units (`12.34`), if priced."""
    if session.price_minor is None or not session.currency:
        return None
    return str(Money(session.price_minor, session.currency).to_decimal())


def session_out(session: Session, hidden: bool) -> dto.Session:
    """The wire shape of a session; the driver is anonymised for a `[hidden]` view."""
    return dto.Session(
        id=session.id, transaction_id=session.transaction_id, station_id=session.station_id,
        connector_id=session.connector_id, site_id=session.site_id,
        user_id=masked(session.user_id, hidden), id_tag=masked(session.id_tag, hidden),
        badge_id=masked(session.badge_id, hidden), status=session.status,
        started_at=session.started_at, stopped_at=session.stopped_at,
        stop_reason=session.stop_reason, energy_wh=session.energy_wh,
        duration_s=session.duration_s, inactivity_s=session.inactivity_s,
        extra_inactivity_s=session.extra_inactivity_s, price=price_of(session),
        currency=session.currency, power_w=session.power_w, soc=session.soc,
        timezone=session.timezone)


def session_attrs(session: Session) -> ObjectAttrs:
    """What the permission rules know about a session."""
    return ObjectAttrs(tenant_id=session.tenant_id, owner_id=session.user_id)


async def load_session(access: Access, session_id: str, action: str | None = None) -> Session:
    """The caller tenant's session with this id, checked for `action`; or `NotFound`."""
    session = await sessions.get(access.tenant_id, session_id)
    if session is None:
        raise NotFound(f"no session `{session_id}`")
    access.check(session_attrs(session), action)
    return session


def session_filters(access: Access, params: ListParams, status: str | None,
                    station_id: str | None, user_id: str | None, since: datetime | None,
                    until: datetime | None) -> dict[str, Any]:
    """The query of a session list: filters, search, and a driver's own sessions only."""
    filters: dict[str, Any] = params.search_filter(SEARCHED)
    if status:
        filters["status"] = status
    if station_id:
        filters["station_id"] = station_id
    if user_id:
        filters["user_id"] = user_id
    if access.own_only:
        filters["user_id"] = access.principal.user_id
    filters.update(time_range("started_at", since, until))
    return filters


def export_row(session: Session) -> tuple[Any, ...]:
    """One CSV line: times in the session's (the site's) timezone, energy in kWh."""
    start = local_time(session.started_at, session.timezone)
    end = local_time(session.stopped_at, session.timezone)
    return (
        session.id, session.transaction_id, session.station_id, session.connector_id,
        session.site_id, session.user_id, session.id_tag, session.timezone,
        start.date().isoformat() if start else "", start.time().isoformat("seconds")
        if start else "", end.date().isoformat() if end else "",
        end.time().isoformat("seconds") if end else "", round(session.energy_wh / 1000, 3),
        round(session.duration_s / 60, 1), round(session.inactivity_s / 60, 1),
        price_of(session), session.currency, session.stop_reason,
    )


class SessionController(Controller):
    """Sessions of the caller's tenant (a driver's own; anonymised for Demo)."""

    path = "/sessions"
    tags = ["Sessions"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "Session"}

    @get("/", operation_id="listSessions", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_sessions(self, access: Accessed, params: Paging,
                            status: StatusFilter = None, station_id: StationFilter = None,
                            user_id: UserFilter = None, since: FromFilter = None,
                            until: ToFilter = None) -> Page[dto.Session]:
        """List sessions, active or completed, of a station or a user, in a time range."""
        filters = session_filters(access, params, status, station_id, user_id, since, until)
        found = await sessions.find(access.tenant_id, filters,
                                    sort=params.sort_by(SORTABLE, "-startedAt"),
                                    skip=params.skip, limit=params.limit)
        return await params.page([session_out(s, access.hidden) for s in found],
                                 lambda: sessions.count(access.tenant_id, filters))

    @get("/export.csv", operation_id="exportSessions", opt={"action": "export"},
         media_type="text/csv", responses=error_responses(401, 403, 422))
    async def export_sessions(self, access: Accessed, params: Paging,
                              status: StatusFilter = None, station_id: StationFilter = None,
                              user_id: UserFilter = None, since: FromFilter = None,
                              until: ToFilter = None) -> Response[str]:
        """Download sessions as CSV, with times in each station's site timezone."""
        filters = session_filters(access, params, status, station_id, user_id, since, until)
        found = await sessions.find(access.tenant_id, filters,
                                    sort=params.sort_by(SORTABLE, "-startedAt"),
                                    limit=MAX_EXPORT_ROWS)
        return csv_response("sessions.csv", EXPORT_HEADER, (export_row(s) for s in found))

    @get("/{session_id:str}", operation_id="getSession", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_session(self, access: Accessed, session_id: SessionId) -> dto.Session:
        """Read a session with its totals and live values."""
        session = await load_session(access, session_id)
        return session_out(session, access.hidden)

    @get("/{session_id:str}/consumption", operation_id="getSessionConsumption",
         opt={"action": "read_consumption"}, responses=error_responses(401, 403, 404, 422))
    async def get_consumption(self, access: Accessed,
                              session_id: SessionId) -> list[dto.ConsumptionPoint]:
        """Read the consumption curve: energy, power, state of charge and amount over time."""
        session = await load_session(access, session_id)
        return [dto.ConsumptionPoint(
            at=p.at, energy_wh=p.energy_wh, power_w=p.power_w, soc=p.soc,
            amount=None if p.amount_minor is None or not session.currency
            else str(Money(p.amount_minor, session.currency).to_decimal()))
            for p in await consumption_curve(session)]

    @post("/{session_id:str}/stop", operation_id="stopSession", opt={"action": "stop"},
          status_code=200, responses=error_responses(401, 403, 404, 409, 422, 502, 504))
    async def stop_session(self, access: Accessed, services: Services,
                           session_id: SessionId) -> dto.SessionStop:
        """Stop a session: the station is asked when reachable, else the server closes it."""
        session = await load_session(access, session_id)
        if session.status != "active":
            raise Conflict("this session is not active")
        container = services.container
        try:
            reply = await container.gateway.remote_stop(access.tenant_id, session.station_id,
                                                        session.transaction_id)
        except StationOffline:
            stopped = await container.sessions.stop_server_side(
                access.tenant_id, session.id, reason="Remote")
            return dto.SessionStop(mode="server", status="Accepted",
                                   session=session_out(stopped or session, access.hidden))
        current = await sessions.get(access.tenant_id, session.id) or session
        return dto.SessionStop(mode="remote", status=str(reply.get("status", "Accepted")),
                               session=session_out(current, access.hidden))

    @post("/{session_id:str}/soft-stop", operation_id="softStopSession",
          opt={"action": "soft_stop"}, status_code=200,
          responses=error_responses(401, 403, 404, 409, 422))
    async def soft_stop_session(self, access: Accessed, services: Services,
                                session_id: SessionId) -> dto.Session:
        """Close a session on the server from its last reading (a station that never will)."""
        session = await load_session(access, session_id)
        if session.status != "active":
            raise Conflict("this session is not active")
        stopped = await services.container.sessions.stop_server_side(access.tenant_id,
                                                                      session.id)
        return session_out(stopped or session, access.hidden)

    @delete("/{session_id:str}", operation_id="deleteSession", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 409, 422))
    async def delete_session(self, access: Accessed, session_id: SessionId) -> None:
        """Delete a completed session (never a billed one) and its meter samples."""
        session = await load_session(access, session_id)
        if session.status == "active":
            raise Conflict("an active session cannot be deleted: stop it first")
        await samples.delete_many(access.tenant_id, {"session_id": session.id})
        await sessions.delete(access.tenant_id, session.id)
