"""`/logs`: the log entries of the caller's tenant (the platform's for SuperAdmins)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from litestar import Controller, Response, get
from litestar.params import PathParameter, QueryParameter

from evserver.api.csv_export import MAX_EXPORT_ROWS, csv_response
from evserver.api.dto import logs as dto
from evserver.api.pagination import ListParams, Page, Paging, time_range
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, authorize
from evserver.auth.policy import ObjectAttrs
from evserver.core.errors import NotFound
from evserver.storage.documents.log import LogEntry
from evserver.storage.repository import indexed_filter

LogId = Annotated[str, PathParameter(pattern=r"^[0-9a-f]{24}$",
                                     description="The entry's id.")]
LevelFilter = Annotated[Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None,
                        QueryParameter(name="level")]
StationFilter = Annotated[str | None, QueryParameter(name="stationId", max_length=48)]
FromFilter = Annotated[datetime | None, QueryParameter(name="from")]
ToFilter = Annotated[datetime | None, QueryParameter(name="to")]
SORTABLE = {"at": "at", "level": "level", "stationId": "station_id"}
EXPORT_HEADER = ("at", "level", "source", "action", "stationId", "userId", "message")


def log_out(entry: LogEntry) -> dto.LogEntry:
    """The wire shape of a log entry."""
    return dto.LogEntry(id=entry.id, at=entry.at, level=entry.level, source=entry.source,
                        action=entry.action, station_id=entry.station_id,
                        user_id=entry.user_id, message=entry.message, details=entry.details)


def tenant_scope(access: Access) -> dict[str, Any]:
    """The entries the caller's tenant owns; the platform also owns those of no tenant."""
    if access.principal.is_platform_tenant:
        return {"tenant_id": {"$in": [None, access.tenant_id]}}
    return {"tenant_id": access.tenant_id}


def log_filters(access: Access, params: ListParams, level: str | None, station_id: str | None,
                since: datetime | None, until: datetime | None) -> dict[str, Any]:
    """The query of a log list, the tenant first."""
    filters = tenant_scope(access)
    filters.update(params.search_filter(("message", "action")))
    if level:
        filters["level"] = level
    if station_id:
        filters["station_id"] = station_id
    filters.update(time_range("at", since, until))
    return filters


async def find_logs(filters: dict[str, Any], sort: list[tuple[str, int]], skip: int,
                    limit: int) -> list[LogEntry]:
    """A page of entries (the filters always name the tenant)."""
    collection: Any = LogEntry.get_pymongo_collection()
    cursor = collection.find(indexed_filter(filters)).sort(sort).skip(skip).limit(limit)
    return [LogEntry.model_validate(raw) async for raw in cursor]


async def count_logs(filters: dict[str, Any]) -> int:
    """How many entries match (an aggregate `$count`)."""
    collection: Any = LogEntry.get_pymongo_collection()
    rows = await (await collection.aggregate([{"$match": filters}, {"$count": "n"}])).to_list()
    return int(rows[0]["n"]) if rows else 0


class LogController(Controller):
    """Log entries, newest first."""

    path = "/logs"
    tags = ["Logs"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "Log"}

    @get("/", operation_id="listLogs", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_logs(self, access: Accessed, params: Paging, level: LevelFilter = None,
                        station_id: StationFilter = None, since: FromFilter = None,
                        until: ToFilter = None) -> Page[dto.LogEntry]:
        """List log entries by level, station and time."""
        filters = log_filters(access, params, level, station_id, since, until)
        found = await find_logs(filters, params.sort_by(SORTABLE, "-at"), params.skip,
                                params.limit)
        return await params.page([log_out(e) for e in found], lambda: count_logs(filters))

    @get("/export.csv", operation_id="exportLogs", opt={"action": "export"},
         media_type="text/csv", responses=error_responses(401, 403, 422))
    async def export_logs(self, access: Accessed, params: Paging, level: LevelFilter = None,
                          station_id: StationFilter = None, since: FromFilter = None,
                          until: ToFilter = None) -> Response[str]:
        """Download log entries as CSV."""
        filters = log_filters(access, params, level, station_id, since, until)
        found = await find_logs(filters, params.sort_by(SORTABLE, "-at"), 0, MAX_EXPORT_ROWS)
        return csv_response("logs.csv", EXPORT_HEADER, (
            (e.at, e.level, e.source, e.action, e.station_id, e.user_id, e.message)
            for e in found))

    @get("/{log_id:str}", operation_id="getLog", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_log(self, access: Accessed, log_id: LogId) -> dto.LogEntry:
        """Read a log entry."""
        found = await find_logs(tenant_scope(access) | {"_id": log_id}, [("_id", 1)], 0, 1)
        if not found:
            raise NotFound(f"no log entry `{log_id}`")
        access.check(ObjectAttrs(tenant_id=access.tenant_id))
        return log_out(found[0])
