"""`/charging-stations`: stations with their live state, their settings and their commands."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.params import FromQuery, JSONBody, PathParameter, QueryParameter

from evserver.api.dto import stations as dto
from evserver.api.dto.common import changes_of
from evserver.api.pagination import Page, Paging
from evserver.api.privacy import masked
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Access, Accessed, Connection, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs
from evserver.charging.gateway import COMMANDS
from evserver.core.errors import InvalidInput, NotFound
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.session import Session
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant
from evserver.storage.repository import TenantRepository, indexed_filter

stations = TenantRepository(ChargingStation)
sessions = TenantRepository(Session)
badges = TenantRepository(Badge)

StationId = Annotated[str, PathParameter(pattern=r"^[A-Za-z0-9_.\-~:]{1,48}$",
                                         description="The station's OCPP identity.")]
CommandName = Annotated[str, PathParameter(
    pattern=r"^[a-z-]{1,40}$", description=f"One of: {', '.join(COMMANDS)}.")]
TenantFilter = Annotated[str | None, QueryParameter(
    name="tenant", max_length=63,
    description="SuperAdmins: the slug of the tenant to look in (all tenants when absent).")]
SiteFilter = Annotated[str | None, QueryParameter(name="siteId", max_length=24)]
MAX_PARAMS_DEPTH = 16
SORTABLE = {"id": "station_id", "lastSeen": "last_seen", "online": "online",
            "vendor": "vendor", "model": "model", "createdAt": "created_at"}
SEARCHED = ("station_id", "vendor", "model", "serial_number")


def policy_action(command: str) -> str:
    """The permission a command needs (`remote-start` -> `RemoteStart`), or `NotFound`."""
    action = COMMANDS.get(command)
    if action is None:
        raise NotFound(f"no command `{command}`; commands: {', '.join(COMMANDS)}")
    return action.removesuffix("Transaction")


def command_action(connection: Connection) -> str:
    """The permission the command named in the request's path needs."""
    return policy_action(str(connection.path_params.get("command", "")))


def station_out(station: ChargingStation, users_by_session: dict[str, str | None],
                hidden: bool) -> dto.ChargingStation:
    """The wire shape of a station; who charges is anonymised for a `[hidden]` view."""
    connectors = [dto.Connector(
        connector_id=c.connector_id, evse_id=c.evse_id, status=c.status,
        error_code=c.error_code, info=c.info, status_at=c.status_at,
        current_session_id=c.current_session_id,
        current_transaction_id=c.current_transaction_id,
        current_user_id=masked(users_by_session.get(c.current_session_id or ""), hidden),
        power_w=c.power_w) for c in station.connectors]
    return dto.ChargingStation(
        id=station.station_id, tenant_id=station.tenant_id, site_id=station.site_id,
        vendor=station.vendor, model=station.model, serial_number=station.serial_number,
        firmware_version=station.firmware_version, ocpp_protocol=station.ocpp_protocol,
        ocpp_version=station.ocpp_version,
        endpoint_url=station.endpoint_url_override or station.endpoint_url,
        registration_status=station.registration_status, public=station.public,
        max_power_w=station.max_power_w, has_password=station.password_hash is not None,
        online=station.online, last_seen=station.last_seen,
        connected_since=station.connected_since, last_boot_at=station.last_boot_at,
        connectors=connectors, created_at=station.created_at)


async def drivers_of(found: list[ChargingStation]) -> dict[str, str | None]:
    """Session id -> driver id, for the sessions running on these stations."""
    by_tenant: dict[str, list[str]] = {}
    for station in found:
        running = [c.current_session_id for c in station.connectors if c.current_session_id]
        by_tenant.setdefault(station.tenant_id, []).extend(running)
    drivers: dict[str, str | None] = {}
    for tenant_id, ids in by_tenant.items():
        if ids:
            for session in await sessions.find(tenant_id, {"_id": {"$in": ids}}, limit=0):
                drivers[session.id] = session.user_id
    return drivers


