"""Everything the REST API mounts on the application (routers, middleware, handlers, OpenAPI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evserver.app import Container


@dataclass
class ApiAppConfig:
    """Route handlers and extra `Litestar(...)` keyword arguments of the API."""

    route_handlers: list[Any] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)


def api_app_config(container: Container) -> ApiAppConfig:
    """The API's part of the application."""
    return ApiAppConfig()
