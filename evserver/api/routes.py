"""Everything the REST API mounts on the application (routers, middleware, handlers, OpenAPI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from litestar import Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme

from evserver.api.controllers.auth import AuthController
from evserver.api.controllers.badges import BadgeController
from evserver.api.controllers.logs import LogController
from evserver.api.controllers.me import MeController
from evserver.api.controllers.registration_tokens import RegistrationTokenController
from evserver.api.controllers.sessions import SessionController
from evserver.api.controllers.sites import SiteController
from evserver.api.controllers.stations import ChargingStationController
from evserver.api.controllers.templates import StationTemplateController
from evserver.api.controllers.tenants import TenantController
from evserver.api.controllers.users import UserController
from evserver.api.events import events_handlers
from evserver.api.metrics import RequestMetricsMiddleware, metrics_handlers
from evserver.api.pagination import provide_list_params
from evserver.api.problems import EXCEPTION_HANDLERS
from evserver.api.request_ids import request_id_middleware
from evserver.api.security import authenticate, provide_access, provide_principal
from evserver.api.services import STATE_KEY, ApiServices, provide_services

if TYPE_CHECKING:
    from evserver.app import Container

API_PREFIX = "/api/v1"
API_VERSION = "1.0.0"

CONTROLLERS: list[Any] = [
    AuthController,
    MeController,
    TenantController,
    UserController,
    BadgeController,
    SiteController,
    ChargingStationController,
    SessionController,
    RegistrationTokenController,
    StationTemplateController,
    LogController,
]


@dataclass
class ApiAppConfig:
    """Route handlers and extra `Litestar(...)` keyword arguments of the API."""

    route_handlers: list[Any] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)


def openapi_config() -> OpenAPIConfig:
    """The OpenAPI document at `/api/openapi.json`, browsable at `/api/docs`."""
    return OpenAPIConfig(
        title="evserver REST API",
        version=API_VERSION,
        description=(
            "Charging station management: tenants, users, badges, sites, stations, sessions. "
            "Errors are RFC 9457 problem details (`application/problem+json`)."
        ),
        path="/api",
        render_plugins=[SwaggerRenderPlugin(path="/docs")],
        components=Components(security_schemes={
            "BearerToken": SecurityScheme(type="http", scheme="bearer", bearer_format="JWT",
                                          description="The `accessToken` of a login."),
        }),
        use_handler_docstrings=True,
        create_examples=False,
    )


def api_app_config(container: Container) -> ApiAppConfig:
    """The API's part of the application."""
    services = ApiServices.build(container)
    api = Router(
        path=API_PREFIX,
        route_handlers=CONTROLLERS,
        dependencies={
            "services": Provide(provide_services, sync_to_thread=False),
            "access": Provide(provide_access, sync_to_thread=False),
            "principal": Provide(provide_principal),
            "params": Provide(provide_list_params, sync_to_thread=False),
        },
    )
    options: dict[str, Any] = {
        "exception_handlers": EXCEPTION_HANDLERS,
        "middleware": [RequestMetricsMiddleware(container.metrics), request_id_middleware],
        "openapi_config": openapi_config(),
        "state": State({STATE_KEY: services}),
    }
    origins = container.settings.rest.cors_origins
    if origins:
        options["cors_config"] = CORSConfig(
            allow_origins=origins, allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"])
    # The events stream and /metrics have absolute paths: they sit beside the /api/v1 router.
    return ApiAppConfig(route_handlers=[
        api,
        *events_handlers(container, partial(authenticate, container), container.event_stream),
        *metrics_handlers(container.metrics),
    ], options=options)
