"""Composition root: builds the services and the Litestar application from the settings."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from litestar import Litestar

from evserver.api.health import health_router
from evserver.core.events import EventBus
from evserver.settings.model import Settings
from evserver.storage.client import ping
from evserver.storage.lifecycle import Storage
from evserver.tenants.service import TenantService


@dataclass
class Container:
    """Everything a request or a station connection may need, built once per process."""

    settings: Settings
    storage: Storage
    jwt_secret: str
    node_id: str = field(default_factory=socket.gethostname)
    bus: EventBus = field(default_factory=EventBus)
    tenants: TenantService = field(default_factory=TenantService)


def create_app(container: Container) -> Litestar:
    """The HTTP application: probes now; REST, events and OCPI mount here too."""

    async def ready() -> bool:
        return await ping(container.storage.client)

    return Litestar(
        route_handlers=[health_router(ready)],
        request_max_body_size=container.settings.rest.max_body_bytes,
        debug=False,
    )