async def scope_tenant(access: Access, tenant: str | None) -> str | None:
    """The tenant id a request looks in: the caller's, or for platform support any (None)."""
    if not access.principal.is_platform_tenant:
        return access.tenant_id
    if tenant is None:
        return None
    found = await Tenant.find_one({"slug": tenant})
    if found is None:
        raise InvalidInput(f"no tenant `{tenant}`", field="tenant")
    return found.id


async def load_station(access: Access, station_id: str,
                       tenant: str | None = None) -> ChargingStation:
    """The station with this id in the tenant the caller may look in, or `NotFound`."""
    tenant_id = await scope_tenant(access, tenant)
    station: ChargingStation | None
    if tenant_id is None:
        # Platform support without a tenant: station ids are unique per tenant only.
        raw = await stations.collection.find(indexed_filter({"station_id": station_id})).to_list(2)
        station = ChargingStation.model_validate(raw[0]) if len(raw) == 1 else None
    else:
        station = await stations.find_one(tenant_id, {"station_id": station_id})
    if station is None:
        raise NotFound(f"no station `{station_id}`")
    return station


class RemoteStartParams(msgspec.Struct, rename="camel"):
    """What a remote start needs to know to decide who asks."""

    id_tag: str = ""


class RemoteStopParams(msgspec.Struct, rename="camel"):
    """What a remote stop needs to know to decide who asks."""

    transaction_id: int = 0


class UnlockParams(msgspec.Struct, rename="camel"):
    """What an unlock needs to know to decide who asks."""

    connector_id: int = 0


