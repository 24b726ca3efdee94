"""Composition root: builds the services and the Litestar application from the settings."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from pathlib import Path

from litestar import Litestar

from evserver.api.event_stream import EventStream
from evserver.api.health import health_router
from evserver.auth.policy import MODEL_FILE, POLICY_FILE, Authorizer, ObjectAttrs, Subject
from evserver.auth.users import UserService
from evserver.charging.admission import StationAdmission
from evserver.charging.authorization import BadgeAuthorizer
from evserver.charging.badges import BadgeService
from evserver.charging.configuration import AfterBoot, StationConfiguration
from evserver.charging.data_transfer import DataTransferRegistry
from evserver.charging.gateway import StationGateway
from evserver.charging.sessions import SessionService
from evserver.charging.sites import SiteService
from evserver.charging.stations import StationService
from evserver.charging.stray_transactions import StopStrayTransaction
from evserver.charging.templates import TemplateApplier, TemplateCatalog
from evserver.core.events import EventBus
from evserver.core.server_metrics import ServerMetrics
from evserver.jobs.outbox import OutboxDispatcher
from evserver.ocpp.context import OcppServices
from evserver.settings.model import Settings
from evserver.storage.client import ping
from evserver.storage.documents.badge import Badge
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.user import User
from evserver.storage.lifecycle import Storage
from evserver.tenants.service import TenantService


def load_authorizer(settings: Settings) -> Authorizer:
    """The Casbin authorizer from the configured policy folder."""
    folder = Path(settings.authorization.policy_dir)
    return Authorizer(folder / MODEL_FILE, folder / POLICY_FILE)


def start_permission(authorizer: Authorizer) -> object:
    """The rule "this badge's user may start charging at this station", asked of Casbin."""

    def may_start(user: User, badge: Badge, station: ChargingStation) -> bool:
        subject = Subject(user.id, user.role, user.tenant_id, False)
        decision = authorizer.decide(subject, "RemoteStart", "ChargingStation", ObjectAttrs(
            tenant_id=station.tenant_id, badge_owner_id=badge.user_id))
        return decision.allowed

    return may_start


@dataclass
class Container:
    """Everything a request or a station connection may need, built once per process."""

    settings: Settings
    storage: Storage
    jwt_secret: str
    node_id: str = field(default_factory=socket.gethostname)
    bus: EventBus = field(default_factory=EventBus)
    tenants: TenantService = field(default_factory=TenantService)
    users: UserService = field(default_factory=UserService)
    badges: BadgeService = field(default_factory=BadgeService)
    sites: SiteService = field(default_factory=SiteService)
    data_transfer: DataTransferRegistry = field(default_factory=DataTransferRegistry)
    outbox: OutboxDispatcher = field(default_factory=OutboxDispatcher)
    metrics: ServerMetrics = field(default_factory=ServerMetrics)
    event_stream: EventStream = field(init=False)
    authorizer: Authorizer = field(init=False)
    stations: StationService = field(init=False)
    badge_rule: BadgeAuthorizer = field(init=False)
    sessions: SessionService = field(init=False)
    gateway: StationGateway = field(init=False)
    admission: StationAdmission = field(init=False)
    templates: TemplateApplier = field(init=False)
    configuration: StationConfiguration = field(init=False)
    ocpp: OcppServices = field(init=False)

    def __post_init__(self) -> None:
        if self.settings.cluster.node_id:
            self.node_id = self.settings.cluster.node_id
        cs = self.settings.charging_station
        self.authorizer = load_authorizer(self.settings)
        self.stations = StationService(self.bus, heartbeat_interval_s=cs.heartbeat_interval_s,
                                       node_id=self.node_id)
        self.badge_rule = BadgeAuthorizer(start_permission(self.authorizer))  # type: ignore[arg-type]
        self.sessions = SessionService(self.badge_rule, self.bus,
                                       live_flush_s=cs.live_values_flush_s)
        self.gateway = StationGateway(self.stations, timeout_s=cs.command_timeout_s)
        self.admission = StationAdmission(self.tenants, self.stations)
        self.templates = TemplateApplier(TemplateCatalog(cs.templates_dir), self.gateway)
        self.configuration = StationConfiguration(self.gateway)
        self.sessions.on_stray_transaction = StopStrayTransaction(self.gateway)
        self.stations.on_connector_available = self.sessions.connector_available
        self.ocpp = OcppServices(stations=self.stations, sessions=self.sessions,
                                 badges=self.badge_rule, data_transfer=self.data_transfer,
                                 on_accepted_boot=AfterBoot(self.templates, self.configuration))
        self.event_stream = EventStream(self.bus, self.authorizer, metrics=self.metrics)


def create_app(container: Container) -> Litestar:
    """The HTTP application: probes, REST API, events stream."""
    from evserver.api.routes import api_app_config

    async def ready() -> bool:
        return await ping(container.storage.client)

    config = api_app_config(container)
    # Logging is configured once for the process (evserver.core.logs), not by the framework.
    config.options.setdefault("logging_config", None)
    return Litestar(
        route_handlers=[health_router(ready), *config.route_handlers],
        request_max_body_size=container.settings.rest.max_body_bytes,
        debug=False,
        **config.options,
    )