def check_params(value: Any, depth: int = 0) -> None:
    """Refuse command parameters the station messages cannot hold (nesting, 64-bit ints)."""
    if depth > MAX_PARAMS_DEPTH:
        raise InvalidInput("command parameters are nested too deeply", field="body")
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        raise InvalidInput("a number in the command parameters is out of range", field="body")
    if isinstance(value, dict):
        for item in value.values():
            check_params(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_params(item, depth + 1)


async def command_attrs(station: ChargingStation, action: str,
                        params: dict[str, Any]) -> ObjectAttrs:
    """What the permission rules know about a command: whose badge, whose session."""
    tenant_id = station.tenant_id
    try:
        if action == "RemoteStart":
            id_tag = msgspec.convert(params, RemoteStartParams).id_tag
            badge = await badges.find_one(tenant_id, {"uid": id_tag}) if id_tag else None
            return ObjectAttrs(tenant_id=tenant_id,
                               badge_owner_id=badge.user_id if badge else None)
        if action == "RemoteStop":
            transaction_id = msgspec.convert(params, RemoteStopParams).transaction_id
            session = await sessions.find_one(tenant_id, {"transaction_id": transaction_id,
                                                          "station_id": station.station_id})
            return ObjectAttrs(tenant_id=tenant_id,
                               session_owner_id=session.user_id if session else None)
        if action == "UnlockConnector":
            connector_id = msgspec.convert(params, UnlockParams).connector_id
            session = await sessions.find_one(tenant_id, {
                "station_id": station.station_id, "connector_id": connector_id,
                "status": "active"})
            return ObjectAttrs(tenant_id=tenant_id,
                               session_owner_id=session.user_id if session else None)
    except msgspec.ValidationError as exc:
        raise InvalidInput(str(exc), field="body") from None
    return ObjectAttrs(tenant_id=tenant_id)


class ChargingStationController(Controller):
    """Stations of the caller's tenant (platform support sees every tenant's, anonymised)."""

    path = "/charging-stations"
    tags = ["Charging stations"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "ChargingStation"}

    @get("/", operation_id="listChargingStations", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_stations(
        self, access: Accessed, params: Paging, tenant: TenantFilter = None,
        site_id: SiteFilter = None, online: FromQuery[bool | None] = None,
        status: Annotated[str | None, QueryParameter(
            max_length=40, description="Stations with a connector in this status.")] = None,
    ) -> Page[dto.ChargingStation]:
        """List stations with their status, connector states and online flag."""
        tenant_id = await scope_tenant(access, tenant)
        filters: dict[str, Any] = params.search_filter(SEARCHED)
        if site_id:
            filters["site_id"] = site_id
        if online is not None:
            filters["online"] = online
        if status:
            filters["connectors.status"] = status
        sort = params.sort_by(SORTABLE, "id")
        if tenant_id is None:
            # Platform support view across tenants: the one query without a tenant.
            cursor = stations.collection.find(indexed_filter(filters)).sort(sort)
            raw = await cursor.skip(params.skip).limit(params.limit).to_list()
            found = [ChargingStation.model_validate(r) for r in raw]

            async def count() -> int:
                rows = await (await stations.collection.aggregate(
                    [{"$match": filters}, {"$count": "n"}])).to_list()
                return int(rows[0]["n"]) if rows else 0
        else:
            scoped = tenant_id
            found = await stations.find(scoped, filters, sort=sort, skip=params.skip,
                                        limit=params.limit)

            async def count() -> int:
                return await stations.count(scoped, filters)

        drivers = await drivers_of(found)
        return await params.page([station_out(s, drivers, access.hidden) for s in found], count)

    @get("/{station_id:str}", operation_id="getChargingStation", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_station(self, access: Accessed, station_id: StationId,
                          tenant: TenantFilter = None) -> dto.ChargingStation:
        """Read a station."""
        station = await load_station(access, station_id, tenant)
        decision = access.check(ObjectAttrs(tenant_id=station.tenant_id))
        return station_out(station, await drivers_of([station]), decision.hidden)

    @patch("/{station_id:str}", operation_id="updateChargingStation", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 422))
    async def update_station(self, access: Accessed, services: Services,
                             station_id: StationId,
                             data: JSONBody[dto.ChargingStationUpdate]) -> dto.ChargingStation:
        """Change a station's site, public flag, maximum power, endpoint URL or password."""
        station = await load_station(access, station_id)
        access.check(ObjectAttrs(tenant_id=station.tenant_id))
        updated = await services.station_admin.update(access.tenant_id, station.station_id,
                                                      changes_of(data))
        return station_out(updated, await drivers_of([updated]), False)

    @delete("/{station_id:str}", operation_id="deleteChargingStation", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 409, 422))
    async def delete_station(self, access: Accessed, services: Services,
                             station_id: StationId) -> None:
        """Delete a station; refused while a session is active on it."""
        station = await load_station(access, station_id)
        access.check(ObjectAttrs(tenant_id=station.tenant_id))
        await services.station_admin.delete(access.tenant_id, station.station_id)

    @get("/{station_id:str}/configuration", operation_id="getStationConfiguration",
         opt={"action": "GetConfiguration"}, responses=error_responses(401, 403, 404, 422))
    async def get_configuration(self, access: Accessed,
                                station_id: StationId) -> dto.StationConfiguration:
        """The configuration keys the station last reported (without asking it again).

        Read after every accepted boot and whenever `get-configuration` is sent without keys;
        send that command to read the station now.
        """
        station = await load_station(access, station_id)
        access.check(ObjectAttrs(tenant_id=station.tenant_id))
        readonly = set(station.configuration_readonly)
        return dto.StationConfiguration(
            keys=[dto.ConfigurationKey(key=key, value=value, readonly=key in readonly)
                  for key, value in sorted(station.configuration.items())],
            read_at=station.configuration_read_at)

    @post("/{station_id:str}/commands/{command:str}", operation_id="sendStationCommand",
          opt={"action": command_action}, status_code=200,
          responses=error_responses(401, 403, 404, 409, 422, 502, 504))
    async def send_command(self, access: Accessed, services: Services, station_id: StationId,
                           command: CommandName,
                           data: JSONBody[dict[str, Any] | None] = None) -> dto.CommandResult:
        """Send an OCPP command (1.6 field names in camelCase, whatever the station speaks).

        Answers the station's reply; 409 when the station is offline, 504 when it does not
        answer in time, 422 when its protocol has no such command, 502 when it fails.
        """
        params = data or {}
        check_params(params)
        station = await load_station(access, station_id)
        access.check(await command_attrs(station, access.action, params))
        reply = await services.container.gateway.command(access.tenant_id, station.station_id,
                                                         command, params)
        if command == "get-configuration" and not params.get("key"):
            await services.container.configuration.store_full_reading(station, reply)
        return dto.CommandResult(status=str(reply.get("status", "Accepted")), data=reply)
